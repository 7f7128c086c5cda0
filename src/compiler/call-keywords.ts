// Stage: compiler (code generation shared by both generators, CPython 3.9+ calls). The
// keyword part of a CALL_FUNCTION_EX call: runs of named keywords become one dict each
// (via the caller's subkwargs, whose size rules differ by version), merged with every
// `**mapping` by DICT_MERGE. Depends only on the AST; expressions go through callbacks.
import type * as A from '../syntax/ast.js';

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
