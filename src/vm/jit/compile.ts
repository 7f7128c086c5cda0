// Stage: VM compiler to JavaScript. Turns a decoded code object into a JS function (emit.ts) that
// runs its frames without the dispatch loop's per-instruction decoding: V8 then optimises each
// code object on its own, with its constants, arguments and jump targets fixed. Same semantics as
// interp/eval.ts by construction (same inline ops, same handlers, same switch checks and clock).
// Must not depend on the simulation layer.
import { dealloc, heap } from '../objects/base.js';
import { PyBuiltin, PyInstance } from '../objects/callables.js';
import { rangeIterType } from '../objects/iterators.js';
import { False, True, intType, newInt } from '../objects/scalars.js';
import { inlineValuesOn } from '../memory/inline-values.js';
import { argsOf, inDict, siteEntry } from '../interp/h-hot.js';
import { truthy } from '../ops/compare.js';
import type { Decoded } from '../interp/decode.js';
import type { Frame, VmThread } from '../interp/frame.js';
import { blockedInNested, unbound } from '../interp/handlers.js';
import { BLOCKED, type VmState } from '../interp/state.js';
import { pendingDel } from '../interp/finalizers.js';
import { afterDealloc, afterHandler, callHandler } from './runtime.js';
import { emitFactory, type Exit } from './emit.js';

export type CompiledFrameFn = (th: VmThread, f: Frame, st: VmState, untilTick: number, nested: boolean, check: boolean) => Exit;

/** Code objects longer than this stay interpreted (run-once module bodies; bounded compile time). */
const MAX_INSTRUCTIONS = 4000;

export const jitSettings = {
  /** Off: every frame runs in the interpreter loop (benchmarks and the differential test). */
  enabled: true,
};

/** What generated code may name, besides `d` (the Decoded) and `ks` (its constants). */
const RUNTIME: Readonly<Record<string, unknown>> = {
  dealloc, heap, False, True, intType, newInt, rangeIterType, PyInstance, truthy, unbound,
  pendingDel, siteEntry, inDict, inlineValuesOn, callHandler, afterHandler, afterDealloc,
  PyBuiltin, BLOCKED, blockedInNested, argsOf,
};
const RUNTIME_NAMES = Object.keys(RUNTIME);
const RUNTIME_VALUES = Object.values(RUNTIME);

/** The compiled function of `d` (compiled on first use and kept on it), or null to interpret. */
export function compiledFrameFn(d: Decoded): CompiledFrameFn | null {
  let fn = d.jit;
  if (fn === undefined) {
    fn = d.n > MAX_INSTRUCTIONS ? null : compile(d);
    d.jit = fn;
  }
  return fn;
}

function compile(d: Decoded): CompiledFrameFn {
  const source = emitFactory(d, `py_${d.code.name.replace(/[^A-Za-z0-9_]/g, '_')}`);
  const factory = new Function(...RUNTIME_NAMES, 'd', 'ks', source) as (...a: unknown[]) => CompiledFrameFn;
  return factory(...RUNTIME_VALUES, d, d.consts);
}
