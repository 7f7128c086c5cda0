// Stage: VM interpreter. Turns a code object's compile-time constants into Python objects the
// way CPython's compiler left them, notably the iteration order of frozenset constants (which
// depends on how many times CPython built them: versions/frozenset-builds.ts decides, per constant).
// Depends on the object model only.
import type { CodeObject } from '../../compiler/code.js';
import type { ConstValue } from '../../syntax/constant.js';
import { PyObject, decref } from '../objects/base.js';
import { pyCodeFor } from '../objects/callables.js';
import { newTuple } from '../objects/containers.js';
import { Ellipsis, None, PyFloat, PyStr, False, True, intFromNumberOrBig } from '../objects/scalars.js';
import { PySet } from '../objects/set.js';
import type { FrozensetBuilds } from '../../versions/frozenset-builds.js';

/** A new object for a constant (reference count 2: co_consts plus CPython's extra one). */
export function constToObject(c: ConstValue, builds?: FrozensetBuilds): PyObject {
  let o: PyObject;
  switch (c.kind) {
    case 'none': o = None; break;
    case 'ellipsis': o = Ellipsis; break;
    case 'bool': o = c.value ? True : False; break;
    case 'int': o = intFromNumberOrBig(c.value); break;
    case 'float': o = new PyFloat(c.value); break;
    case 'str': o = new PyStr(c.value); break;
    case 'tuple': o = newTuple(c.items.map((it) => constToObject(it, builds))); break;
    case 'frozenset': {
      // Each build after the first inserts the previous set's items in its iteration order.
      let s = new PySet(true);
      for (const it of c.items) s.add(constToObject(it, builds));
      for (let k = builds ? builds(c) : 2; k > 1; k--) {
        const next = new PySet(true);
        const items = s.items();
        for (const x of items) next.add(x);
        decref(s);
        s = next;
      }
      o = s;
      break;
    }
    case 'code': o = pyCodeFor(c.code as CodeObject); break;
    default: o = new PyStr(`<unsupported constant ${c.kind}>`);
  }
  // A new constant starts at 1 (the code object's co_consts); CPython's constants carry one
  // reference more on every version (measured: `x = 1000; sys.getrefcount(x)` prints 4).
  o.refcnt += 1;
  return o;
}
