// Test helpers: load test/golden/pylib/*.json and decode the typed value encoding that
// test/tools/gen-pylib-goldens.py writes (floats as bit patterns, ints as decimal strings).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PyError } from '../../../src/pylib/errors.js';

const DIR = fileURLToPath(new URL('../../golden/pylib/', import.meta.url));

export function loadGolden<T>(name: string): T {
  return JSON.parse(readFileSync(DIR + name + '.json', 'utf8')) as T;
}

export function bitsToFloat(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

export type Enc =
  | string
  | { b: boolean }
  | { s: string }
  | { none: true }
  | { t: Enc[] }
  | { l: Enc[] }
  | { d: [string, Enc][] }
  | { error: string; msg: string };

/** Decoded test value: ints are bigint, floats number, plus tagged containers. */
export type Val =
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'str'; v: string }
  | { k: 'none' }
  | { k: 'tuple'; v: Val[] }
  | { k: 'list'; v: Val[] }
  | { k: 'dict'; v: [string, Val][] };

export function dec(e: Enc): Val {
  if (typeof e === 'string') {
    if (e.startsWith('i:')) return { k: 'int', v: BigInt(e.slice(2)) };
    if (e.startsWith('f:')) return { k: 'float', v: bitsToFloat(e.slice(2)) };
    throw new Error('bad encoding ' + e);
  }
  if ('b' in e) return { k: 'bool', v: e.b };
  if ('s' in e) return { k: 'str', v: e.s };
  if ('none' in e) return { k: 'none' };
  if ('t' in e) return { k: 'tuple', v: e.t.map(dec) };
  if ('l' in e) return { k: 'list', v: e.l.map(dec) };
  if ('d' in e) return { k: 'dict', v: e.d.map(([k, v]) => [k, dec(v)] as [string, Val]) };
  throw new Error('bad encoding ' + JSON.stringify(e));
}

/** Runs f and renders its result or PyError like the golden ("ok" text or error record). */
export function outcome<T>(f: () => T): T | { error: string; msg: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError) return { error: e.pyType, msg: e.message };
    throw e;
  }
}

/** Collects mismatches; tests assert the list is empty and print a count. */
export class Tally {
  total = 0;
  readonly bad: string[] = [];
  check(label: string, got: unknown, want: unknown): void {
    this.total++;
    const g = JSON.stringify(got);
    const w = JSON.stringify(want);
    if (g !== w) this.bad.push(`${label}: got ${g} want ${w}`);
  }
  report(name: string): void {
    console.log(`${name}: ${this.total - this.bad.length}/${this.total} match CPython 3.8`);
    if (this.bad.length) console.log(this.bad.slice(0, 30).join('\n'));
  }
}
