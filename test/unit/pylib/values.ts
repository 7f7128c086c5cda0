// Test helper: str()/repr() of decoded golden values using pylib's reprs, so %-format and
// str.format can be tested without a VM.

import { asciiStr, reprFloat, reprInt, reprStr } from '../../../src/pylib/repr.js';
import type { PercentHooks } from '../../../src/pylib/percent-format.js';
import { PyError } from '../../../src/pylib/errors.js';
import type { Val } from './golden.js';

export function valRepr(v: Val): string {
  switch (v.k) {
    case 'int':
      return reprInt(v.v);
    case 'float':
      return reprFloat(v.v);
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'str':
      return reprStr(v.v);
    case 'none':
      return 'None';
    case 'tuple':
      return v.v.length === 1 ? `(${valRepr(v.v[0]!)},)` : `(${v.v.map(valRepr).join(', ')})`;
    case 'list':
      return `[${v.v.map(valRepr).join(', ')}]`;
    case 'dict':
      return `{${v.v.map(([k, x]) => `${reprStr(k)}: ${valRepr(x)}`).join(', ')}}`;
  }
}

export function valStr(v: Val): string {
  return v.k === 'str' ? v.v : valRepr(v);
}

export function typeName(v: Val): string {
  return v.k === 'none' ? 'NoneType' : v.k;
}

export const hooks: PercentHooks<Val> = {
  classify: (v) => (v.k === 'tuple' ? { kind: 'tuple', items: v.v } : v.k === 'dict' || v.k === 'list' ? { kind: 'mapping' } : { kind: 'single' }),
  getItem: (m, key) => {
    if (m.k !== 'dict') throw new PyError('TypeError', 'not a dict');
    const hit = m.v.find(([k]) => k === key);
    if (!hit) throw new PyError('KeyError', reprStr(key));
    return hit[1];
  },
  str: valStr,
  repr: valRepr,
  ascii: (v) => (v.k === 'str' ? asciiStr(v.v) : valRepr(v)),
  number: (v) =>
    v.k === 'int' ? { int: v.v } : v.k === 'bool' ? { int: v.v ? 1 : 0 } : v.k === 'float' ? { float: v.v } : undefined,
  strValue: (v) => (v.k === 'str' ? v.v : undefined),
  typeName,
};
