// Stage: VM interpreter. Turns a code object's compile-time constants into Python objects the
// way CPython's compiler left them, notably the iteration order of frozenset constants (which
// depends on how many times CPython built them). Depends on the object model only; the
// version's facts (which strings were already interned) come in as a predicate.
import type { CodeObject } from '../../compiler/code.js';
import type { ConstValue } from '../../syntax/constant.js';
import { PyObject, decref } from '../objects/base.js';
import { pyCodeFor } from '../objects/callables.js';
import { newTuple } from '../objects/containers.js';
import { Ellipsis, None, PyFloat, PyStr, False, True, intFromNumberOrBig } from '../objects/scalars.js';
import { PySet } from '../objects/set.js';

/**
 * Whether another str object equal to s (not the one CPython's parser made for the literal) was
 * interned before the constant's code object was made.
 */
export type InternedBefore = (s: string) => boolean;

/** CPython's all_name_chars: only ASCII letters, digits and '_' (the strings it interns). */
const NAME_CHARS = /^[A-Za-z0-9_]*$/;

/**
 * How many times CPython builds a frozenset constant. Once from the literal (the AST optimizer
 * or the compiler folding a set display), once more by the compiler's constant merging from
 * the first set's iteration order, and a third time, from the second set's order, when making
 * the code object interns one of its str items into a different, equal string interned
 * before (see InternedBefore). Strings in tuples inside the frozenset do not count (CPython
 * ignores that result).
 */
export function frozensetBuilds(items: readonly ConstValue[], internedBefore: InternedBefore | undefined): 2 | 3 {
  if (!internedBefore) return 2;
  for (const it of items) {
    if (it.kind !== 'str') continue;
    const s = it.value;
    if (NAME_CHARS.test(s) && internedBefore(s)) return 3;
  }
  return 2;
}

/**
 * Identifiers of a module: the names its code objects use (the parser interned each one before
 * any code object was made; a str constant equal to one of 2+ characters is another object).
 */
export function moduleIdentifiers(code: CodeObject): Set<string> {
  const out = new Set<string>();
  const seen = new Set<CodeObject>();
  const walk = (co: CodeObject): void => {
    if (seen.has(co)) return;
    seen.add(co);
    for (const list of [co.names, co.varnames, co.freevars, co.cellvars]) for (const n of list) out.add(n);
    out.add(co.name);
    for (const c of co.consts) if (c.kind === 'code') walk(c.code as CodeObject);
  };
  walk(code);
  return out;
}

/** A new object for a constant (reference count 2: co_consts plus CPython's extra one). */
export function constToObject(c: ConstValue, internedBefore?: InternedBefore): PyObject {
  let o: PyObject;
  switch (c.kind) {
    case 'none': o = None; break;
    case 'ellipsis': o = Ellipsis; break;
    case 'bool': o = c.value ? True : False; break;
    case 'int': o = intFromNumberOrBig(c.value); break;
    case 'float': o = new PyFloat(c.value); break;
    case 'str': o = new PyStr(c.value); break;
    case 'tuple': o = newTuple(c.items.map((it) => constToObject(it, internedBefore))); break;
    case 'frozenset': {
      // Each build after the first inserts the previous set's items in its iteration order.
      let s = new PySet(true);
      for (const it of c.items) s.add(constToObject(it, internedBefore));
      for (let k = frozensetBuilds(c.items, internedBefore); k > 1; k--) {
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
