// Stage: VM compiler to JavaScript. The source text of one code object's compiled function: the
// dispatch loop of interp/eval.ts unrolled over the instructions, each instruction a `case` of one
// switch on pc (so the function can be entered at any instruction), with its argument, cost and
// switch kind as constants. Rare paths (finalizers, step hooks, frame changes) are calls into
// runtime.ts, so the generated code stays small and V8 optimises it quickly.
// Pure text generation: must not depend on the VM's objects.
import { Op } from '../interp/ops.js';
import { fastPath, needsName } from './fast-paths.js';

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
}

/** runtime.ts's answers besides an Exit: go on with the loop-top check off / on. */
export const GO_ON = -1;
export const GO_ON_CHECK = -2;

/** The instruction data the emitter reads (a Decoded, without its objects). */
export interface EmitInput {
  readonly n: number;
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly sw: Uint8Array;
  readonly cost: Float64Array;
  readonly skip: Uint8Array;
}

const SYNC = 'f.pc = pc; f.sp = sp; st.clock = clock; st.steps = steps;';
const RELOAD = 'clock = st.clock; steps = st.steps;';

/**
 * The source of a factory body (free names: d, ks and the runtime helpers listed in compile.ts)
 * that binds k<j> = ks[j] and name<i> = d.names[...] and returns
 * `function (th, f, st, untilTick, nested, check)`, which runs the frame from f.pc until it must
 * leave (an Exit code); exceptions propagate to execute's handler with f and st in sync.
 *
 * Invariant: at every instruction's start the loop-top check flag is false. An instruction that
 * sets it (a switch point) is followed by the check itself, at the loop top after a jump or right
 * after the instruction when control falls through.
 */
export function emitFactory(d: EmitInput, fnName: string): string {
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
  return `${pre.join('\n')}\nreturn function ${fnName}(th, f, st, untilTick, nested, check) {\n${emitFunctionBody(d)}\n};`;
}

function emitFunctionBody(d: EmitInput): string {
  const out: string[] = [];
  // The step limit: checked where control can arrive other than by falling through (entry,
  // jumps) and after handlers (which may run nested frames), with a margin of the code's length,
  // so no instruction runs at or past the limit; near it the interpreter loop takes over.
  out.push(`const stack = f.stack; const locals = f.locals; const lim = st.maxSteps - ${d.n + 1};`);
  // Exits that leave f and st to sync share one epilogue (x: the Exit): fewer code paths that
  // V8 has never seen run when it first optimises the function (each would deoptimise it).
  out.push('let pc = f.pc; let sp = f.sp; let clock = st.clock; let steps = st.steps; let c = 0; let x = 0;');
  out.push('run: for (;;) {');
  out.push(`if (check) { check = false; if (skip[pc] === 0 && clock >= untilTick && !nested) { x = ${Exit.Switch}; break run; } }`);
  out.push(`if (steps > lim) { x = ${Exit.Interp}; break; }`);
  out.push('switch (pc) {');
  for (let i = 0; i < d.n; i++) out.push(emitInstruction(d, i));
  out.push(`default: x = ${Exit.Interp}; break run;`);
  out.push('} }');
  out.push(`${SYNC} return x;`);
  return out.join('\n');
}

/** The loop-top check before falling through into instruction `next` (check may be set). */
function checkBefore(d: EmitInput, next: number): string {
  if (next >= d.n || d.skip[next] === 1) return 'check = false;';
  return `if (check) { check = false; if (clock >= untilTick && !nested) { x = ${Exit.Switch}; break run; } }`;
}

/** A dealloc in an inline op (f and st in sync): finalizers or a step hook may make it leave. */
const DEALLOC = (v: string): string => `${SYNC} c = afterDealloc(th, st, ${v}, check); if (c >= 0) return c; ${RELOAD}`;

function emitInstruction(d: EmitInput, i: number): string {
  const op = d.ops[i]!;
  const arg = d.args[i]!;
  const sw = d.sw[i]!;
  const next = i + 1;
  const lines: string[] = [`case ${i}:`, `pc = ${next}; clock += ${d.cost[i]!}; steps++;`];
  switch (op) {
    case Op.LOAD_FAST:
      lines.push(`{ const v = locals[${arg}]; if (v === null) { ${SYNC} unbound(f, ${arg}); } v.refcnt++; stack[sp++] = v; }`);
      break;
    case Op.STORE_FAST:
      lines.push(`{ const old = locals[${arg}]; locals[${arg}] = stack[--sp]; stack[sp] = null;`);
      lines.push(`if (old !== null && --old.refcnt === 0 && old.type !== intType) { ${DEALLOC('old')} } }`);
      break;
    case Op.LOAD_CONST:
      lines.push(`k${arg}.refcnt++; stack[sp++] = k${arg};`);
      break;
    case Op.POP_TOP:
      lines.push(`{ const v = stack[--sp]; stack[sp] = null; if (--v.refcnt === 0) { ${DEALLOC('v')} } }`);
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
      lines.push(`if (v === True) t = true; else if (v === False) t = false; else { ${SYNC} t = truthy(v); ${RELOAD} check = true; slow = true; }`);
      lines.push(`stack[--sp] = null; if (t === ${op === Op.POP_JUMP_IF_TRUE}) pc = ${arg};`);
      lines.push(`if (--v.refcnt === 0) { ${DEALLOC('v')} slow = true; }`);
      lines.push(`if (slow && st.stepHook !== null) { x = check ? ${Exit.InterpCheck} : ${Exit.Interp}; break run; }`);
      lines.push(`if (pc !== ${next}) continue; }`);
      lines.push(checkBefore(d, next));
      break;
    default:
      lines.push(...emitHandlerCall(d, op, i, arg, sw, next));
  }
  return lines.join('\n');
}

/**
 * Everything eval.ts does not run inline: its handler (or the op's inline fast path, falling
 * back to the handler), then eval.ts's protocol: the common answer (next instruction, nothing
 * pending) inline, the others through afterHandler.
 */
function emitHandlerCall(d: EmitInput, op: number, i: number, arg: number, sw: number, next: number): string[] {
  // Through the shared table (one megamorphic call site in callHandler): V8 then never inlines
  // handlers into the compiled frame, which keeps its optimising compile small and quick.
  const call = `{ ${SYNC} c = callHandler(${op}, th, f, ${i}, ${arg}, nested); ${RELOAD} sp = f.sp; pc = f.pc; }`;
  return [
    fastPath(op, i, arg, call) ?? call,
    `if (c !== 0 || pendingDel.length !== 0 || st.stepHook !== null) { ${SYNC} c = afterHandler(th, st, c, ${sw === 1}, check); if (c >= 0) return c; check = c === ${GO_ON_CHECK}; }`,
    sw === 1 ? 'else check = true;' : '',
    `if (pc !== ${next} || steps > lim) continue;`,
    checkBefore(d, next),
  ];
}
