// Stage: VM interpreter. The dispatch loop: CPython 3.8 stack ops, jumps and truth tests inline,
// every other opcode through the handler table (handlers.ts, h-*.ts); 3.8 switch points (loop-top
// checks after DISPATCH instructions, frame start, handler entry), the simulated clock and the
// step limit; exception unwinding over the block stack.
import { PyObject, dealloc, decref, incref, xdecref } from '../objects/base.js';
import { PyException, PyThrow, pyThrow } from '../objects/exceptions.js';
import { False, None, True, intType } from '../objects/scalars.js';
import { truthy } from '../ops/compare.js';
import { BLOCK_EXCEPT_HANDLER, Ret, popCallerSlots, type Frame, type VmThread } from './frame.js';
import { Op } from './ops.js';
import { vm } from './state.js';
import { toPyException } from './support.js';
import { reportUncaught } from './traceback.js';
import { Cold, H, blockedInNested, evalFlags, unbound, unwindExceptHandler } from './handlers.js';
import { NATIVE_DECODED, unwindNative } from './native.js';
import { drainFinalizers, pendingDel } from './finalizers.js';
import './h-hot.js';
import './h-misc.js';
import './h-build.js';
import './h-blocks.js';
import './h-py311.js';
import './h-py312.js';
import './h-py313.js';
import { unwindXt } from './xt-unwind.js';
import { compiledFrameFn, jitSettings, noteFallback } from '../jit/compile.js';
import { Exit, GO_ON, GO_ON_CHECK } from '../jit/exits.js';
import { afterDeallocs, afterHandler } from '../jit/runtime.js';

export const enum Slice { Switch = 1, Blocked = 2, Done = 3, StepLimit = 4 }

/** Run a nested frame (already pushed, nestedBase) to completion: result new ref or PyThrow. */
export function runNested(th: VmThread, _f: Frame): PyObject {
  vm.nestDepth++;
  try {
    return execute(th, Infinity, true) as PyObject;
  } finally {
    vm.nestDepth--;
  }
}

/**
 * Execute `th` until a switch point with clock >= untilTick (top-level runs), a block, the end
 * of the thread, or (nested runs) the return of the nested base frame.
 * f.pc / f.sp are brought up to date before anything that can look at them (handlers, truth
 * tests, exceptions, leaving the loop).
 */
export function execute(th: VmThread, untilTick: number, nested: boolean): PyObject | Slice {
  // The frame-start check of the first frame is a no-op (nothing ran yet in this slice).
  let check = false;
  th.frame!.fresh = false;
  const st = vm;
  const maxSteps = st.maxSteps;
  const handlers = H;
  // Clock and step count live in locals; st.clock / st.steps are written back before anything
  // that can read or advance them (handlers, nested Python code, leaving the loop).
  let clock = st.clock;
  let steps = st.steps;
  outer: for (;;) {
    const f = th.frame!;
    f.fresh = false;
    const d = f.d;
    const ops = d.ops;
    const args = d.args;
    const sw = d.sw;
    const cost = d.cost;
    const stack = f.stack;
    const locals = f.locals;
    const consts = d.consts;
    let sp = f.sp;
    let pc = f.pc;
    /** Exit.Step: the step count at which the loop below hands the frame back to its compiled function. */
    let stepUntil = -1;
    try {
      const jf = st.stepHook === null && jitSettings.enabled ? compiledFrameFn(d, th, f) : null;
      if (jf !== null) {
        // The frame's compiled function (src/vm/jit) runs it until it must leave.
        st.clock = clock;
        st.steps = steps;
        const x = jf(th, f, st, untilTick, nested, check);
        // Rare events the compiled function left for (jit/exits.ts): answered here.
        const r = x >= Exit.After
          ? afterHandler(th, st, (x - Exit.After) >> 1, (x & 1) === 1)
          : x === Exit.Dealloc || x === Exit.DeallocCheck ? afterDeallocs(th, st, x === Exit.DeallocCheck) : x;
        clock = st.clock;
        steps = st.steps;
        switch (r) {
          case GO_ON:
          case Exit.Outer:
            check = false;
            continue outer;
          case GO_ON_CHECK:
          case Exit.OuterCheck:
            check = true;
            continue outer;
          case Exit.Switch:
            return Slice.Switch;
          case Exit.Blocked:
            return Slice.Blocked;
          case Exit.BlockedNested:
            blockedInNested();
            break;
          case Exit.Return: {
            const rv = evalFlags.ret!;
            evalFlags.ret = null;
            return rv;
          }
          case Exit.Done:
            return Slice.Done;
          case Exit.Step:
            // one instruction in the loop below, then back to the compiled function
            noteFallback(d, f.pc);
            stepUntil = steps + 1;
            check = false;
            sp = f.sp;
            pc = f.pc;
            break;
          default:
            // the step limit is near: the loop below stops at it exactly
            check = r === Exit.InterpCheck;
            sp = f.sp;
            pc = f.pc;
        }
      }
      for (;;) {
        if (check) {
          check = false;
          if (clock >= untilTick && !nested && d.skip[pc] === 0) {
            f.pc = pc;
            f.sp = sp;
            st.clock = clock;
            st.steps = steps;
            return Slice.Switch;
          }
          if (jf !== null && d.loop[pc] === 1) {
            // back in a loop (after a switch point, e.g. its backward jump): its compiled code
            f.pc = pc;
            f.sp = sp;
            continue outer;
          }
        }
        if (steps === stepUntil) {
          f.pc = pc;
          f.sp = sp;
          continue outer;
        }
        if (steps >= maxSteps) {
          f.pc = pc;
          f.sp = sp;
          st.clock = clock;
          st.steps = steps;
          if (nested) pyThrow(vm.builtins.getStr('RuntimeError') as never, 'gilsim: step limit reached');
          return Slice.StepLimit;
        }
        const i = pc++;
        const arg = args[i]!;
        clock += cost[i]!;
        steps++;
        if (st.stepHook !== null) {
          // Diagnostics (--trace-refs): sees the frame as it is before the instruction.
          f.pc = pc;
          f.sp = sp;
          st.clock = clock;
          st.steps = steps;
          st.stepHook(f, i);
        }
        const op = ops[i]!;
        switch (op) {
          case Op.LOAD_FAST: {
            const v = locals[arg]!;
            if (v === null) {
              f.pc = pc;
              f.sp = sp;
              st.clock = clock;
              st.steps = steps;
              unbound(f, arg);
            }
            v.refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_FAST: {
            const old = locals[arg]!;
            locals[arg] = stack[--sp]!;
            stack[sp] = null;
            if (old !== null && --old.refcnt === 0) {
              if (old.type === intType) continue; // ints own nothing: dealloc is a no-op
              f.pc = pc;
              f.sp = sp;
              st.clock = clock;
              st.steps = steps;
              dealloc(old);
              clock = st.clock;
              steps = st.steps;
              if (pendingDel.length !== 0) {
                // a Python __del__ was queued: it runs now, as frames (finalizers.ts)
                check = drainFinalizers(th, !check) || check;
                continue outer;
              }
            }
            continue;
          }
          case Op.LOAD_CONST: {
            const v = consts[arg]!;
            v.refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.POP_TOP: {
            const v = stack[--sp]!;
            stack[sp] = null;
            if (--v.refcnt === 0) {
              f.pc = pc;
              f.sp = sp;
              st.clock = clock;
              st.steps = steps;
              dealloc(v);
              clock = st.clock;
              steps = st.steps;
              if (pendingDel.length !== 0) {
                // a Python __del__ was queued: it runs now, as frames (finalizers.ts)
                check = drainFinalizers(th, !check) || check;
                continue outer;
              }
            }
            continue;
          }
          case Op.ROT_TWO: {
            const a = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - 2]!;
            stack[sp - 2] = a;
            continue;
          }
          case Op.ROT_THREE: {
            const top = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - 2]!;
            stack[sp - 2] = stack[sp - 3]!;
            stack[sp - 3] = top;
            continue;
          }
          case Op.DUP_TOP: {
            const v = stack[sp - 1]!;
            v.refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.JUMP_FORWARD:
            pc = arg;
            continue;
          case Op.JUMP_ABSOLUTE:
            pc = arg;
            if (sw[i] === 1) check = true;
            continue;
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[sp - 1]!;
            let t: boolean;
            if (v === True) t = true;
            else if (v === False) t = false;
            else {
              f.pc = pc;
              f.sp = sp;
              st.clock = clock;
              st.steps = steps;
              t = truthy(v);
              clock = st.clock;
              steps = st.steps;
              check = true;
            }
            stack[--sp] = null;
            if (t === (op === Op.POP_JUMP_IF_TRUE)) pc = arg;
            if (--v.refcnt === 0) {
              f.pc = pc;
              f.sp = sp;
              st.clock = clock;
              st.steps = steps;
              dealloc(v);
              clock = st.clock;
              steps = st.steps;
              if (pendingDel.length !== 0) {
                // a Python __del__ was queued: it runs now, as frames (finalizers.ts)
                check = drainFinalizers(th, !check) || check;
                continue outer;
              }
            }
            continue;
          }
          default:
            break;
        }
        // Everything not finished inline: the handler table.
        f.pc = pc;
        f.sp = sp;
        st.clock = clock;
        st.steps = steps;
        const c = handlers[op]!(th, f, i, arg, nested);
        clock = st.clock;
        steps = st.steps;
        sp = f.sp;
        pc = f.pc;
        if (pendingDel.length !== 0 && c !== Cold.Blocked && c !== Cold.Return && c !== Cold.Done) {
          // a Python __del__ was queued by this instruction: it runs now, as frames (finalizers.ts)
          const quiet = c === Cold.FrameQuiet || (c === Cold.Next && sw[i] !== 1);
          check = drainFinalizers(th, quiet) || !quiet;
          continue outer;
        }
        if (c === Cold.Next) {
          if (sw[i] === 1) check = true;
          continue;
        }
        if (c === Cold.Check) {
          check = true;
          continue;
        }
        if (c === Cold.Frame) {
          check = true;
          continue outer;
        }
        if (c === Cold.FrameQuiet) continue outer;
        if (c === Cold.Blocked) return Slice.Blocked;
        if (c === Cold.Return) {
          const rv = evalFlags.ret!;
          evalFlags.ret = null;
          return rv;
        }
        return Slice.Done;
      }
    } catch (e) {
      clock = st.clock;
      steps = st.steps;
      const exc = toPyException(e);
      const reraise = evalFlags.reraise;
      evalFlags.reraise = false;
      if (st.tables.xt) {
        // Exception-table era (xt-unwind.ts): no switch point at handler entry.
        if (unwindXt(th, exc, reraise)) {
          if (pendingDel.length !== 0) drainFinalizers(th, false);
          continue outer;
        }
        return Slice.Done;
      }
      const r = unwind(th, exc, reraise, nested);
      if (r === 0) {
        if (pendingDel.length !== 0) drainFinalizers(th, false);
        check = true;
        continue outer;
      }
      return r;
    }
  }
}

/**
 * Exception unwinding (ceval's exception_unwind): returns 0 when a handler was entered (continue
 * the loop), a Slice when the thread ended, or throws PyThrow out of a nested run.
 */
function unwind(th: VmThread, exc: PyException, reraise: boolean, nested: boolean): 0 | Slice {
  let addTb = !reraise;
  if (!reraise && exc.tb.length === 0 && th.excValue && th.excValue !== exc && exc.context === null) {
    incref(th.excValue);
    exc.context = th.excValue;
  }
  for (;;) {
    const f = th.frame!;
    if (f.d === NATIVE_DECODED) {
      // A resumable builtin (native.ts): the exception goes into its generator first.
      const left = unwindNative(th, f, exc);
      if (left === null) return 0;
      exc = left;
    } else if (addTb) exc.tb.push({ filename: f.d.code.filename, name: f.d.code.name, line: f.line });
    addTb = true;
    const blocks = f.blocks;
    const stack = f.stack;
    while (blocks.length) {
      const level = blocks.pop()!;
      const handler = blocks.pop()!;
      const type = blocks.pop()!;
      if (type === BLOCK_EXCEPT_HANDLER) {
        f.sp = unwindExceptHandler(th, stack, f.sp, level);
        continue;
      }
      let sp = f.sp;
      while (sp > level) {
        const v = stack[--sp];
        stack[sp] = null;
        xdecref(v);
      }
      blocks.push(BLOCK_EXCEPT_HANDLER, -1, sp);
      const old = th.excValue;
      None.refcnt += old ? 1 : 2;
      stack[sp++] = None; // traceback slot
      stack[sp++] = old ?? None;
      if (old) incref(old.type);
      stack[sp++] = old ? old.type : None;
      th.excValue = exc;
      incref(exc);
      None.refcnt++;
      stack[sp++] = None;
      stack[sp++] = exc; // transfers the error state's reference
      incref(exc.type);
      stack[sp++] = exc.type;
      f.sp = sp;
      f.pc = handler;
      return 0;
    }
    // No handler in this frame: the frame exits with the exception.
    f.release();
    th.frame = f.back;
    f.back = null;
    if (f.initSelf && f.ret === Ret.Init) decref(f.initSelf);
    if (f.nestedBase) throw new PyThrow(exc);
    const back = th.frame;
    if (back === null) {
      reportUncaught(th, exc);
      th.state = 'done';
      return Slice.Done;
    }
    popCallerSlots(back, f);
  }
}

