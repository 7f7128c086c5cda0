// Parser behaviours worth stating outright (the golden comparison in ast-golden.test.ts covers
// the whole grammar): constant values, string decoding, contexts, and CPython's error order.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { parseModule, parseModuleAst } from '../../../src/syntax/parser.js';
import { NotSupportedDiagnostic, PySyntaxDiagnostic } from '../../../src/source/diagnostics.js';
import type { Expr, Stmt } from '../../../src/syntax/ast.js';

const parse = (text: string) => parseModule(makeSource('t.py', text)).body;
const value = (text: string): Expr => (parse(`x = ${text}\n`)[0] as Stmt & { value: Expr }).value;
const constOf = (text: string) => {
  const e = value(text);
  if (e.type !== 'Constant') throw new Error(`not a constant: ${e.type}`);
  return e.value;
};

function errorOf(text: string): PySyntaxDiagnostic {
  try {
    parseModule(makeSource('t.py', text));
  } catch (e) {
    if (e instanceof PySyntaxDiagnostic) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parser', () => {
  it('integers are bigints of any size', () => {
    expect(constOf('12345678901234567890123456789')).toEqual({ kind: 'int', value: 12345678901234567890123456789n });
    expect(constOf('0x_ff')).toEqual({ kind: 'int', value: 255n });
    expect(constOf('0o17')).toEqual({ kind: 'int', value: 15n });
    expect(constOf('0b101')).toEqual({ kind: 'int', value: 5n });
  });

  it('floats are correctly rounded, overflow to inf', () => {
    expect(constOf('0.1')).toEqual({ kind: 'float', value: 0.1 });
    expect(constOf('1_0.5e-1_0')).toEqual({ kind: 'float', value: 10.5e-10 });
    expect(constOf('1e400')).toEqual({ kind: 'float', value: Infinity });
    expect(constOf('2j')).toEqual({ kind: 'complex', real: 0, imag: 2 });
  });

  it('string escapes and concatenation', () => {
    expect(constOf(String.raw`'a\tb\x41\u00e9\U0001F600\101\
c' "d"`)).toEqual({ kind: 'str', value: 'a\tbAé😀Acd' });
    expect(constOf(String.raw`r'\n' '\q'`)).toEqual({ kind: 'str', value: '\\n\\q' });
    expect(constOf(String.raw`b'\x00\xff' rb'\n'`)).toEqual({ kind: 'bytes', value: Uint8Array.from([0, 255, 92, 110]) });
  });

  it("u'' strings have kind 'u'", () => {
    const e = value("u'a' 'b'");
    expect(e.type === 'Constant' && e.kind).toBe('u');
  });

  it('f-strings become JoinedStr with FormattedValue parts', () => {
    const e = value("f'a{b!r:>{w}}c' 'd'");
    expect(e.type).toBe('JoinedStr');
    if (e.type !== 'JoinedStr') return;
    expect(e.values.map((v) => v.type)).toEqual(['Constant', 'FormattedValue', 'Constant']);
    const fv = e.values[1]!;
    expect(fv.type === 'FormattedValue' && fv.conversion).toBe(114);
    expect(fv.type === 'FormattedValue' && fv.format_spec?.values.map((v) => v.type)).toEqual(['Constant', 'FormattedValue']);
  });

  it('f-string self-documenting expressions', () => {
    const e = value("f'{x = }'");
    expect(e.type === 'JoinedStr' && e.values[0]).toMatchObject({ type: 'Constant', value: { kind: 'str', value: 'x = ' } });
  });

  it('assignment targets get Store, del targets Del', () => {
    const [a, d] = parse('a, [b, *c] = x\ndel y.z, w[0]\n');
    expect(a!.type === 'Assign' && a.targets[0]).toMatchObject({
      type: 'Tuple', ctx: 'Store',
      elts: [{ ctx: 'Store' }, { type: 'List', ctx: 'Store', elts: [{ ctx: 'Store' }, { type: 'Starred', ctx: 'Store' }] }],
    });
    expect(d!.type === 'Delete' && d.targets.map((t) => (t as { ctx: string }).ctx)).toEqual(['Del', 'Del']);
  });

  it('grammar errors come before ast.c errors, which come before compiler errors', () => {
    expect(errorOf('return 1\nf() = 1\nx = (\n').msg).toBe('unexpected EOF while parsing');
    expect(errorOf('return 1\nf() = 1\n').msg).toBe('cannot assign to function call');
    expect(errorOf('return 1\n').msg).toBe("'return' outside function");
  });

  it('parseModuleAst skips the symtable and compiler checks, like ast.parse', () => {
    expect(parseModuleAst(makeSource('t.py', 'return 1\n')).body[0]!.type).toBe('Return');
  });

  it('\\N{...} escapes are not supported yet', () => {
    expect(() => parse("x = '\\N{BULLET}'\n")).toThrow(NotSupportedDiagnostic);
  });

  it('identifiers are NFKC-normalized', () => {
    expect(value('ﬁ')).toMatchObject({ type: 'Name', id: 'fi' });
  });

  it('line numbers survive continuation lines and multi-line strings', () => {
    const body = parse('x = """a\nb"""\ny = 1 + \\\n  2\nz = (\n 3)\n');
    expect(body.map((s) => [s.lineno, s.end_lineno])).toEqual([[1, 2], [3, 4], [5, 6]]);
  });
});
