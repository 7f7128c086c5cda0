// Stage: dis. Python's repr() of code-object constants (co_consts entries), including nested
// tuples, frozensets in CPython's order, complex numbers and code objects with a deterministic
// address. Depends on syntax/constant.ts, compiler/code.ts and pylib reprs.
import type { ConstValue } from '../syntax/constant.js';
import type { CodeObject } from '../compiler/code.js';
import { reprBytes, reprFloat, reprStr } from '../pylib/repr.js';
import type { SipVariant } from '../pylib/hash-str.js';
import type { FrozensetBuilds } from '../versions/frozenset-builds.js';
import { frozensetOrder } from './set-order.js';

/** What orders a frozenset constant's items: the version's str hash, and how often it was built. */
export interface ConstOrder {
  readonly sip?: SipVariant;
  readonly builds?: FrozensetBuilds;
}

/** A stable fake address for a code object: CPython prints id(); the golden test normalises it. */
export function codeAddress(code: CodeObject): string {
  return '0x' + (0x7f0000000000 + code.serial * 0x100).toString(16);
}

export function reprCode(code: CodeObject): string {
  return `<code object ${code.name} at ${codeAddress(code)}, file "${code.filename}", line ${code.firstlineno}>`;
}

function complexPart(x: number): string {
  const s = reprFloat(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** repr() of a constant; `order` decides the order of frozenset items (default: 2 builds, str unhashed). */
export function reprConst(c: ConstValue, order: ConstOrder = {}): string {
  const rec = (x: ConstValue): string => reprConst(x, order);
  switch (c.kind) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return reprFloat(c.value);
    case 'complex': {
      if (c.real === 0 && !Object.is(c.real, -0)) return complexPart(c.imag) + 'j';
      const im = complexPart(c.imag);
      const sign = im.startsWith('-') || (c.imag !== c.imag) ? '' : '+';
      return `(${complexPart(c.real)}${sign}${im}j)`;
    }
    case 'str': return reprStr(c.value);
    case 'bytes': return reprBytes(c.value);
    case 'tuple':
      if (c.items.length === 1) return `(${rec(c.items[0]!)},)`;
      return `(${c.items.map(rec).join(', ')})`;
    case 'frozenset':
      if (c.items.length === 0) return 'frozenset()';
      return `frozenset({${frozensetOrder(c.items, order.sip, order.builds?.(c) ?? 2).map(rec).join(', ')}})`;
    case 'code': return reprCode(c.code as CodeObject);
  }
}
