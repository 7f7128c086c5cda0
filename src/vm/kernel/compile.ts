// Stage: VM loop kernels. A kernel runs whole iterations of an innermost loop at once: called by
// the loop head's compiled code (src/vm/jit) with the frame and clock in sync, it checks its entry
// guards, runs as many iterations as fit before the slice's deadline (no switch check of theirs
// could fire), the step limit and the range's end, with values unboxed and no object touched,
// then commits what those iterations leave behind exactly as the instructions one by one would:
// the slots' objects (ids and reference counts included), the range iterator, the observer's
// versions (AccessObserver.repeat), the clock and the step count. It returns with f.pc still at
// the head; the compiled code then goes on from there (the last iteration, across the deadline,
// runs instruction by instruction). build.ts writes them; here they are compiled and kept.
// test/unit/vm/kernel-differential.test.ts checks them against the compiled frames alone.
import { decref, heap } from '../objects/base.js';
import { PyBuiltin, PyInstance } from '../objects/callables.js';
import { rangeIterType } from '../objects/iterators.js';
import { False, None, PyInt, True, boolType, floatType, intType, newInt, noneType, strType } from '../objects/scalars.js';
import type { PyObject } from '../objects/base.js';
import { inDict } from '../interp/h-hot.js';
import { storeInstanceValue } from '../memory/inline-values.js';
import { itemKey } from '../interp/handlers.js';
import { itemGet, itemRef, itemSet, sameItem } from './items.js';
import { lockAcquire, lockRelease, lockType, rlockType } from '../modules/threading.js';
import type { Decoded } from '../interp/decode.js';
import type { Frame, VmThread } from '../interp/frame.js';
import type { VmState } from '../interp/state.js';
import { buildKernel, loopsOf, type KernelSource } from './build.js';
import { NoKernel, type ConstInfo } from './values.js';

/** A loop kernel: returns 0 (ran zero or more iterations) or 1 (a guard failed: ran none). */
export type KernelFn = (th: VmThread, f: Frame, st: VmState, untilTick: number) => number;

export const kernelSettings = {
  /** Off: loops run in the compiled frames only (benchmarks and the differential test). */
  enabled: true,
  /** Called with each loop the builder leaves alone and why (diagnostics, tests). */
  onNoKernel: null as ((d: Decoded, head: number, why: string) => void) | null,
  /** Called with each loop that gets a kernel (tests). */
  onKernel: null as ((d: Decoded, head: number) => void) | null,
};

/** Objects whose release can show nothing (deallocating them runs no code and frees nothing). */
function isAtomic(o: PyObject): boolean {
  const t = o.type;
  return t === intType || t === boolType || t === noneType || t === strType || t === floatType;
}

/** How many iterations of cost c fit from clock before until (clock + j * c < until), exactly. */
function fitBefore(clock: number, until: number, c: number): number {
  if (!(until > clock)) return 0;
  let j = Math.floor((until - clock) / c);
  while (j > 0 && clock + j * c >= until) j--;
  while (clock + (j + 1) * c < until) j++;
  return j;
}

/** What generated kernels may name, besides `d` and `ks`. */
const RUNTIME: Readonly<Record<string, unknown>> = {
  heap, decref, PyBuiltin, PyInstance, rangeIterType, True, False, None, intType, newInt, inDict,
  lockAcquire, lockRelease, lockType, rlockType, isAtomic, fitBefore, storeInstanceValue,
  itemRef, itemGet, itemSet, sameItem, itemKey,
};
const RUNTIME_NAMES = Object.keys(RUNTIME);
const RUNTIME_VALUES = Object.values(RUNTIME);

function constInfo(o: PyObject): ConstInfo {
  if (o === True || o === False) return { kind: 'bool', v: o === True };
  if (o === None) return { kind: 'none' };
  if (o.type === intType && typeof (o as PyInt).v === 'number') return { kind: 'int', v: (o as PyInt).v as number };
  return { kind: 'obj' };
}

/** A code object's loop kernels by loop head; `all`: every loop of it has one. */
export interface Kernels {
  readonly byHead: ReadonlyMap<number, KernelFn>;
  readonly all: boolean;
}

/** The kernels of d's loops (built once per code object; none when disabled). */
export function kernelsOf(d: Decoded, inlineValues: boolean): Kernels {
  if (d.kernels !== undefined) return d.kernels;
  const out = new Map<number, KernelFn>();
  let all = false;
  if (kernelSettings.enabled) {
    const src: KernelSource = { ...d, consts: d.consts.map(constInfo) };
    const base = `kernel_${d.code.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    const loops = loopsOf(src);
    for (const [h, b] of loops) {
      let body: string;
      try {
        body = buildKernel(src, h, b, { inlineValues }, `${base}_${h}`);
      } catch (e) {
        if (!(e instanceof NoKernel)) throw e;
        kernelSettings.onNoKernel?.(d, h, e.message);
        continue;
      }
      const url = `\n//# sourceURL=gilsim-kernel/${base}-${d.code.firstlineno}-${h}.js`;
      const factory = new Function(...RUNTIME_NAMES, 'd', 'ks', body + url) as (...a: unknown[]) => KernelFn;
      out.set(h, factory(...RUNTIME_VALUES, d, d.consts));
      kernelSettings.onKernel?.(d, h);
    }
    all = loops.length > 0 && out.size === loops.length;
  }
  d.kernels = { byHead: out, all };
  return d.kernels;
}
