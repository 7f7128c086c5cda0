import { describe, expect, it } from 'vitest';
import * as S from '../../../src/pylib/strmethods.js';
import * as C from '../../../src/pylib/strcase.js';
import { pyIndex, pyLen, pyRepeat, pySlice, pyStrCompare } from '../../../src/pylib/pyseq.js';
import { dec, loadGolden, outcome, Tally, type Enc, type Val } from './golden.js';

function enc(v: unknown): unknown {
  if (typeof v === 'string') return { s: v };
  if (typeof v === 'boolean') return { b: v };
  if (typeof v === 'number') return 'i:' + v;
  if (Array.isArray(v)) return v.length === 3 && (v as unknown[]).every((x) => typeof x === 'string') && tupleMode ? { t: v.map(enc) } : { l: v.map(enc) };
  return v;
}
let tupleMode = false;

/** Plain JS argument from a decoded golden value (None -> undefined, tuples -> arrays). */
function arg(v: Val): unknown {
  switch (v.k) {
    case 'none':
      return undefined;
    case 'int':
      return Number(v.v);
    case 'str':
    case 'bool':
      return v.v;
    case 'tuple':
    case 'list':
      return v.v.map(arg);
    default:
      throw new Error('unexpected arg ' + v.k);
  }
}

type Fn = (s: string, ...a: any[]) => unknown;
const METHODS: Record<string, Fn> = {
  split: S.strSplit,
  rsplit: S.strRsplit,
  splitlines: S.strSplitlines,
  strip: S.strStrip,
  lstrip: S.strLstrip,
  rstrip: S.strRstrip,
  replace: S.strReplace,
  find: S.strFind,
  rfind: S.strRfind,
  index: S.strIndex,
  rindex: S.strRindex,
  count: S.strCount,
  startswith: S.strStartswith,
  endswith: S.strEndswith,
  upper: C.strUpper,
  lower: C.strLower,
  casefold: C.strCasefold,
  title: C.strTitle,
  capitalize: C.strCapitalize,
  swapcase: C.strSwapcase,
  isdigit: C.strIsdigit,
  isdecimal: C.strIsdecimal,
  isnumeric: C.strIsnumeric,
  isalpha: C.strIsalpha,
  isalnum: C.strIsalnum,
  isspace: C.strIsspace,
  isupper: C.strIsupper,
  islower: C.strIslower,
  istitle: C.strIstitle,
  isidentifier: C.strIsidentifier,
  isprintable: C.strIsprintable,
  isascii: C.strIsascii,
  center: S.strCenter,
  ljust: S.strLjust,
  rjust: S.strRjust,
  zfill: S.strZfill,
  partition: S.strPartition,
  rpartition: S.strRpartition,
  expandtabs: S.strExpandtabs,
  getitem: pyIndex,
  slice: pySlice,
  len: pyLen,
  repeat: pyRepeat,
};

interface StrGolden {
  methods: [string, string, Enc, Enc][];
  compare: [string, string, number][];
  case_maps: [number, string, string, string, string, string, string][];
}

describe('str methods against CPython 3.8 goldens', () => {
  const g = loadGolden<StrGolden>('str_methods');
  it('methods, indexing and slicing', () => {
    const t = new Tally();
    for (const [name, s, argsEnc, want] of g.methods) {
      const args = (dec(argsEnc) as { v: Val[] }).v.map(arg);
      // trailing None arguments are simply omitted
      tupleMode = name === 'partition' || name === 'rpartition';
      const got = outcome(() => enc(METHODS[name]!(s, ...args)));
      t.check(`${JSON.stringify(s).slice(0, 30)}.${name}(${JSON.stringify(args)})`, got, want);
    }
    t.report('str methods');
    expect(t.bad).toEqual([]);
  });
  it('comparison by code point', () => {
    const t = new Tally();
    for (const [a, b, want] of g.compare) t.check(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`, pyStrCompare(a, b), want);
    t.report('str compare');
    expect(t.bad).toEqual([]);
  });
  it('case mappings of every cased code point', () => {
    const t = new Tally();
    const fns = [C.strUpper, C.strLower, C.strCasefold, C.strTitle, C.strSwapcase, C.strCapitalize];
    const names = ['upper', 'lower', 'casefold', 'title', 'swapcase', 'capitalize'];
    for (const [cp, ...want] of g.case_maps) {
      const ch = String.fromCodePoint(cp);
      fns.forEach((f, i) => t.check(`U+${cp.toString(16)} ${names[i]}`, f(ch), want[i]));
    }
    t.report('case maps');
    expect(t.bad).toEqual([]);
  });
  it('every other code point of planes 0-1 maps to itself (no newer-Unicode mappings leak in)', () => {
    const mapped = new Set(g.case_maps.map((r) => r[0]));
    const bad: string[] = [];
    for (let cp = 0; cp < 0x20000; cp++) {
      if (mapped.has(cp) || (cp >= 0xd800 && cp < 0xe000)) continue;
      const ch = String.fromCodePoint(cp);
      for (const f of [C.strUpper, C.strLower, C.strCasefold, C.strTitle, C.strSwapcase]) {
        if (f(ch) !== ch) bad.push(`U+${cp.toString(16)} ${f.name}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
