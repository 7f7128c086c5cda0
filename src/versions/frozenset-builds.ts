// Stage: version rules (constants), shared by the VM and dis. Which frozenset constants
// CPython's compiler left in their third build. When a code object is made, CPython interns its name-like str constants, also
// those in frozensets; if a frozenset's string object is replaced by a different, equal string
// that was interned before, the frozenset is rebuilt from its own iteration order (a third
// build after the literal and the constant merging, which can change its order). Depends on
// the code objects and the version's opcode names only; the interned-before list comes in.
import type { CodeObject } from '../compiler/code.js';
import type { ConstValue } from '../syntax/constant.js';
import type { OpcodeTable } from './profile.js';

/** How many times a frozenset constant was built (2 unless its order is the third build's). */
export type FrozensetBuilds = (c: ConstValue) => 2 | 3;

/** CPython's all_name_chars: only ASCII letters, digits and '_' (the strings it interns). */
const NAME_CHARS = /^[A-Za-z0-9_]*$/;

/** What CPython's constant cache holds for a string: the parser's literal or an identifier. */
type Origin = 'literal' | 'identifier';

/** Instructions of a code object as [opname, arg], caches skipped, EXTENDED_ARG folded. */
function instructions(code: CodeObject, t: OpcodeTable): [string, number][] {
  const out: [string, number][] = [];
  const b = code.code;
  let ext = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    const op = b[i]!;
    const name = t.opname[op] ?? '';
    const arg = b[i + 1]! | ext;
    ext = op === t.EXTENDED_ARG ? arg << 8 : 0;
    if (name === 'CACHE' || op === t.EXTENDED_ARG) continue;
    out.push([name, arg]);
  }
  return out;
}

/**
 * Indices of the constants the compiler made from identifier objects (already interned by
 * the parser): keyword-argument names, `from m import a, b` lists, top-level qualnames
 * (MAKE_FUNCTION's, 3.8-3.10), class names passed to __build_class__ and class-body
 * `__qualname__`s.
 */
function identifierConsts(code: CodeObject, t: OpcodeTable): Set<number> {
  const ins = instructions(code, t);
  const out = new Set<number>();
  let afterBuildClass = 0; // 1: saw LOAD_BUILD_CLASS, 2: also its MAKE_FUNCTION
  for (let k = 0; k < ins.length; k++) {
    const [name, arg] = ins[k]!;
    const prev = ins[k - 1];
    const prevConst = prev && prev[0] === 'LOAD_CONST' ? prev[1] : -1;
    const next = ins[k + 1];
    if (name === 'KW_NAMES') out.add(arg);
    else if ((name === 'CALL_FUNCTION_KW' || name === 'CALL_KW' || name === 'IMPORT_NAME' || name === 'MAKE_FUNCTION') && prevConst >= 0) {
      out.add(prevConst);
    } else if (name === 'LOAD_CONST' && next && next[0].startsWith('STORE_NAME') && code.names[next[1]] === '__qualname__') {
      out.add(arg);
    }
    if (name === 'LOAD_BUILD_CLASS') afterBuildClass = 1;
    else if (afterBuildClass === 1 && name === 'MAKE_FUNCTION') afterBuildClass = 2;
    else if (afterBuildClass === 2 && name === 'LOAD_CONST') {
      out.add(arg);
      afterBuildClass = 0;
    }
  }
  return out;
}

/** The str values a constant holds (itself, or the items of a tuple or frozenset, recursively). */
function strsOf(c: ConstValue, out: string[]): string[] {
  if (c.kind === 'str') out.push(c.value);
  else if (c.kind === 'tuple' || c.kind === 'frozenset') for (const it of c.items) strsOf(it, out);
  return out;
}

/**
 * Walks the module's constants in the order CPython's compiler registered them in its
 * module-wide constant cache (a function's body before the code constant that holds it) and
 * decides each frozenset's build count: a name-like str item triggers the third build when the
 * object the frozenset holds is a literal (no identifier constant registered it first) and an
 * equal string was interned before: at startup, or, for 2+ characters, as an identifier of the
 * module (strings of 0 or 1 character are shared objects the parser's identifiers reuse).
 * Strings in tuples inside a frozenset do not count (CPython ignores that result).
 */
export function frozensetBuildPlan(root: CodeObject, opcodes: OpcodeTable, startup: ReadonlySet<string>): FrozensetBuilds {
  // Every identifier of the module was interned by the parser before any code object was made.
  const identifiers = new Set<string>();
  const idConsts = new Map<CodeObject, Set<number>>();
  const collect = (co: CodeObject): void => {
    if (idConsts.has(co)) return;
    const ids = identifierConsts(co, opcodes);
    idConsts.set(co, ids);
    for (const list of [co.names, co.varnames, co.freevars, co.cellvars]) for (const n of list) identifiers.add(n);
    identifiers.add(co.name);
    for (const i of ids) if (co.consts[i]) for (const s of strsOf(co.consts[i]!, [])) identifiers.add(s);
    for (const c of co.consts) if (c.kind === 'code') collect(c.code as CodeObject);
  };
  collect(root);
  const origin = new Map<string, Origin>();
  const plan = new Map<ConstValue, 2 | 3>();
  const interned = (s: string): boolean => startup.has(s) || (s.length >= 2 && identifiers.has(s));
  const walk = (co: CodeObject): void => {
    const ids = idConsts.get(co) ?? new Set<number>();
    co.consts.forEach((c, i) => {
      if (c.kind === 'code') {
        walk(c.code as CodeObject);
        return;
      }
      if (c.kind === 'frozenset') {
        let builds: 2 | 3 = 2;
        for (const it of c.items) {
          if (it.kind !== 'str' || !NAME_CHARS.test(it.value)) continue;
          const o = origin.get(it.value) ?? 'literal';
          if (o === 'literal' && interned(it.value)) builds = 3;
        }
        if (!plan.has(c)) plan.set(c, builds);
      }
      const o: Origin = ids.has(i) ? 'identifier' : 'literal';
      for (const s of strsOf(c, [])) if (!origin.has(s)) origin.set(s, o);
    });
  };
  walk(root);
  return (c) => plan.get(c) ?? 2;
}
