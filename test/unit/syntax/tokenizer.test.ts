// The tokenizer: token kinds, texts and positions (UTF-8 byte columns like CPython),
// indentation, brackets, continuations, numbers, string prefixes, and its error tokens.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/syntax/tokenizer.js';
import { Tok } from '../../../src/syntax/tokens.js';

const KIND: Record<number, string> = {
  [Tok.NAME]: 'NAME', [Tok.NUMBER]: 'NUMBER', [Tok.STRING]: 'STRING', [Tok.OP]: 'OP',
  [Tok.NEWLINE]: 'NEWLINE', [Tok.INDENT]: 'INDENT', [Tok.DEDENT]: 'DEDENT',
  [Tok.ENDMARKER]: 'ENDMARKER', [Tok.ERROR]: 'ERROR',
};

/** "KIND:text" for every token. */
function kinds(src: string): string[] {
  return tokenize(src).tokens.map((t) => (t.text ? `${KIND[t.kind]}:${t.text}` : KIND[t.kind]!));
}

function positions(src: string): string[] {
  return tokenize(src).tokens.map((t) => `${t.text || KIND[t.kind]}@${t.lineno}:${t.col}-${t.endLineno}:${t.endCol}`);
}

function error(src: string) {
  const toks = tokenize(src).tokens;
  const last = toks[toks.length - 1]!;
  expect(last.kind).toBe(Tok.ERROR);
  return last.error!;
}

describe('tokenizer', () => {
  it('simple statement', () => {
    expect(kinds('x = 1\n')).toEqual(['NAME:x', 'OP:=', 'NUMBER:1', 'NEWLINE', 'ENDMARKER']);
  });

  it('adds the missing final newline', () => {
    expect(kinds('x')).toEqual(['NAME:x', 'NEWLINE', 'ENDMARKER']);
  });

  it('indent and dedent, blank and comment lines ignored', () => {
    expect(kinds('if x:\n    y\n\n  # c\n    z\nw\n')).toEqual([
      'NAME:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT', 'NAME:y', 'NEWLINE', 'NAME:z', 'NEWLINE',
      'DEDENT', 'NAME:w', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('several dedents at once and at end of file', () => {
    expect(kinds('if a:\n if b:\n  c\nd\nif e:\n f\n')).toEqual([
      'NAME:if', 'NAME:a', 'OP::', 'NEWLINE', 'INDENT', 'NAME:if', 'NAME:b', 'OP::', 'NEWLINE',
      'INDENT', 'NAME:c', 'NEWLINE', 'DEDENT', 'DEDENT', 'NAME:d', 'NEWLINE', 'NAME:if', 'NAME:e',
      'OP::', 'NEWLINE', 'INDENT', 'NAME:f', 'NEWLINE', 'DEDENT', 'ENDMARKER',
    ]);
  });

  it('tabs count to the next multiple of 8', () => {
    expect(kinds('if a:\n\tb\n\tc\n')).toContain('INDENT');
    expect(kinds('if a:\n\tb\n\tc\n').filter((k) => k === 'INDENT')).toHaveLength(1);
  });

  it('newlines inside brackets are ignored', () => {
    expect(kinds('f(1,\n  2)\n')).toEqual(['NAME:f', 'OP:(', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:)', 'NEWLINE', 'ENDMARKER']);
  });

  it('backslash continuation', () => {
    expect(kinds('x = 1 + \\\n    2\n')).toEqual(['NAME:x', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2', 'NEWLINE', 'ENDMARKER']);
  });

  it('all multi-character operators', () => {
    const ops = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=',
      '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];
    expect(kinds(ops.join(' ') + '\n').slice(0, ops.length)).toEqual(ops.map((o) => `OP:${o}`));
  });

  it('numbers', () => {
    const nums = ['0', '123', '1_000', '0x1F', '0o17', '0b1_0', '1.5', '.5', '5.', '1e10', '1E-5', '1.5e+3', '3j', '1.5J', '0e0', '00'];
    expect(kinds(nums.join(' ') + '\n').slice(0, nums.length)).toEqual(nums.map((n) => `NUMBER:${n}`));
  });

  it('a number followed by letters is two tokens (like 3.8)', () => {
    expect(kinds('1if x else 2\n').slice(0, 2)).toEqual(['NUMBER:1', 'NAME:if']);
    expect(kinds('1e\n').slice(0, 2)).toEqual(['NUMBER:1', 'NAME:e']);
  });

  it('string prefixes and quotes', () => {
    const strs = ["'a'", '"b"', "'''c'''", '"""d"""', "r'\\n'", "b'x'", "Rb'x'", "bR'x'", "f'{x}'", "rf'x'", "FR'x'", "u'x'"];
    expect(kinds(strs.join(' ') + '\n').slice(0, strs.length)).toEqual(strs.map((s) => `STRING:${s}`));
    expect(kinds("ub'x'\n").slice(0, 2)).toEqual(['NAME:ub', "STRING:'x'"]);
  });

  it('multi-line string positions', () => {
    expect(positions('x = """a\nbc""" + y\n').slice(2, 4)).toEqual(['"""a\nbc"""@1:4-2:5', '+@2:6-2:7']);
  });

  it('columns are UTF-8 byte offsets', () => {
    expect(positions("é = 'ü' + x\n").slice(0, 4)).toEqual(['é@1:0-1:2', '=@1:3-1:4', "'ü'@1:5-1:9", '+@1:10-1:11']);
  });

  it('charCol counts characters for caret offsets', () => {
    const t = tokenize("é = 'ü' + x\n").tokens;
    expect(t.map((x) => x.charCol).slice(0, 5)).toEqual([0, 2, 4, 8, 10]);
  });

  it('NEWLINE after a comment starts at the comment', () => {
    const nl = tokenize('x = 1  # c\n').tokens[3]!;
    expect([nl.kind, nl.col]).toEqual([Tok.NEWLINE, 7]);
  });

  it('universal newlines', () => {
    expect(kinds('x = 1\r\ny = 2\rz\n').filter((k) => k === 'NEWLINE')).toHaveLength(3);
  });

  describe('errors', () => {
    it.each([
      ['x = "abc\n', 'EOL while scanning string literal'],
      ['x = """abc\n', 'EOF while scanning triple-quoted string literal'],
      ['x = 1 \\ y\n', 'unexpected character after line continuation character'],
      ['if x:\n    y\n  z\n', 'unindent does not match any outer indentation level'],
      ['if x:\n\ty\n        z\n', 'inconsistent use of tabs and spaces in indentation'],
      ['x = a€b\n', 'invalid character in identifier'],
      ['x = 1)\n', "unmatched ')'"],
      ['x = (1]\n', "closing parenthesis ']' does not match opening parenthesis '('"],
      ['x = 0x\n', 'invalid hexadecimal literal'],
      ['x = 0o8\n', "invalid digit '8' in octal literal"],
      ['x = 0b\n', 'invalid binary literal'],
      ['x = 1__0\n', 'invalid decimal literal'],
      ['x = 007\n', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers'],
      ['x = ' + '('.repeat(201) + '\n', 'too many nested parentheses'],
    ])('%j', (src, msg) => {
      expect(error(src).msg).toBe(msg);
    });

    it('kinds', () => {
      expect(error('if x:\n\ty\n        z\n').kind).toBe('TabError');
      expect(error('if x:\n    y\n  z\n').kind).toBe('IndentationError');
    });

    it('100 levels of indentation are too many', () => {
      let src = '';
      for (let i = 0; i < 101; i++) src += ' '.repeat(i) + 'if x:\n';
      expect(error(src).msg).toBe('too many levels of indentation');
    });

    it('tokens before the error are kept', () => {
      const toks = tokenize('a = 1\nb = "x\n').tokens;
      expect(toks.slice(0, 4).map((t) => t.text)).toEqual(['a', '=', '1', '']);
    });
  });
});
