import { describe, expect, it } from 'vitest';
import { parseFormatStringAll, splitFieldName, strFormat, type StrFormatHooks } from '../../../src/pylib/str-format.js';
import { formatBool, formatFloat, formatInt, formatStr } from '../../../src/pylib/format.js';
import { PyError } from '../../../src/pylib/errors.js';
import { dec, loadGolden, outcome, Tally, type Enc, type Val } from './golden.js';
import { hooks as pct, typeName, valRepr, valStr } from './values.js';
import { pyIndex } from '../../../src/pylib/pyseq.js';

interface G {
  parse: [string, { parsed?: [string, string | null, string | null, string | null][]; error?: string; msg?: string }][];
  split: [string, { first?: Enc; rest?: [boolean, Enc][]; error?: string; msg?: string }][];
  format: { args: Enc; kwargs: Enc; cases: [string, Enc][] };
}

function encKey(k: string | number): Enc {
  return typeof k === 'number' ? 'i:' + k : { s: k };
}

function formatVal(v: Val, spec: string): string {
  switch (v.k) {
    case 'int':
      return formatInt(v.v, spec);
    case 'float':
      return formatFloat(v.v, spec);
    case 'str':
      return formatStr(v.v, spec);
    case 'bool':
      return formatBool(v.v, spec);
    default:
      if (spec !== '') throw new PyError('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
      return valStr(v);
  }
}

describe('str.format against CPython 3.8 goldens', () => {
  const g = loadGolden<G>('str_format');
  it('formatter_parser', () => {
    const t = new Tally();
    for (const [tpl, want] of g.parse) {
      const got = outcome(() => ({
        parsed: parseFormatStringAll(tpl).map((c) =>
          c.field ? [c.literal, c.field.name, c.field.spec, c.field.conversion ?? null] : [c.literal, null, null, null],
        ),
      }));
      t.check(JSON.stringify(tpl), got, want);
    }
    t.report('formatter_parser');
    expect(t.bad).toEqual([]);
  });
  it('formatter_field_name_split', () => {
    const t = new Tally();
    for (const [name, want] of g.split) {
      const got = outcome(() => {
        const r = splitFieldName(name);
        return { first: encKey(r.first), rest: r.rest.map((x) => [x.attr, encKey(x.key)]) };
      });
      t.check(JSON.stringify(name), got, want);
    }
    t.report('field_name_split');
    expect(t.bad).toEqual([]);
  });
  it('format(*args, **kwargs)', () => {
    const args = (dec(g.format.args) as { v: Val[] }).v;
    const kwargs = (dec(g.format.kwargs) as { v: [string, Val][] }).v;
    const hooks: StrFormatHooks<Val> = {
      argCount: args.length,
      positional: (i) => args[i]!,
      keyword: (name) => {
        const hit = kwargs.find(([k]) => k === name);
        if (!hit) throw new PyError('KeyError', valRepr({ k: 'str', v: name }));
        return hit[1];
      },
      getAttr: (v, name) => {
        if (v.k === 'int' && name === 'real') return v;
        throw new PyError('AttributeError', `'${typeName(v)}' object has no attribute '${name}'`);
      },
      getItem: (v, key) => {
        if (v.k === 'str') {
          if (typeof key !== 'number') throw new PyError('TypeError', 'string indices must be integers');
          return { k: 'str', v: pyIndex(v.v, key) };
        }
        throw new PyError('TypeError', `'${typeName(v)}' object is not subscriptable`);
      },
      convert: (v, c) => ({ k: 'str', v: c === 's' ? valStr(v) : c === 'r' ? valRepr(v) : pct.ascii(v) }),
      format: formatVal,
    };
    const t = new Tally();
    for (const [tpl, want] of g.format.cases) {
      t.check(JSON.stringify(tpl), outcome(() => ({ s: strFormat(tpl, hooks) })), want);
    }
    t.report('str.format');
    expect(t.bad).toEqual([]);
  });
});
