// Stage: compiler. The identity under which co_consts entries are merged, like CPython's
// _PyCode_ConstantKey: equal values of the same type merge; 0 vs 0.0 vs False and 0.0 vs -0.0
// stay apart; every code object is its own constant. Depends only on syntax/constant.ts.
import type { ConstValue } from '../syntax/constant.js';

let codeIds = new WeakMap<object, number>();
let nextCodeId = 0;

function floatKey(v: number): string {
  if (Object.is(v, -0)) return '-0.0';
  return String(v);
}

export function constKey(c: ConstValue): string {
  switch (c.kind) {
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'bool': return c.value ? 'b1' : 'b0';
    case 'int': return `i${c.value}`;
    case 'float': return `f${floatKey(c.value)}`;
    case 'complex': return `c${floatKey(c.real)},${floatKey(c.imag)}`;
    case 'str': return `s${JSON.stringify(c.value)}`;
    case 'bytes': return `y${Array.from(c.value).join(',')}`;
    case 'tuple': return `t(${c.items.map(constKey).join(',')})`;
    case 'frozenset': return `z{${c.items.map(constKey).sort().join(',')}}`;
    case 'code': {
      const obj = c.code as object;
      let id = codeIds.get(obj);
      if (id === undefined) {
        id = nextCodeId++;
        codeIds.set(obj, id);
      }
      return `C${id}`;
    }
  }
}

/** For tests: forget code-object identities. */
export function resetConstKeys(): void {
  codeIds = new WeakMap();
  nextCodeId = 0;
}
