// Stage: version profile (3.10). CPython 3.10.13's standard-library facts printed in tracebacks
// (threading.py's bootstrap frames), as the 3.10 run goldens show them. Data only.
import type { StdlibFacts } from '../stdlib-facts.js';

export const stdlib310: StdlibFacts = {
  libDir: '/usr/lib/python3.10',
  threading: { bootstrapInnerLine: 1016, runLine: 953 },
};
