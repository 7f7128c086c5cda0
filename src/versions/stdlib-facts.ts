// Stage: version profile. Facts about a CPython version's pure-Python standard library that
// show up in program output: where the library lives and the source lines of the frames it
// contributes to tracebacks (threading's thread bootstrap). Data only; no dependencies.

export interface StdlibFacts {
  /** The library directory as a traceback names it, without a trailing '/' (e.g. /usr/lib/python3.8). */
  readonly libDir: string;
  /** threading.py frames above a thread's target in "Exception in thread" tracebacks. */
  readonly threading: {
    /** Thread._bootstrap_inner: the `self.run()` line. */
    readonly bootstrapInnerLine: number;
    /** Thread.run: the `self._target(*self._args, **self._kwargs)` line. */
    readonly runLine: number;
  };
}
