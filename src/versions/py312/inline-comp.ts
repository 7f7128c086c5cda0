// Stage: version profile (3.12 inlined comprehensions, PEP 709). List/set/dict comprehensions
// run in the enclosing frame: the names they bind are saved with LOAD_FAST_AND_CLEAR, the
// body runs under a virtual try, and the saved values are restored on both exits. Also the
// symbol-table adjustment (inline_comprehension): comprehension locals join the enclosing
// scope, and enclosing locals used only by inlined comprehensions stop being cells.
import type * as A from '../../syntax/ast.js';
import type { SymbolTable, SymbolTableEntry, Scope } from '../../semantics/symtable.js';
import { DEF_PARAM, DEF_LOCAL, DEF_NONLOCAL } from '../../semantics/symtable.js';
import type { XCompiler } from '../../compiler/xt/xcompiler.js';
import { COMP_BUILD, comprehensionGenerator, type Comp } from '../../compiler/xt/xscope.js';
import { visitExpr } from '../../compiler/xt/xexpr.js';
import { addName, NO_LOC } from '../../compiler/xt/xunit.js';
import { locOf } from '../../compiler/xt/xcompiler.js';

export function isInlined(ste: SymbolTableEntry): boolean {
  return ste.comprehension && ste.name !== 'genexpr';
}

function freeInChildren(ste: SymbolTableEntry, k: string): boolean {
  for (const ch of ste.children) {
    if (isInlined(ch) ? freeInChildren(ch, k) : ch.scopeOf(k) === 'FREE') return true;
  }
  return false;
}

function adjust(ste: SymbolTableEntry): void {
  for (const ch of ste.children) adjust(ch);
  const shared: [SymbolTableEntry, string][] = [];
  for (const comp of ste.children) {
    if (!isInlined(comp)) continue;
    for (const [k, flags] of comp.symbols) {
      if (flags & DEF_PARAM) continue;
      const scope = comp.scopeOf(k);
      const existing = ste.symbols.get(k);
      if (existing === undefined) {
        ste.symbols.set(k, flags);
        if (scope) ste.scopes.set(k, scope);
      } else if (scope === 'FREE' && ste.type !== 'class') {
        shared.push([comp, k]);
      } else if (scope === 'CELL' && ste.scopeOf(k) === 'LOCAL') {
        ste.scopes.set(k, 'CELL');
      }
    }
  }
  if (ste.type === 'function') {
    for (const [k, sc] of ste.scopes) {
      if (sc === 'CELL' && !freeInChildren(ste, k) && !(ste.needsClassClosure && k === '__class__')) {
        ste.scopes.set(k, 'LOCAL');
      }
    }
  }
  // A free name the enclosing scope knows is simply the enclosing scope's variable, also in
  // comprehensions inlined into the comprehension.
  for (const [comp, k] of shared) shareDown(comp, k, ste.scopeOf(k) ?? 'LOCAL');
}

function shareDown(comp: SymbolTableEntry, k: string, scope: Scope): void {
  comp.scopes.set(k, scope);
  for (const ch of comp.children) if (isInlined(ch) && ch.scopeOf(k) === 'FREE') shareDown(ch, k, scope);
}

/** Applies inline_comprehension's scope changes to a freshly built symbol table. */
export function inlineComprehensionScopes(st: SymbolTable): void {
  adjust(st.top);
}

export function inlineComprehension312(c: XCompiler, e: Comp): boolean {
  const ste = c.st.blocks.get(e);
  if (!ste || !isInlined(ste)) return false;
  const u = c.u;
  const P = u.ste;
  const loc = locOf(e);
  const outer = e.generators[0]!;
  visitExpr(c, outer.iter);
  if (c.d.getIterAtIterable) c.emit(outer.is_async ? 'GET_AITER' : 'GET_ITER', 0, null, locOf(outer.iter));
  else c.addop(outer.is_async ? 'GET_AITER' : 'GET_ITER');
  const inClassBlock = P.type === 'class' && u.inInlinedComp === 0;
  u.inInlinedComp++;
  const pushed: string[] = [];
  const temp = new Map<string, Scope | undefined>();
  const hidden: string[] = [];
  const functionLike = P.type === 'function';
  for (const [k, flags] of ste.symbols) {
    const scope = ste.scopeOf(k);
    const outsc = P.scopeOf(k);
    const local = ((flags & DEF_LOCAL) !== 0 && (flags & DEF_NONLOCAL) === 0) || inClassBlock;
    if (local) {
      c.emit('LOAD_FAST_AND_CLEAR', addName(u.varnames, k), null, loc);
      if (scope === 'CELL') c.emit('MAKE_CELL', outsc === 'FREE' ? addName(u.freevars, k) : addName(u.cellvars, k), null, loc);
      pushed.push(k);
    }
    if (scope !== outsc && !(scope === 'CELL' && outsc === 'FREE')) {
      temp.set(k, outsc);
      u.tempSymbols.add(k);
      if (scope) P.scopes.set(k, scope);
      else P.scopes.delete(k);
    }
    if (local && !functionLike && !u.fastHidden.has(k)) {
      u.fastHidden.add(k);
      hidden.push(k);
    }
  }
  let cleanup = null;
  let end = null;
  if (pushed.length) {
    c.emit('SWAP', pushed.length + 1, null, loc);
    cleanup = c.newBlock();
    end = c.newBlock();
    c.emit('SETUP_FINALLY', 0, cleanup, loc);
  }
  const old = u.loc;
  u.loc = loc;
  const build = COMP_BUILD[e.type]!;
  c.addopI(build, 0);
  c.addopI('SWAP', 2);
  comprehensionGenerator(c, e, 0, 0, true);
  u.loc = old;
  u.inInlinedComp--;
  for (const [k, outsc] of temp) {
    u.tempSymbols.delete(k);
    if (outsc) P.scopes.set(k, outsc);
    else P.scopes.delete(k);
  }
  const restore = (): void => {
    c.emit('SWAP', pushed.length + 1, null, loc);
    for (let i = pushed.length - 1; i >= 0; i--) c.emit('STORE_FAST_MAYBE_NULL', addName(u.varnames, pushed[i]!), null, loc);
  };
  if (pushed.length) {
    c.emit('POP_BLOCK', 0, null, NO_LOC);
    c.emit('JUMP', 0, end, NO_LOC);
    c.useNextBlock(cleanup!);
    c.emit('SWAP', 2, null, NO_LOC);
    c.emit('POP_TOP', 0, null, NO_LOC);
    restore();
    c.emit('RERAISE', 0, null, NO_LOC);
    c.useNextBlock(end!);
    restore();
  }
  for (const k of hidden) u.fastHidden.delete(k);
  return true;
}

export type { A };
