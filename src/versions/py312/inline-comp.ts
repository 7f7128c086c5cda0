// Stage: version profile (3.12 inlined comprehensions, PEP 709). List/set/dict comprehensions
// run in the enclosing frame: the names they bind are saved with LOAD_FAST_AND_CLEAR, the
// body runs under a virtual try, and the saved values are restored on both exits.
import type { XCompiler } from '../../compiler/xt/xcompiler.js';
import type { Comp } from '../../compiler/xt/xscope.js';

export function inlineComprehension312(_c: XCompiler, _e: Comp): boolean {
  return false;
}
