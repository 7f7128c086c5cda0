// Stage: compiler (code generation shared by both generators, CPython 3.9+). The dict-building
// sequences with DICT_UPDATE / DICT_MERGE: a dict display with `**m` items, and the keyword part
// of a CALL_FUNCTION_EX call. Chunk sizes and sub-dict shapes differ by version, so the caller
// supplies them. Depends only on the AST; expressions are emitted through callbacks.
import type * as A from '../syntax/ast.js';
import type { ConstValue } from '../syntax/constant.js';

/** compiler_call_helper's keyword loop; leaves one dict on the stack when keywords is non-empty. */
export function mergeKeywords(
  c: { addopI(op: string, arg: number): void },
  keywords: readonly A.Keyword[],
  subkwargs: (begin: number, end: number) => void,
  visit: (e: A.Expr) => void,
): void {
  const nkw = keywords.length;
  let haveDict = false;
  let nseen = 0;
  for (let i = 0; i < nkw; i++) {
    const kw = keywords[i]!;
    if (kw.arg === null) {
      if (nseen) {
        subkwargs(i - nseen, i);
        if (haveDict) c.addopI('DICT_MERGE', 1);
        haveDict = true;
        nseen = 0;
      }
      if (!haveDict) {
        c.addopI('BUILD_MAP', 0);
        haveDict = true;
      }
      visit(kw.value);
      c.addopI('DICT_MERGE', 1);
    } else {
      nseen++;
    }
  }
  if (nseen) {
    subkwargs(nkw - nseen, nkw);
    if (haveDict) c.addopI('DICT_MERGE', 1);
  }
}

/** compiler_dict (3.9+): runs of key/value pairs as sub-dicts, merged with each `**m` by DICT_UPDATE. */
export function buildDict(
  c: { addopI(op: string, arg: number): void },
  e: A.Dict,
  subdict: (from: number, to: number) => void,
  chunkFull: (elements: number) => boolean,
  visit: (e: A.Expr) => void,
): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(i - elements, i);
        if (haveDict) c.addopI('DICT_UPDATE', 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI('BUILD_MAP', 0);
        haveDict = true;
      }
      visit(e.values[i]!);
      c.addopI('DICT_UPDATE', 1);
    } else if (chunkFull(elements)) {
      subdict(i - elements, i + 1);
      if (haveDict) c.addopI('DICT_UPDATE', 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(n - elements, n);
    if (haveDict) c.addopI('DICT_UPDATE', 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI('BUILD_MAP', 0);
}

/**
 * compiler_subdict: items from..to as one dict: a BUILD_CONST_KEY_MAP when there are several
 * constant keys, else BUILD_MAP n; when big (3.10+ stack-use guideline), BUILD_MAP 0 + MAP_ADD.
 */
export function subdict(
  c: { addopI(op: string, arg: number): void; loadConst(v: ConstValue): void },
  e: A.Dict,
  from: number,
  to: number,
  big: boolean,
  visit: (e: A.Expr) => void,
): void {
  const n = to - from;
  const keys = e.keys.slice(from, to);
  if (n > 1 && !big && keys.every((k) => k !== null && k.type === 'Constant')) {
    for (let i = from; i < to; i++) visit(e.values[i]!);
    c.loadConst({ kind: 'tuple', items: keys.map((k) => (k as A.Constant).value) });
    c.addopI('BUILD_CONST_KEY_MAP', n);
    return;
  }
  if (big) c.addopI('BUILD_MAP', 0);
  for (let i = from; i < to; i++) {
    visit(e.keys[i]!);
    visit(e.values[i]!);
    if (big) c.addopI('MAP_ADD', 1);
  }
  if (!big) c.addopI('BUILD_MAP', n);
}
