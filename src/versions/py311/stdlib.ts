// Stage: version profile (3.11-3.13). The standard-library facts each version's tracebacks show
// (threading.py's bootstrap frames; lines read from the installed 3.11.7, 3.12.1, 3.13.0). Data only.
import type { StdlibFacts } from '../stdlib-facts.js';

export const stdlib311: StdlibFacts = {
  libDir: '/usr/lib/python3.11',
  threading: { bootstrapInnerLine: 1045, runLine: 982 },
};

export const stdlib312: StdlibFacts = {
  libDir: '/usr/lib/python3.12',
  threading: { bootstrapInnerLine: 1073, runLine: 1010 },
};

export const stdlib313: StdlibFacts = {
  libDir: '/usr/lib/python3.13',
  threading: { bootstrapInnerLine: 1041, runLine: 992 },
};
