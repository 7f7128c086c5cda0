// Stage: VM compiler to JavaScript. How a compiled frame function leaves (its Exit codes, read by
// interp/eval.ts) and the text snippets emit.ts and fast-paths.ts share to leave: a rare event is
// an exit, never a call from the generated code (see emit.ts). Pure text generation.

/** How a compiled function hands control back to eval.ts (see execute). */
export const enum Exit {
  /** The thread's frame changed: reload it (loop-top check off / on). */
  Outer = 0,
  OuterCheck = 1,
  Switch = 2,
  Blocked = 3,
  /** The nested base frame returned evalFlags.ret. */
  Return = 4,
  Done = 5,
  /** Run this frame in the interpreter loop from f.pc (step limit near, step hook armed), check off / on. */
  Interp = 6,
  InterpCheck = 7,
  /** Run the one instruction at f.pc in the interpreter loop (nothing of it done yet), then re-enter. */
  Step = 8,
  /** st.dead0..2 (non-null ones, in order) reached refcount 0 at the end of an instruction: dealloc them, then go on (check off / on). */
  Dealloc = 9,
  DeallocCheck = 10,
  /** A built-in method blocked inside a nested run (an error: blockedInNested). */
  BlockedNested = 11,
  /** AFTER + 2 * c + sw: the handler of a switch-point (sw 1) or other instruction answered c (runtime.afterHandler decides). */
  After = 16,
}

/** runtime.ts's answers besides an Exit: go on with the loop-top check off / on. */
export const GO_ON = -1;
export const GO_ON_CHECK = -2;

/** Leave with exit code `x` (the epilogue syncs f and st). */
export const leave = (x: string | number): string => `{ x = ${x}; break run; }`;

/** Objects that reached refcount 0 in one instruction are kept in these locals (at most three). */
export const DEAD = ['x0', 'x1', 'x2'] as const;

/** `v` (a local naming a PyObject) loses a reference; at zero it joins the dead locals. */
export const decrefDefer = (v: string): string =>
  `if (--${v}.refcnt === 0) { if (x0 === null) x0 = ${v}; else if (x1 === null) x1 = ${v}; else x2 = ${v}; }`;

/** Leave for the deallocs decrefDefer collected, if any (the instruction is complete; `check`: a switch point). */
export const deallocExit = (check: boolean): string =>
  `if (x0 !== null) ${leave(check ? Exit.DeallocCheck : Exit.Dealloc)}`;

/**
 * untilTick of the priming call (compile.ts): the function runs a NOP through its shared handler
 * call site and leaves with Exit.Interp, having changed nothing but f.pc.
 */
export const PRIME = -1;
