// Stage: VM builtins. list.sort / sorted: stable sort by `<` (key, reverse), with the list
// emptied while sorting and "list modified during sort" like CPython.
import { PyObject, decref } from '../objects/base.js';
import type { KwArgs } from '../objects/callables.js';
import { PyList } from '../objects/containers.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { None } from '../objects/scalars.js';
import { callObject } from '../ops/call.js';
import { Cmp, compareBool, truthy } from '../ops/compare.js';

export function sortItems(l: PyList, kw: KwArgs | null): void {
  let key: PyObject | null = null;
  let reverse = false;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v === None ? null : v;
      else if (k === 'reverse') reverse = truthy(v);
      else typeError(`'${k}' is an invalid keyword argument for sort()`);
    }
  }
  const items = l.items;
  l.items = [];
  let keys: PyObject[] | null = null;
  try {
    if (key) {
      keys = [];
      for (const x of items) keys.push(callObject(key, [x]));
    }
    const idx = items.map((_, i) => i);
    const kv = keys ?? items;
    if (reverse) idx.reverse();
    idx.sort((a, b) => (compareBool(Cmp.LT, kv[b]!, kv[a]!) ? 1 : compareBool(Cmp.LT, kv[a]!, kv[b]!) ? -1 : 0));
    if (reverse) idx.reverse();
    const sorted = idx.map((i) => items[i]!);
    if (l.items.length) {
      const junk = l.items;
      l.items = items;
      for (const x of junk) decref(x);
      valueError('list modified during sort');
    }
    l.items = sorted;
  } catch (e) {
    if (l.items.length === 0) l.items = items;
    throw e;
  } finally {
    if (keys) for (const k of keys) decref(k);
  }
}
