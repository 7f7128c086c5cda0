// Symbol table: scope classification and the SyntaxErrors CPython 3.8's symtable raises.
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../../src/syntax/parser.js';
import { makeSource } from '../../../src/source/source.js';
import { buildSymtable, type SymbolTableEntry } from '../../../src/semantics/symtable.js';
import { PySyntaxDiagnostic } from '../../../src/source/diagnostics.js';
import { py38 } from '../../../src/versions/py38/profile.js';

function table(text: string) {
  const src = makeSource('t.py', text);
  return buildSymtable(parseModule(src), src);
}
function child(ste: SymbolTableEntry, name: string): SymbolTableEntry {
  const c = ste.children.find((x) => x.name === name);
  if (!c) throw new Error(`no child ${name}`);
  return c;
}
function syntaxError(text: string): { msg: string; lineno: number } {
  const src = makeSource('t.py', text);
  try {
    py38.compileModule(parseModule(src), src);
  } catch (e) {
    if (e instanceof PySyntaxDiagnostic) return { msg: e.msg, lineno: e.lineno };
    throw e;
  }
  throw new Error('no SyntaxError');
}

describe('symtable scopes', () => {
  it('classifies locals, globals, free and cell variables', () => {
    const st = table('g = 1\ndef f(a):\n    b = a\n    def h():\n        return b + g + c\n    return h\n');
    const f = child(st.top, 'f');
    const h = child(f, 'h');
    expect(f.scopeOf('a')).toBe('LOCAL');
    expect(f.scopeOf('b')).toBe('CELL');
    expect(h.scopeOf('b')).toBe('FREE');
    expect(h.scopeOf('g')).toBe('GLOBAL_IMPLICIT');
    expect(h.scopeOf('c')).toBe('GLOBAL_IMPLICIT');
    expect(st.top.scopeOf('g')).toBe('LOCAL');
  });

  it('a global declaration in a function makes the module name explicit-global', () => {
    const st = table('x = 0\ndef f():\n    global x\n    x += 1\n');
    expect(st.top.scopeOf('x')).toBe('GLOBAL_EXPLICIT');
    expect(child(st.top, 'f').scopeOf('x')).toBe('GLOBAL_EXPLICIT');
  });

  it('super() in a method creates the __class__ cell of the class', () => {
    const st = table('class C:\n    def m(self):\n        return super().m()\n');
    const c = child(st.top, 'C');
    expect(c.needsClassClosure).toBe(true);
    expect(child(c, 'm').scopeOf('__class__')).toBe('FREE');
  });

  it('comprehensions are function scopes with the implicit .0 parameter', () => {
    const st = table('def f(xs):\n    return [x * k for x in xs]\n');
    const comp = child(child(st.top, 'f'), 'listcomp');
    expect(comp.varnames).toEqual(['.0']);
    expect(comp.scopeOf('x')).toBe('LOCAL');
    expect(comp.scopeOf('k')).toBe('GLOBAL_IMPLICIT');
  });

  it('nonlocal binds to the enclosing function', () => {
    const st = table('def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n    return g\n');
    expect(child(st.top, 'f').scopeOf('n')).toBe('CELL');
    expect(child(child(st.top, 'f'), 'g').scopeOf('n')).toBe('FREE');
  });
});

describe('SyntaxErrors (CPython 3.8 messages and lines)', () => {
  const cases: [string, string, number][] = [
    ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3],
    ['def f():\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration", 3],
    ['def f(x):\n    global x\n', "name 'x' is parameter and global", 2],
    ['def f():\n    nonlocal q\n', "no binding for nonlocal 'q' found", 2],
    ['nonlocal q\n', 'nonlocal declaration not allowed at module level', 1],
    ['def f(a, a):\n    pass\n', "duplicate argument 'a' in function definition", 1],
    ['def f():\n    from os import *\n', 'import * only allowed at module level', 1],
    ['x = 1\nreturn x\n', "'return' outside function", 2],
    ['break\n', "'break' outside loop", 1],
    ['while x:\n    def f():\n        continue\n', "'continue' not properly in loop", 3],
  ];
  it.each(cases)('%j', (text, msg, lineno) => {
    expect(syntaxError(text)).toEqual({ msg, lineno });
  });
});
