// Stage: version profile (3.8). CPython 3.8.18's standard-library facts printed in tracebacks.
// The directory is a neutral stand-in: the golden test normalises every `.../lib/python3.X/`
// prefix (test/helpers/corpus.ts), so only the shape and the line numbers must match.
import type { StdlibFacts } from '../stdlib-facts.js';

export const stdlib38: StdlibFacts = {
  libDir: '/usr/lib/python3.8',
  threading: { bootstrapInnerLine: 932, runLine: 870 },
};
