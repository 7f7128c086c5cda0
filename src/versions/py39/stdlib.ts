// Stage: version profile (3.9). CPython 3.9.18's standard-library facts printed in tracebacks
// (threading.py's bootstrap frames), as the 3.9 run goldens show them. Data only.
import type { StdlibFacts } from '../stdlib-facts.js';

export const stdlib39: StdlibFacts = {
  libDir: '/usr/lib/python3.9',
  threading: { bootstrapInnerLine: 980, runLine: 917 },
};
