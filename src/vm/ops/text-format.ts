// Stage: VM generic operations. `str % args` and str.format(*args, **kw) on VM objects: the
// formatting rules are pylib's (percent-format.ts, str-format.ts); this file only supplies the
// hooks that look at VM values, with reference counts for the temporaries lookups create.
// Must not depend on threads or the simulation layer.
import { percentFormat as pyPercent, type PercentHooks } from '../../pylib/percent-format.js';
import { strFormat as pyStrFormat, type StrFormatHooks } from '../../pylib/str-format.js';
import { PyObject, decref } from '../objects/base.js';
import { formatBool, formatFloat, formatInt, formatStr } from '../../pylib/format.js';
import { PyFunction, type KwArgs } from '../objects/callables.js';
import { PyDict, PyList, PyTuple } from '../objects/containers.js';
import { keyError, typeError } from '../objects/exceptions.js';
import { PyRange } from '../objects/iterators.js';
import { PyFloat, PyInt, PyStr, boolType, newInt, newStr } from '../objects/scalars.js';
import { getAttr } from './attr.js';
import { callObject, typeName } from './call.js';
import { ascii, repr, str } from './repr.js';
import { getItem } from './seq.js';
import { vm } from '../interp/state.js';

/** Objects CPython's PyMapping_Check accepts as the right operand of `%` (other than tuple/str). */
function isMappingOperand(o: PyObject): boolean {
  if (o instanceof PyTuple || o instanceof PyStr) return false;
  return o instanceof PyDict || o instanceof PyList || o instanceof PyRange || (o.type.isHeap && o.type.lookup('__getitem__') !== null);
}

/** Runs `body` with a list that owns temporaries: every object pushed is released afterwards. */
function withTemps<T>(body: (temps: PyObject[]) => T): T {
  const temps: PyObject[] = [];
  try {
    return body(temps);
  } finally {
    for (let i = temps.length - 1; i >= 0; i--) decref(temps[i]!);
  }
}

function numberView(v: PyObject): { int: number | bigint } | { float: number } | undefined {
  if (v instanceof PyInt) return { int: v.v };
  if (v instanceof PyFloat) return { float: v.v };
  return undefined;
}

/** `fmt % arg` for a str fmt. */
export function percentFormat(fmt: string, arg: PyObject): string {
  return withTemps((temps) => {
    const hooks: PercentHooks<PyObject> = {
      classify: (v) => (v instanceof PyTuple ? { kind: 'tuple', items: v.items } : isMappingOperand(v) ? { kind: 'mapping' } : { kind: 'single' }),
      getItem: (m, key) => {
        const k = newStr(key);
        temps.push(k);
        const r = getItem(m, k);
        temps.push(r);
        return r;
      },
      str,
      repr,
      ascii,
      number: numberView,
      strValue: (v) => (v instanceof PyStr ? v.v : undefined),
      typeName,
      numberRequired: vm.profile.vm.messages.percentNumberRequired,
    };
    return pyPercent(fmt, arg, hooks);
  });
}

/** fmt.format(*args, **kw). */
export function strFormat(fmt: string, args: readonly PyObject[], kw: KwArgs | null): string {
  return withTemps((temps) => {
    const keep = (o: PyObject): PyObject => {
      temps.push(o);
      return o;
    };
    const hooks: StrFormatHooks<PyObject> = {
      argCount: args.length,
      positional: (i) => args[i]!,
      keyword: (name) => {
        const v = kw?.get(name);
        if (v === undefined) return keyError(keep(newStr(name)));
        return v;
      },
      getAttr: (v, name) => keep(getAttr(v, name)),
      getItem: (v, key) => {
        const k = keep(typeof key === 'number' ? newInt(key) : newStr(key));
        return keep(getItem(v, k));
      },
      convert: (v, c) => keep(newStr(c === 's' ? str(v) : c === 'r' ? repr(v) : ascii(v))),
      format,
    };
    return pyStrFormat(fmt, hooks);
  });
}

/** format(o, spec) for any object: a user __format__, else the builtin types' rules. */
export function format(o: PyObject, spec: string): string {
  if (o.type.isHeap) {
    const m = o.type.lookup('__format__');
    if (m && m instanceof PyFunction) {
      const s = newStr(spec);
      let r: PyObject;
      try {
        r = callObject(m, [o, s]);
      } finally {
        decref(s);
      }
      if (!(r instanceof PyStr)) {
        const n = typeName(r);
        decref(r);
        return typeError(`__format__ must return a str, not ${n}`);
      }
      const out = r.v;
      decref(r);
      return out;
    }
  }
  if (o instanceof PyStr) return formatStr(o.v, spec);
  if (o instanceof PyInt) {
    if (o.type === boolType) return formatBool(o.v !== 0, spec);
    return formatInt(o.v, spec);
  }
  if (o instanceof PyFloat) return formatFloat(o.v, spec);
  if (spec === '') return str(o);
  return typeError(`unsupported format string passed to ${o.type.name}.__format__`);
}
