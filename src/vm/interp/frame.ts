// Stage: VM interpreter. Frames (value stack, fast locals, cells, 3.8 block stack) and the
// interpreter-side thread record (frame chain, handled exception, blocking state).
// Must not depend on the simulation layer beyond the contract's types.
import type { BlockReason } from '../../sim/contract.js';
import { PyObject, decref, incref, xdecref } from '../objects/base.js';
import { PyCell, PyFunction, PyInstance, type PyCode } from '../objects/callables.js';
import type { PyDict } from '../objects/containers.js';
import type { PyException } from '../objects/exceptions.js';
import type { Decoded } from './decode.js';

/** What the caller does with the value a frame returns. */
export const enum Ret {
  /** Push it on the caller's stack (after popping callerPop slots). */
  Push = 0,
  /** __init__ frame: check for None, push the new instance instead. */
  Init = 1,
}

export const BLOCK_FINALLY = 1;
export const BLOCK_EXCEPT_HANDLER = 2;

export class Frame {
  // Fields assigned in the constructor in one order (one V8 shape for every frame).
  declare stack: (PyObject | null)[];
  declare sp: number;
  declare pc: number;
  /** Block stack as triples: type, handler (instruction index), stack level. */
  declare blocks: number[];
  declare locals: (PyObject | null)[];
  declare cells: PyCell[];
  declare back: Frame | null;
  /** Number of frames in the thread's chain up to and including this one (recursion limit). */
  declare depth: number;
  /** Slots the caller pops when this frame returns (its CALL_* operands). */
  declare callerPop: number;
  /** Pop them bottom-up (CALL_FUNCTION_EX releases func, then args, then kwargs) instead of from the top. */
  declare callerPopUp: boolean;
  declare ret: Ret;
  declare initSelf: PyObject | null;
  /** The JS nested-run boundary: returning from this frame leaves the nested interpreter loop. */
  declare nestedBase: boolean;
  /** True before the first instruction ran (frame-start check point). */
  declare fresh: boolean;
  declare code: PyCode;
  declare d: Decoded;
  declare globals: PyDict;
  declare builtins: PyDict;
  /** LOAD_NAME/STORE_NAME namespace (module and class bodies), else null. */
  declare nameLocals: PyDict | null;
  declare func: PyFunction | null;
  constructor(code: PyCode, d: Decoded, globals: PyDict, builtins: PyDict, nameLocals: PyDict | null, func: PyFunction | null) {
    const c = d.code;
    // Packed (not holey) arrays: built by push.
    const stack: (PyObject | null)[] = [];
    for (let i = 0; i <= c.stacksize; i++) stack.push(null);
    const locals: (PyObject | null)[] = [];
    for (let i = 0; i < c.nlocals; i++) locals.push(null);
    this.stack = stack;
    this.sp = 0;
    this.pc = 0;
    this.blocks = [];
    this.locals = locals;
    this.cells = [];
    this.back = null;
    this.depth = 1;
    this.callerPop = 0;
    this.callerPopUp = false;
    this.ret = Ret.Push;
    this.initSelf = null;
    this.nestedBase = false;
    this.fresh = true;
    this.code = code;
    this.d = d;
    this.globals = globals;
    this.builtins = builtins;
    this.nameLocals = nameLocals;
    this.func = func;
  }

  get line(): number {
    const i = this.pc > 0 ? this.pc - 1 : 0;
    return this.d.lines[Math.min(i, this.d.n - 1)] ?? this.d.code.firstlineno;
  }

  /** Release everything the frame owns (on return or unwind). */
  release(): void {
    for (let i = this.sp - 1; i >= 0; i--) {
      xdecref(this.stack[i]);
      this.stack[i] = null;
    }
    this.sp = 0;
    const loc = this.locals;
    for (let i = 0; i < loc.length; i++) {
      const v = loc[i];
      if (v) {
        loc[i] = null;
        decref(v);
      }
    }
    const cells = this.cells;
    this.cells = [];
    for (const c of cells) decref(c);
    if (this.nameLocals) {
      const n = this.nameLocals;
      this.nameLocals = null;
      decref(n);
    }
    if (this.func) {
      const f = this.func;
      this.func = null;
      decref(f);
    }
  }
}

export class VmThread {
  frame: Frame | null = null;
  state: 'runnable' | 'blocked' | 'done' = 'runnable';
  block: BlockReason | undefined = undefined;
  /** The exception being handled (sys.exc_info()), or null. */
  excValue: PyException | null = null;
  /** threading.Thread object (null for the main thread before threading is imported). */
  pyThread: PyInstance | null = null;
  /** Retry state of blocking builtins. */
  sleepUntil = -1;
  startedChild: VmThread | null = null;
  ranFirstSlice = false;
  /** Names of the locks it holds (created with elements of any kind: pushing a name keeps its map). */
  heldLocks: string[] = anyElements();
  /** Result of the thread's entry call (null while running). */
  finished = false;
  /** Entry call not yet made (new threads start by calling their target). */
  pendingEntry: (() => void) | null = null;
  constructor(
    public id: number,
    public name: string,
  ) {}
}

/** An empty array V8 already stores as general elements (an empty literal starts as small ints). */
function anyElements(): string[] {
  const a = [''];
  a.pop();
  return a;
}

export function pushCells(f: Frame, fn: PyFunction | null): void {
  const c = f.d.code;
  for (let i = 0; i < c.cellvars.length; i++) {
    const name = c.cellvars[i]!;
    const argIdx = c.varnames.indexOf(name);
    let init: PyObject | null = null;
    if (argIdx >= 0 && argIdx < c.argcount + c.kwonlyargcount + ((c.flags & 4) ? 1 : 0) + ((c.flags & 8) ? 1 : 0)) {
      init = f.locals[argIdx] ?? null;
      f.locals[argIdx] = null;
    }
    f.cells.push(new PyCell(init));
  }
  if (fn && fn.closure) {
    for (const cell of fn.closure.items) {
      incref(cell);
      f.cells.push(cell as PyCell);
    }
  }
}

/**
 * Clear stack[lo .. hi) and release what the slots held, bottom-up or from the top: the order
 * shows when objects die (which __del__ runs first).
 */
export function releaseSlots(stack: (PyObject | null)[], lo: number, hi: number, bottomUp: boolean): void {
  for (let j = 0; j < hi - lo; j++) {
    const k = bottomUp ? lo + j : hi - 1 - j;
    const v = stack[k];
    stack[k] = null;
    xdecref(v);
  }
}

/** f returned or unwound to back: release back's stack slots that were f's call operands. */
export function popCallerSlots(back: Frame, f: Frame): void {
  const bsp = back.sp - f.callerPop;
  releaseSlots(back.stack, bsp, back.sp, f.callerPopUp);
  back.sp = bsp;
}
