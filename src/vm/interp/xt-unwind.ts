// Stage: VM interpreter. Exception unwinding for exception-table era code (3.11+): find the
// instruction's handler in the decoded table, pop the value stack to its depth, push lasti when
// flagged and the exception, jump; frames without a handler exit. No block stack and no switch
// point at handler entry. Must not depend on the simulation layer or version numbers.
import { decref, incref, xdecref } from '../objects/base.js';
import { PyException, PyThrow } from '../objects/exceptions.js';
import { newInt } from '../objects/scalars.js';
import { Ret, popCallerSlots, type VmThread } from './frame.js';
import { NATIVE_DECODED, unwindNative } from './native.js';
import { reportUncaught } from './traceback.js';
import type { CodeObject } from '../../compiler/code.js';
import { decodePositions, type Position } from '../../versions/py311/locations.js';
import type { XtInfo } from './decode-xt.js';

const positionCache = new WeakMap<CodeObject, Position[]>();

/** End line, column and end column of instruction `ins` from the location table. */
function positionOf(code: CodeObject, xt: XtInfo | undefined, ins: number): [number, number, number] | undefined {
  if (!xt || ins < 0) return undefined;
  let all = positionCache.get(code);
  if (all === undefined) {
    all = decodePositions(code.linetable, code.firstlineno);
    positionCache.set(code, all);
  }
  const p = all[xt.units[ins]!];
  return p ? [p.endLineno, p.col, p.endCol] : undefined;
}

/** The handler entry (index into the flattened table / 5) covering instruction `ins`, or -1. */
function findHandler(h: Int32Array, ins: number): number {
  // Entries are sorted by start and do not overlap.
  for (let k = 0; k < h.length; k += 5) {
    if (ins >= h[k]! && ins < h[k + 1]!) return k;
  }
  return -1;
}

/**
 * Returns true when a handler was entered (the loop continues in th.frame), false when the
 * thread ended with the exception uncaught; throws PyThrow out of a nested run's base frame.
 */
export function unwindXt(th: VmThread, exc: PyException, reraise: boolean): boolean {
  let addTb = !reraise;
  if (!reraise && exc.tb.length === 0 && th.excValue && th.excValue !== exc && exc.context === null) {
    incref(th.excValue);
    exc.context = th.excValue;
  }
  for (;;) {
    const f = th.frame!;
    if (f.d === NATIVE_DECODED) {
      const left = unwindNative(th, f, exc);
      if (left === null) return true;
      exc = left;
    } else {
      const xt = f.d.xt;
      const ins = f.pc - 1;
      if (addTb) exc.tb.push({ filename: f.d.code.filename, name: f.d.code.name, line: f.line, pos: positionOf(f.d.code, xt, ins) });
      const k = xt ? findHandler(xt.handlers, ins) : -1;
      if (k >= 0) {
        const h = xt!.handlers;
        const stack = f.stack;
        let sp = f.sp;
        const depth = h[k + 3]!;
        while (sp > depth) {
          const v = stack[--sp];
          stack[sp] = null;
          xdecref(v);
        }
        if (h[k + 4] === 1) stack[sp++] = newInt(xt!.units[Math.max(ins, 0)]!);
        stack[sp++] = exc; // the error state's reference moves onto the stack
        f.sp = sp;
        f.pc = h[k + 2]!;
        return true;
      }
    }
    addTb = true;
    f.release();
    th.frame = f.back;
    f.back = null;
    if (f.initSelf && f.ret === Ret.Init) decref(f.initSelf);
    if (f.nestedBase) throw new PyThrow(exc);
    const back = th.frame;
    if (back === null) {
      reportUncaught(th, exc);
      th.state = 'done';
      return false;
    }
    popCallerSlots(back, f);
  }
}
