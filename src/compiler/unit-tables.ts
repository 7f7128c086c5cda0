// Stage: compiler (code generation state shared by both generators). The per-code-object
// tables of CPython's struct compiler_unit (constants, names, locals, cells, free variables,
// basic blocks), the closure-variable order and the __qualname__ rule. No byte encodings, no
// instruction shapes and no version knowledge: block-stack and exception-table units extend it.
import type * as A from '../syntax/ast.js';
import type { ConstValue } from '../syntax/constant.js';
import type { SymbolTableEntry } from '../semantics/symtable.js';
import { DEF_FREE_CLASS } from '../semantics/symtable.js';
import { mangle } from '../semantics/mangle.js';
import { constKey } from './const-key.js';
import { CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR } from './code.js';

export type ScopeType = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** The tables of one unit; B is the generator's basic-block type. */
export abstract class UnitTables<B> {
  readonly consts: ConstValue[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  readonly blocks: B[] = [];
  cur: B;
  readonly entry: B;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  qualname = '';
  private nextBlockId = 0;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    public firstlineno: number,
    public privateName: string | null,
    private readonly makeBlock: (id: number) => B,
  ) {
    for (const v of ste.varnames) this.varnames.set(v, this.varnames.size);
    this.entry = this.newBlock();
    this.cur = this.entry;
  }

  newBlock(): B {
    const b = this.makeBlock(this.nextBlockId++);
    this.blocks.push(b);
    return b;
  }

  addConst(c: ConstValue): number {
    const key = constKey(c);
    const found = this.constIndex.get(key);
    if (found !== undefined) return found;
    const i = this.consts.length;
    this.consts.push(c);
    this.constIndex.set(key, i);
    return i;
  }

  /** co_argcount, co_posonlyargcount and co_kwonlyargcount of a function or lambda. */
  setArgCounts(args: A.Arguments): void {
    this.argcount = args.args.length;
    this.posonlyargcount = args.posonlyargs.length;
    this.kwonlyargcount = args.kwonlyargs.length;
  }

  /** Cell variables (sorted; __class__ first when a method needs it), then free variables. */
  initClosureVars(): void {
    const ste = this.ste;
    for (const n of sortedByScope(ste, (sc) => sc === 'CELL')) this.cellvars.set(n, this.cellvars.size);
    if (ste.needsClassClosure) this.cellvars.set('__class__', 0);
    const frees = sortedByScope(ste, (sc, flags) => sc === 'FREE' || (flags & DEF_FREE_CLASS) !== 0);
    for (const n of frees) this.freevars.set(n, this.cellvars.size + this.freevars.size);
  }

  /** The co_flags that follow from the scope alone: function, nested, generator, *args, **kwargs. */
  scopeFlags(): number {
    const ste = this.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
  }

  /** compiler_set_qualname; stack holds the enclosing units, outermost (module) first. */
  setQualname(stack: readonly UnitTables<unknown>[]): void {
    let base: string | null = null;
    if (stack.length > 1) {
      const parent = stack[stack.length - 1]!;
      let forceGlobal = false;
      if (this.scopeType === 'function' || this.scopeType === 'class') {
        const m = mangle(parent.privateName, this.name);
        if (parent.ste.scopeOf(m) === 'GLOBAL_EXPLICIT') forceGlobal = true;
      }
      if (!forceGlobal) {
        base = parent.scopeType === 'function' || parent.scopeType === 'lambda'
          ? `${parent.qualname}.<locals>`
          : parent.qualname;
      }
    }
    this.qualname = base ? `${base}.${this.name}` : this.name;
  }
}

export function addName(dict: Map<string, number>, name: string): number {
  const found = dict.get(name);
  if (found !== undefined) return found;
  const i = dict.size;
  dict.set(name, i);
  return i;
}

/** A name table's names in index order (co_names, co_varnames, ...). */
export function namesInOrder(m: Map<string, number>): string[] {
  return [...m.entries()].sort((a, b) => a[1] - b[1]).map((e) => e[0]);
}

function sortedByScope(ste: SymbolTableEntry, pick: (sc: string | undefined, flags: number) => boolean): string[] {
  const out: string[] = [];
  for (const [name, flags] of ste.symbols) if (pick(ste.scopeOf(name), flags)) out.push(name);
  return out.sort(pyStrCompare);
}

/** Python's str ordering (by code point), used where CPython sorts names. */
export function pyStrCompare(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0)!);
  const y = Array.from(b, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
