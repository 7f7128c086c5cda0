// Stage: compiler (AST optimizer support). Python semantics of operators on constants, as the
// constant folder needs them: a result, or undefined where CPython would raise (and so not fold).
// Depends only on syntax/constant.ts.
import type { ConstValue } from '../syntax/constant.js';
import type { OperatorKind, UnaryOpKind } from '../syntax/ast.js';
import { intTrueDiv } from '../pylib/arith.js';

type C = ConstValue;
const int = (v: bigint): C => ({ kind: 'int', value: v });
const flt = (v: number): C => ({ kind: 'float', value: v });
const bool = (v: boolean): C => ({ kind: 'bool', value: v });

export function isTruthy(c: C): boolean {
  switch (c.kind) {
    case 'none': return false;
    case 'ellipsis': return true;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'tuple':
    case 'frozenset': return c.items.length > 0;
    case 'code': return true;
  }
}

/** Integer view of int/bool constants. */
function asInt(c: C): bigint | undefined {
  if (c.kind === 'int') return c.value;
  if (c.kind === 'bool') return c.value ? 1n : 0n;
  return undefined;
}

function intToFloat(v: bigint): number | undefined {
  const f = Number(v);
  return Number.isFinite(f) ? f : undefined;
}

function asFloat(c: C): number | undefined {
  if (c.kind === 'float') return c.value;
  const i = asInt(c);
  return i === undefined ? undefined : intToFloat(i);
}

function asComplex(c: C): [number, number] | undefined {
  if (c.kind === 'complex') return [c.real, c.imag];
  const f = asFloat(c);
  return f === undefined ? undefined : [f, 0];
}

function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

function strLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function unaryOp(op: UnaryOpKind, c: C): C | undefined {
  if (op === 'Not') return bool(!isTruthy(c));
  const i = asInt(c);
  if (i !== undefined) {
    if (op === 'USub') return int(-i);
    if (op === 'UAdd') return int(i);
    return int(-i - 1n);
  }
  if (c.kind === 'float') {
    if (op === 'USub') return flt(-c.value);
    if (op === 'UAdd') return flt(c.value);
    return undefined;
  }
  if (c.kind === 'complex') {
    if (op === 'USub') return { kind: 'complex', real: -c.real, imag: -c.imag };
    if (op === 'UAdd') return c;
  }
  return undefined;
}

function floatMod(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  let mod = a % b;
  if (mod) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function floatFloorDiv(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if (b < 0 !== mod < 0) { mod += b; div -= 1; }
  }
  let fd: number;
  if (div) {
    fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1;
  } else {
    fd = Object.is(a / b, -0) || a / b < 0 ? -0 : 0;
  }
  return fd;
}

function intFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}

function checkComplexity(c: C, limit: number): number {
  if (c.kind === 'tuple' || c.kind === 'frozenset') {
    limit -= c.items.length;
    for (const it of c.items) {
      if (limit < 0) break;
      limit = checkComplexity(it, limit);
    }
  }
  return limit;
}

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

function repeat(seq: C, n: bigint): C | undefined {
  const k = n < 0n ? 0 : Number(n);
  switch (seq.kind) {
    case 'str': return { kind: 'str', value: seq.value.repeat(k) };
    case 'bytes': {
      const out = new Uint8Array(seq.value.length * k);
      for (let i = 0; i < k; i++) out.set(seq.value, i * seq.value.length);
      return { kind: 'bytes', value: out };
    }
    case 'tuple': {
      const items: C[] = [];
      for (let i = 0; i < k; i++) items.push(...seq.items);
      return { kind: 'tuple', items };
    }
    default: return undefined;
  }
}

function safeMultiply(v: C, w: C): C | undefined {
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi !== undefined && wi !== undefined) {
    if (vi !== 0n && wi !== 0n && numBits(vi) + numBits(wi) > MAX_INT_SIZE) return undefined;
    return int(vi * wi);
  }
  if (vi !== undefined && (w.kind === 'tuple' || w.kind === 'frozenset')) {
    const size = w.items.length;
    if (size) {
      if (vi < 0n || vi > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
      if (vi !== 0n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(vi))) < 0) return undefined;
    }
    return w.kind === 'tuple' ? repeat(w, vi) : undefined;
  }
  if (vi !== undefined && (w.kind === 'str' || w.kind === 'bytes')) {
    const size = w.kind === 'str' ? strLen(w.value) : w.value.length;
    if (size) {
      if (vi < 0n || vi > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
    }
    return repeat(w, vi);
  }
  if (wi !== undefined && (v.kind === 'tuple' || v.kind === 'frozenset' || v.kind === 'str' || v.kind === 'bytes')) {
    return safeMultiply(w, v);
  }
  return arith('Mult', v, w);
}

function safePower(v: C, w: C): C | undefined {
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi !== undefined && wi !== undefined) {
    if (vi !== 0n && wi > 0n) {
      const vbits = numBits(vi);
      if (wi > BigInt(MAX_INT_SIZE) || vbits > Math.floor(MAX_INT_SIZE / Number(wi))) return undefined;
    }
    if (wi < 0n) {
      if (vi === 0n) return undefined;
      const a = intToFloat(vi);
      const b = intToFloat(wi);
      if (a === undefined || b === undefined) return undefined;
      return floatPow(a, b);
    }
    return int(vi ** wi);
  }
  return arith('Pow', v, w);
}

function floatPow(a: number, b: number): C | undefined {
  if (a === 0 && b < 0) return undefined;
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return undefined; // complex result
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) return undefined; // OverflowError
  return flt(r);
}

function safeShift(op: 'LShift' | 'RShift', v: C, w: C): C | undefined {
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi === undefined || wi === undefined || wi < 0n) return undefined;
  if (op === 'RShift') return int(vi >> wi);
  if (vi !== 0n && wi !== 0n) {
    if (wi > BigInt(MAX_INT_SIZE) || numBits(vi) > MAX_INT_SIZE - Number(wi)) return undefined;
  }
  return int(vi << wi);
}

function arith(op: OperatorKind, v: C, w: C): C | undefined {
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi !== undefined && wi !== undefined) {
    switch (op) {
      case 'Add': return int(vi + wi);
      case 'Sub': return int(vi - wi);
      case 'Mult': return int(vi * wi);
      case 'FloorDiv': return wi === 0n ? undefined : int(intFloorDiv(vi, wi));
      case 'Mod': return wi === 0n ? undefined : int(intMod(vi, wi));
      case 'Div': {
        if (wi === 0n) return undefined;
        // the exact quotient correctly rounded, as CPython folds it; no folding on overflow
        try {
          return flt(intTrueDiv(vi, wi));
        } catch {
          return undefined;
        }
      }
      case 'BitOr':
      case 'BitAnd':
      case 'BitXor': {
        const r = op === 'BitOr' ? vi | wi : op === 'BitAnd' ? vi & wi : vi ^ wi;
        if (v.kind === 'bool' && w.kind === 'bool') return bool(r !== 0n);
        return int(r);
      }
      default: return undefined;
    }
  }
  if (v.kind === 'complex' || w.kind === 'complex') {
    const a = asComplex(v);
    const b = asComplex(w);
    if (!a || !b) return undefined;
    const cx = (re: number, im: number): C => ({ kind: 'complex', real: re, imag: im });
    switch (op) {
      case 'Add': return cx(a[0] + b[0], a[1] + b[1]);
      case 'Sub': return cx(a[0] - b[0], a[1] - b[1]);
      case 'Mult': return cx(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
      default: return undefined;
    }
  }
  const a = asFloat(v);
  const b = asFloat(w);
  if (a !== undefined && b !== undefined) {
    switch (op) {
      case 'Add': return flt(a + b);
      case 'Sub': return flt(a - b);
      case 'Mult': return flt(a * b);
      case 'Div': return b === 0 ? undefined : flt(a / b);
      case 'FloorDiv': { const r = floatFloorDiv(a, b); return r === undefined ? undefined : flt(r); }
      case 'Mod': { const r = floatMod(a, b); return r === undefined ? undefined : flt(r); }
      case 'Pow': return floatPow(a, b);
      default: return undefined;
    }
  }
  if (op === 'Add') {
    if (v.kind === 'str' && w.kind === 'str') return { kind: 'str', value: v.value + w.value };
    if (v.kind === 'tuple' && w.kind === 'tuple') return { kind: 'tuple', items: [...v.items, ...w.items] };
    if (v.kind === 'bytes' && w.kind === 'bytes') {
      const out = new Uint8Array(v.value.length + w.value.length);
      out.set(v.value);
      out.set(w.value, v.value.length);
      return { kind: 'bytes', value: out };
    }
  }
  return undefined;
}

/** Folds `v op w` as CPython 3.8's AST optimizer does, or undefined to leave the node alone. */
export function binaryOp(op: OperatorKind, v: C, w: C): C | undefined {
  switch (op) {
    case 'Mult': return safeMultiply(v, w);
    case 'Pow': return safePower(v, w);
    case 'LShift':
    case 'RShift': return safeShift(op, v, w);
    case 'Mod':
      if (v.kind === 'str' || v.kind === 'bytes') return undefined;
      return arith(op, v, w);
    case 'MatMult': return undefined;
    default: return arith(op, v, w);
  }
}

/** `v[w]` for constant containers with an integer index; undefined where CPython raises. */
export function subscript(v: C, w: C): C | undefined {
  const i = asInt(w);
  if (i === undefined) return undefined;
  let items: C[];
  if (v.kind === 'tuple') items = [...v.items];
  else if (v.kind === 'str') items = Array.from(v.value, (ch) => ({ kind: 'str', value: ch }) as C);
  else if (v.kind === 'bytes') items = Array.from(v.value, (b) => int(BigInt(b)));
  else return undefined;
  const n = BigInt(items.length);
  const k = i < 0n ? i + n : i;
  if (k < 0n || k >= n) return undefined;
  return items[Number(k)];
}
