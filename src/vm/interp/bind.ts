// Stage: VM interpreter. Binding call arguments to a Python function's fast locals (positional,
// defaults, keywords, keyword-only, *args, **kwargs) with CPython 3.8's TypeError messages.
// Arguments are borrowed; the frame takes its own references.
import { PyObject, incref } from '../objects/base.js';
import { PyFunction, strKey } from '../objects/callables.js';
import { PyDict, newTuple } from '../objects/containers.js';
import { typeError } from '../objects/exceptions.js';
import { PyStr } from '../objects/scalars.js';
import type { Frame } from './frame.js';
import { vm } from './state.js';

const CO_VARARGS = 4;
const CO_VARKEYWORDS = 8;

function names(list: string[]): string {
  const q = list.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Fill frame.locals from args[start .. start+n) and keywords (kwNames[i] -> kwValues[i]).
 */
export function bindArgs(
  fn: PyFunction,
  frame: Frame,
  args: readonly PyObject[],
  start: number,
  n: number,
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
): void {
  const c = fn.code.code;
  const loc = frame.locals;
  const argc = c.argcount;
  const kwonly = c.kwonlyargcount;
  const flags = c.flags;
  if (n === argc && kwNames === null && !(flags & CO_VARARGS) && kwonly === 0 && !(flags & CO_VARKEYWORDS)) {
    for (let i = 0; i < n; i++) {
      const v = args[start + i]!;
      v.refcnt++;
      loc[i] = v;
    }
    return;
  }
  const total = argc + kwonly;
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    loc[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const npos = Math.min(n, argc);
  for (let i = 0; i < npos; i++) {
    const v = args[start + i]!;
    incref(v);
    loc[i] = v;
  }
  if (flags & CO_VARARGS) {
    const extra: PyObject[] = [];
    for (let i = npos; i < n; i++) {
      const v = args[start + i]!;
      incref(v);
      extra.push(v);
    }
    loc[total] = newTuple(extra);
  } else if (n > argc) {
    const defs = fn.defaults ? fn.defaults.items.length : 0;
    const kwGiven = kwNames ? kwNames.filter((k) => c.varnames.indexOf(k) >= argc && c.varnames.indexOf(k) < total).length : 0;
    const takes = defs > 0 ? `from ${argc - defs} to ${argc} positional arguments` : `${argc} positional argument${argc === 1 ? '' : 's'}`;
    const given = kwGiven > 0
      ? `${n} positional argument${n === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
      : `${n} ${n === 1 ? 'was' : 'were'} given`;
    typeError(`${callName(fn)}() takes ${takes} but ${given}`);
  }
  if (kwNames) {
    for (let k = 0; k < kwNames.length; k++) {
      const name = kwNames[k]!;
      const v = kwValues![k]!;
      let idx = -1;
      for (let j = c.posonlyargcount; j < total; j++) {
        if (c.varnames[j] === name) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (!kwdict) typeError(`${callName(fn)}() got an unexpected keyword argument '${name}'`);
        kwdict!.setStr(name, strKey(name), v);
        continue;
      }
      if (loc[idx]) typeError(`${callName(fn)}() got multiple values for argument '${name}'`);
      incref(v);
      loc[idx] = v;
    }
  }
  // Defaults for missing positionals.
  const defs = fn.defaults ? fn.defaults.items : [];
  const firstDef = argc - defs.length;
  const missing: string[] = [];
  for (let i = n; i < argc; i++) {
    if (loc[i]) continue;
    if (i >= firstDef) {
      const v = defs[i - firstDef]!;
      incref(v);
      loc[i] = v;
    } else missing.push(c.varnames[i]!);
  }
  if (missing.length) {
    typeError(`${callName(fn)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${names(missing)}`);
  }
  const kwMissing: string[] = [];
  for (let i = argc; i < total; i++) {
    if (loc[i]) continue;
    const name = c.varnames[i]!;
    const d = fn.kwdefaults ? fn.kwdefaults.getStr(name) : undefined;
    if (d) {
      incref(d);
      loc[i] = d;
    } else kwMissing.push(name);
  }
  if (kwMissing.length) {
    typeError(`${callName(fn)}() missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? '' : 's'}: ${names(kwMissing)}`);
  }
}

export function kwFromDict(d: PyDict): { names: string[]; values: PyObject[] } {
  const names: string[] = [];
  const values: PyObject[] = [];
  for (const e of d.map.values()) {
    if (!(e.key instanceof PyStr)) typeError('keywords must be strings');
    names.push((e.key as PyStr).v);
    values.push(e.value);
  }
  return { names, values };
}

/** The function as argument-binding errors name it (qualname from 3.10, the profile's rule). */
function callName(fn: PyFunction): string {
  return vm.profile.vm.messages.callErrorsUseQualname ? fn.qualname : fn.code.code.name;
}
