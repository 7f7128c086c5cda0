// Stage: VM compiler to JavaScript. The source text of one code object's compiled function: the
// dispatch loop of interp/eval.ts unrolled over the instructions, each instruction a `case` of one
// switch on pc (so the function can be entered at any instruction), with its argument, cost and
// switch kind as constants.
//
// Shape rules, for V8: the generated function calls nothing on a rare path. Every handler call
// goes through one shared call site (after the switch), which the function's first non-inline op
// warms up; every rare event (an object to deallocate, a handler's unusual answer, a lock that
// blocks, an unbound local) leaves the function with an Exit code that eval.ts acts on before it
// re-enters. A call or property access first reached after V8 optimised the function would throw
// the optimised code away (no type feedback there yet), and re-optimising a frame function costs
// far more than the exit. Pure text generation: must not depend on the VM's objects.
import { Op } from '../interp/ops.js';
import { fastPath, needsName } from './fast-paths.js';
import { DEAD, Exit, PRIME, leave } from './exits.js';

/** The instruction data the emitter reads (a Decoded, without its objects). */
export interface EmitInput {
  readonly n: number;
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly sw: Uint8Array;
  readonly cost: Float64Array;
  readonly skip: Uint8Array;
  readonly loop: Uint8Array;
  readonly jitSlow: Uint8Array;
  readonly lines: Int32Array;
}

/**
 * The source of a factory body (free names: d, ks and the runtime helpers listed in compile.ts)
 * that binds k<j> = ks[j] and name<i> = d.names[...] and returns
 * `function (th, f, st, untilTick, nested, check)`, which runs the frame from f.pc until it must
 * leave (an Exit code); exceptions propagate to execute's handler with f and st in sync.
 *
 * Invariant: at every instruction's start the loop-top check flag is false and pc is that
 * instruction. An instruction that sets the flag (a switch point) is followed by the check
 * itself, at the loop top after a jump or right after the instruction when control falls through.
 */
export function emitFactory(d: EmitInput, fnName: string, inlineValues = false, kernelHeads: readonly number[] = []): string {
  const named = new Set<number>();
  const ks = new Set<number>();
  for (let i = 0; i < d.n; i++) {
    const op = d.ops[i]!;
    if (op === Op.LOAD_CONST) ks.add(d.args[i]!);
    else if (needsName(op)) named.add(i);
  }
  const pre = [...ks].map((j) => `const k${j} = ks[${j}];`);
  for (const i of named) pre.push(`const name${i} = d.names[${d.args[i]!}];`);
  pre.push('const skip = d.skip;');
  for (const h of kernelHeads) pre.push(`const kern${h} = kern.get(${h});`);
  return `${pre.join('\n')}\nreturn function ${fnName}(th, f, st, untilTick, nested, check) {\n${emitFunctionBody(d, inlineValues, new Set(kernelHeads))}\n};`;
}

function emitFunctionBody(d: EmitInput, inlineValues: boolean, kernelHeads: ReadonlySet<number>): string {
  const out: string[] = [];
  // The step limit: checked where control can arrive other than by falling through (entry,
  // jumps, handlers, which may run nested frames), with a margin of the code's length, so no
  // instruction runs at or past the limit; near it the interpreter loop takes over.
  out.push(`const stack = f.stack; const locals = f.locals; const lim = st.maxSteps - ${d.n + 1};`);
  out.push(`let pc = untilTick === ${PRIME} ? ${PRIME} : f.pc; let sp = f.sp; let clock = st.clock; let steps = st.steps; let x = 0; let hi = 0; let hop = 0; let harg = 0; let hsw = 0; let primed = 0;`);
  out.push(`let ${DEAD.map((v) => `${v} = null`).join(', ')};`);
  out.push('run: for (;;) {');
  out.push('handler: {');
  out.push(`if (check) { check = false; if (skip[pc] === 0 && clock >= untilTick && !nested) ${leave(Exit.Switch)} }`);
  out.push(`if (steps > lim) ${leave(Exit.Interp)}`);
  out.push('switch (pc) {');
  // The priming call (compile.ts): the shared handler call site with a NOP, then the epilogue.
  out.push(`case ${PRIME}: hi = -1; hop = ${Op.NOP}; break handler;`);
  for (let i = 0; i < d.n; i++) {
    if (d.loop[i] !== 1) continue;
    // a loop head with a kernel (src/vm/kernel): it runs the iterations that fit, then the head goes on
    if (kernelHeads.has(i)) out.push(`case ${i}: f.pc = pc; f.sp = sp; st.clock = clock; st.steps = steps; kern${i}(th, f, st, untilTick); clock = st.clock; steps = st.steps;`);
    out.push(emitInstruction(d, i, inlineValues, kernelHeads.has(i)));
    // the next instruction is not compiled: the loop top's default case leaves for it
    if (i + 1 < d.n && d.loop[i + 1] !== 1) out.push('continue;');
  }
  out.push(`default: ${leave(Exit.Interp)}`);
  out.push('} }');
  // The one handler call site: instruction hi, clock and steps already counted.
  out.push(`pc = hi + 1; f.pc = pc; f.sp = sp; st.clock = clock; st.steps = steps;`);
  out.push('const c = callHandler(hop, th, f, hi, harg, nested);');
  out.push('clock = st.clock; steps = st.steps; sp = f.sp; pc = f.pc;');
  out.push(`if (c !== 0 || pendingDel.length !== 0 || st.stepHook !== null) ${leave(`${Exit.After} + 2 * c + hsw`)}`);
  // (priming goes round the loop: V8 allocates the feedback vector once enough bytecode has run)
  out.push(`if (hi < 0) { if (++primed < ${ROUNDS}) { pc = ${PRIME}; continue; } ${leave(Exit.Interp)} }`);
  out.push('check = hsw === 1;');
  out.push('}');
  out.push(`f.pc = pc; f.sp = sp; st.clock = clock; st.steps = steps; ${DEAD.map((v, k) => `st.dead${k} = ${v};`).join(' ')} return x;`);
  const body = out.join('\n');
  return body.replace(ROUNDS, String(primeRounds(body.length)));
}

/** Placeholder for the priming call's round count (known once the body is written). */
const ROUNDS = '/*rounds*/';

/**
 * Rounds of the priming call for a body of `length` characters. V8 (Node 20) allocates a
 * function's feedback vector once it has run 8 x its bytecode length in budget, which a round
 * spends some 160-320 bytes of; its bytecode is about half the source's length: so about
 * length / 80 rounds are needed (measured: 50 too few, 100 enough for a 4,500-character body).
 * Four times that, so other V8 versions have a margin; still far below the budget at which V8
 * considers optimising (3 + length / 150 ticks of 67,584).
 */
function primeRounds(length: number): number {
  return Math.ceil(length / 20);
}

/** The loop-top check before falling through into instruction `next` (check may be set). */
function checkBefore(d: EmitInput, next: number): string {
  if (next >= d.n || d.skip[next] === 1) return 'check = false;';
  return `if (check) { check = false; if (clock >= untilTick && !nested) ${leave(Exit.Switch)} }`;
}

function emitInstruction(d: EmitInput, i: number, inlineValues: boolean, labelled = false): string {
  const op = d.ops[i]!;
  const arg = d.args[i]!;
  const sw = d.sw[i]!;
  const next = i + 1;
  const lines: string[] = labelled ? [] : [`case ${i}:`];
  // An unbound local: the interpreter raises it (nothing of the instruction done here).
  if (op === Op.LOAD_FAST) lines.push(`if (locals[${arg}] === null) ${leave(Exit.Step)}`);
  const pre = `pc = ${next}; clock += ${d.cost[i]!}; steps++;`;
  const fast = fastPath(op, i, arg, d.lines[i]!, pre, fallback(d, i, pre), sw === 1, inlineValues);
  if (fast !== null) {
    // the op's inline fast path (its guard before anything is counted), then eval.ts's protocol
    // for the common answer (next instruction, nothing pending). Only a fast path that can run
    // other code (a built-in method; a replaced attribute value dying) can queue a finalizer,
    // arm a step hook or run nested frames (steps past the margin).
    const runsCode = op === Op.CALL_METHOD || op === Op.STORE_ATTR;
    lines.push(
      fast,
      runsCode ? `if (pendingDel.length !== 0 || st.stepHook !== null) ${leave(Exit.After + sw)}` : '',
      sw === 1 ? 'check = true;' : '',
      runsCode ? `if (steps > lim) continue;` : '',
      checkBefore(d, next),
    );
    return lines.join('\n');
  }
  lines.push(pre);
  switch (op) {
    case Op.LOAD_FAST:
      lines.push(`{ const v = locals[${arg}]; v.refcnt++; stack[sp++] = v; }`);
      break;
    case Op.STORE_FAST:
      lines.push(`{ const old = locals[${arg}]; locals[${arg}] = stack[--sp]; stack[sp] = null;`);
      lines.push(`if (old !== null && --old.refcnt === 0 && old.type !== intType) { x0 = old; ${leave(Exit.Dealloc)} } }`);
      break;
    case Op.LOAD_CONST:
      lines.push(`k${arg}.refcnt++; stack[sp++] = k${arg};`);
      break;
    case Op.POP_TOP:
      lines.push(`{ const v = stack[--sp]; stack[sp] = null; if (--v.refcnt === 0) { x0 = v; ${leave(Exit.Dealloc)} } }`);
      break;
    case Op.ROT_TWO:
      lines.push('{ const a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; }');
      break;
    case Op.ROT_THREE:
      lines.push('{ const a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = stack[sp - 3]; stack[sp - 3] = a; }');
      break;
    case Op.DUP_TOP:
      lines.push('{ const v = stack[sp - 1]; v.refcnt++; stack[sp++] = v; }');
      break;
    case Op.JUMP_FORWARD:
      lines.push(`pc = ${arg}; continue;`);
      break;
    case Op.JUMP_ABSOLUTE:
      lines.push(`pc = ${arg};${sw === 1 ? ' check = true;' : ''} continue;`);
      break;
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
      lines.push('{ const v = stack[sp - 1]; let t; let slow = false;');
      lines.push('if (v === True) t = true; else if (v === False) t = false; else { f.pc = pc; f.sp = sp; st.clock = clock; st.steps = steps; t = truthy(v); clock = st.clock; steps = st.steps; check = true; slow = true; }');
      lines.push(`stack[--sp] = null; if (t === ${op === Op.POP_JUMP_IF_TRUE}) pc = ${arg};`);
      lines.push(`if (--v.refcnt === 0) { x0 = v; ${leave(`check ? ${Exit.DeallocCheck} : ${Exit.Dealloc}`)} }`);
      lines.push(`if (slow && st.stepHook !== null) ${leave(`check ? ${Exit.InterpCheck} : ${Exit.Interp}`)}`);
      lines.push(`if (pc !== ${next}) continue; }`);
      lines.push(checkBefore(d, next));
      break;
    default:
      // everything else: the op's handler, through the shared call site
      lines.push(`${handlerAt(d, i)} break handler;`);
  }
  return lines.join('\n');
}

/**
 * A fast path's fallback: the interpreter runs the instruction (Exit.Step: nothing counted yet)
 * until the site has fallen back often (jitSlow, set by eval.ts through noteFallback), then the
 * handler through the shared call site.
 */
function fallback(d: EmitInput, i: number, pre: string): string {
  return d.jitSlow[i] === 1 ? `{ ${pre} ${handlerAt(d, i)} break handler; }` : leave(Exit.Step);
}

/** The shared handler call site's operands for instruction i (constants at each site). */
function handlerAt(d: EmitInput, i: number): string {
  return `hi = ${i}; hop = ${d.ops[i]!}; harg = ${d.args[i]!}; hsw = ${d.sw[i]!};`;
}
