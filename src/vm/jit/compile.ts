// Stage: VM compiler to JavaScript. Turns a decoded code object into a JS function (emit.ts) that
// runs its frames without the dispatch loop's per-instruction decoding: V8 then optimises each
// code object on its own, with its constants, arguments and jump targets fixed. Same semantics as
// interp/eval.ts by construction (same inline ops, same handlers, same switch checks and clock).
// Must not depend on the simulation layer.
import { heap } from '../objects/base.js';
import { PyBuiltin, PyInstance } from '../objects/callables.js';
import { rangeIterType } from '../objects/iterators.js';
import { False, True, intType, newInt } from '../objects/scalars.js';
import { inlineValuesOn } from '../memory/inline-values.js';
import { argsOf, inDict, siteEntry } from '../interp/h-hot.js';
import { truthy } from '../ops/compare.js';
import type { Decoded } from '../interp/decode.js';
import type { Frame, VmThread } from '../interp/frame.js';
import { BLOCKED, vm, type VmState } from '../interp/state.js';
import { pendingDel } from '../interp/finalizers.js';
import { callHandler } from './runtime.js';
import { emitFactory } from './emit.js';
import { PRIME, type Exit } from './exits.js';
import { kernelsOf, type Kernels } from '../kernel/compile.js';

export type CompiledFrameFn = (th: VmThread, f: Frame, st: VmState, untilTick: number, nested: boolean, check: boolean) => Exit;

/** Code objects longer than this stay interpreted (run-once module bodies; bounded compile time). */
const MAX_INSTRUCTIONS = 4000;

export const jitSettings = {
  /** Off: every frame runs in the interpreter loop (benchmarks and the differential test). */
  enabled: true,
};

/** What generated code may name, besides `d` (the Decoded) and `ks` (its constants). */
const RUNTIME: Readonly<Record<string, unknown>> = {
  heap, False, True, intType, newInt, rangeIterType, PyInstance, truthy, pendingDel, siteEntry,
  inDict, callHandler, PyBuiltin, BLOCKED, argsOf,
};
const RUNTIME_NAMES = Object.keys(RUNTIME);
const RUNTIME_VALUES = Object.values(RUNTIME);

/**
 * The compiled function of `d` (compiled on first use and kept on it), or null to interpret.
 * Only loops are compiled (the rest of the code runs once per call: the interpreter loop, warm
 * and shared, runs it, and hands the frame back at a loop's instructions); code without a loop
 * stays interpreted.
 */
export function compiledFrameFn(d: Decoded, th: VmThread, f: Frame): CompiledFrameFn | null {
  let fn = d.jit;
  if (fn === undefined) {
    fn = d.n > MAX_INSTRUCTIONS || d.loop.indexOf(1) < 0 ? null : compile(d);
    d.jit = fn;
    // (where kernels run every loop, the frame function runs a few instructions per slice: it
    // never gets hot enough for V8 to optimise it, and priming would be wasted)
    if (fn !== null && d.kernels?.all !== true) prime(fn, th, f);
  }
  return fn;
}

/**
 * Run a new compiled function's shared handler call site (with a NOP) and its epilogue once,
 * on the frame about to run it: V8 then has type feedback for both before it first optimises
 * the function, typically in the middle of its first long loop, before any exit. Without it,
 * the first exit or handler call throws that optimised code away (insufficient type feedback),
 * and re-optimising a frame function takes tens of milliseconds each time.
 */
function prime(fn: CompiledFrameFn, th: VmThread, f: Frame): void {
  const pc = f.pc;
  fn(th, f, vm, PRIME, false, false);
  f.pc = pc;
}

const NO_KERNELS: Kernels = { byHead: new Map(), all: false };

/** Fallbacks of one fast path after which its site calls the handler inline (a recompile). */
const SLOW_AFTER = 32;

/**
 * Exit.Step at instruction i of d: a fast path fell back (or a local was unbound). A site that
 * keeps falling back is compiled with its handler call inline instead, with every other site
 * that fell back meanwhile (one recompile, not one per site).
 */
export function noteFallback(d: Decoded, i: number): void {
  const m = d.jitMiss[i]!;
  if (m === 255) return;
  d.jitMiss[i] = m + 1;
  if (m + 1 !== SLOW_AFTER) return;
  for (let k = 0; k < d.n; k++) if (d.jitMiss[k]! > 0) d.jitSlow[k] = 1;
  d.jit = undefined;
}

function compile(d: Decoded): CompiledFrameFn {
  // (inline values are fixed for a run, and a code object runs under one version's rules)
  const inline = inlineValuesOn();
  // the loop kernels (src/vm/kernel), called at their loop heads; none where the run's observer
  // cannot take summarised iterations (the explorer's recorder): they would only decline
  const kernels = vm.observer === null || vm.observerRepeats ? kernelsOf(d, inline) : NO_KERNELS;
  const source = emitFactory(d, `py_${d.code.name.replace(/[^A-Za-z0-9_]/g, '_')}`, inline, [...kernels.byHead.keys()]);
  // (the source URL names the code in profiles and stack traces: V8 attributes samples to its lines)
  const url = `\n//# sourceURL=gilsim-jit/${d.code.name.replace(/[^A-Za-z0-9_]/g, '_')}-${d.code.firstlineno}.js`;
  const factory = new Function(...RUNTIME_NAMES, 'd', 'ks', 'kern', source + url) as (...a: unknown[]) => CompiledFrameFn;
  return factory(...RUNTIME_VALUES, d, d.consts, kernels.byHead);
}
