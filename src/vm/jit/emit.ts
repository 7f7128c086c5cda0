// Stage: VM compiler to JavaScript. The source text of one code object's compiled function: the
// dispatch loop of interp/eval.ts unrolled over the instructions, each instruction a `case` of one
// switch on pc (so the function can be entered at any instruction), with its argument, cost,
// switch kind and handler as constants. Pure text generation: must not depend on the VM's objects.
import { Op } from '../interp/ops.js';
import { Cold } from '../interp/handlers.js';
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
  /** Run this frame in the interpreter from f.pc (the step limit is near), check off / on. */
  Interp = 6,
  InterpCheck = 7,
}

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
/** After a dealloc that may have queued a Python __del__: run it now, as frames (finalizers.ts). */
const DRAIN = `if (pendingDel.length !== 0) { check = drainFinalizers(th, !check) || check; return check ? ${Exit.OuterCheck} : ${Exit.Outer}; }`;
/**
 * After a call into the runtime (f and st in sync): a step hook armed meanwhile (3.12+'s eval
 * breaker for an automatic collection, memory/generations.ts) runs in the interpreter loop.
 */
const HOOK = `if (st.stepHook !== null) return check ? ${Exit.InterpCheck} : ${Exit.Interp};`;

export interface Emitted {
  /** Source of a factory body: binds h<i> = hs[i] and k<j> = ks[j], returns the frame function. */
  readonly source: string;
}

/**
 * A factory body (free names: d, hs, ks and the runtime helpers listed in compile.ts) returning
 * `function (th, f, st, untilTick, nested, check)`, which runs the frame from f.pc until it must
 * leave (an Exit code); exceptions propagate to execute's handler with f and st in sync.
 */
export function emitFactory(d: EmitInput, fnName: string): Emitted {
  const hs = new Set<number>();
  const ks = new Set<number>();
  for (let i = 0; i < d.n; i++) {
    const op = d.ops[i]!;
    if (op === Op.LOAD_CONST) ks.add(d.args[i]!);
    else if (!INLINE.has(op)) hs.add(i);
  }
  const pre = [...hs].map((i) => `const h${i} = hs[${i}];`).concat([...ks].map((j) => `const k${j} = ks[${j}];`));
  for (const i of hs) if (needsName(d.ops[i]!)) pre.push(`const name${i} = d.names[${d.args[i]!}];`);
  const source = `${pre.join('\n')}\nreturn function ${fnName}(th, f, st, untilTick, nested, check) {\n${emitFunctionBody(d)}\n};`;
  return { source };
}

/** The ops eval.ts runs inline (the others call their handler). */
const INLINE = new Set<number>([
  Op.LOAD_FAST, Op.STORE_FAST, Op.LOAD_CONST, Op.POP_TOP, Op.ROT_TWO, Op.ROT_THREE, Op.DUP_TOP,
  Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE,
]);

function emitFunctionBody(d: EmitInput): string {
  const out: string[] = [];
  out.push('const stack = f.stack; const locals = f.locals; const maxSteps = st.maxSteps;');
  out.push('let pc = f.pc; let sp = f.sp; let clock = st.clock; let steps = st.steps; let c = 0;');
  out.push('for (;;) { switch (pc) {');
  for (let i = 0; i < d.n; i++) out.push(emitInstruction(d, i));
  out.push(`default: ${SYNC} return check ? ${Exit.InterpCheck} : ${Exit.Interp};`);
  out.push('} }');
  return out.join('\n');
}

function emitInstruction(d: EmitInput, i: number): string {
  const op = d.ops[i]!;
  const arg = d.args[i]!;
  const sw = d.sw[i]!;
  const next = i + 1;
  const lines: string[] = [`case ${i}:`];
  // The loop-top check (switch point), the step limit, then the instruction's clock and count.
  if (d.skip[i] === 0) {
    lines.push(`if (check) { check = false; if (clock >= untilTick && !nested) { ${SYNC} return ${Exit.Switch}; } }`);
  } else lines.push('check = false;');
  lines.push(`if (steps >= maxSteps) { ${SYNC} return ${Exit.Interp}; }`);
  lines.push(`pc = ${next}; clock += ${d.cost[i]!}; steps++;`);
  switch (op) {
    case Op.LOAD_FAST:
      lines.push(`{ const v = locals[${arg}]; if (v === null) { ${SYNC} unbound(f, ${arg}); } v.refcnt++; stack[sp++] = v; }`);
      break;
    case Op.STORE_FAST:
      lines.push(`{ const old = locals[${arg}]; locals[${arg}] = stack[--sp]; stack[sp] = null;`);
      lines.push(`if (old !== null && --old.refcnt === 0 && old.type !== intType) { ${SYNC} dealloc(old); ${RELOAD} ${DRAIN} ${HOOK} } }`);
      break;
    case Op.LOAD_CONST:
      lines.push(`k${arg}.refcnt++; stack[sp++] = k${arg};`);
      break;
    case Op.POP_TOP:
      lines.push(`{ const v = stack[--sp]; stack[sp] = null; if (--v.refcnt === 0) { ${SYNC} dealloc(v); ${RELOAD} ${DRAIN} ${HOOK} } }`);
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
      lines.push(`if (--v.refcnt === 0) { ${SYNC} dealloc(v); ${RELOAD} ${DRAIN} slow = true; }`);
      lines.push(`if (slow && st.stepHook !== null) { ${SYNC} return check ? ${Exit.InterpCheck} : ${Exit.Interp}; }`);
      lines.push(`if (pc !== ${next}) continue; }`);
      break;
    default:
      lines.push(...emitHandlerCall(op, i, arg, sw, next));
  }
  return lines.join('\n');
}

/**
 * Everything eval.ts does not run inline: its handler (or the op's inline fast path, falling
 * back to the handler), with eval.ts's protocol around it.
 */
function emitHandlerCall(op: number, i: number, arg: number, sw: number, next: number): string[] {
  const call = `c = h${i}(th, f, ${i}, ${arg}, nested);`;
  return [
    SYNC,
    fastPath(op, i, arg, call) ?? call,
    `${RELOAD} sp = f.sp; pc = f.pc;`,
    `if (pendingDel.length !== 0 && c !== ${Cold.Blocked} && c !== ${Cold.Return} && c !== ${Cold.Done}) {`,
    `  const quiet = c === ${Cold.FrameQuiet} || (c === ${Cold.Next} && ${sw !== 1});`,
    `  check = drainFinalizers(th, quiet) || !quiet; return check ? ${Exit.OuterCheck} : ${Exit.Outer}; }`,
    `if (c === ${Cold.Next}) {${sw === 1 ? ' check = true;' : ''} }`,
    `else if (c === ${Cold.Check}) check = true;`,
    `else if (c === ${Cold.Frame}) return ${Exit.OuterCheck};`,
    `else if (c === ${Cold.FrameQuiet}) return check ? ${Exit.OuterCheck} : ${Exit.Outer};`,
    `else if (c === ${Cold.Blocked}) return ${Exit.Blocked};`,
    `else if (c === ${Cold.Return}) return ${Exit.Return};`,
    `else return ${Exit.Done};`,
    HOOK,
    `if (pc !== ${next}) continue;`,
  ];
}
