// Test helper: the straight-line memory grammar of test/tools/gen-memory-programs.py (lists,
// dicts, instances, tuples, links, del, getrefcount, gc.collect at module level), a printer and
// parser for it, a fast-check arbitrary, and an independent reference model that predicts
// CPython's output (reference counts as edge counts, cycle garbage as what roots cannot reach).
import fc from 'fast-check';

export type Kind = 'list' | 'dict' | 'inst' | 'tuple';
export type Stmt =
  | { readonly k: 'new'; readonly v: number; readonly kind: 'list' | 'dict' | 'inst' }
  | { readonly k: 'wrapList'; readonly v: number; readonly a: number }
  | { readonly k: 'wrapTuple'; readonly v: number; readonly a: number; readonly b: number }
  | { readonly k: 'append'; readonly v: number; readonly w: number }
  | { readonly k: 'setitem'; readonly v: number; readonly key: number; readonly w: number }
  | { readonly k: 'setattr'; readonly v: number; readonly attr: number; readonly w: number }
  | { readonly k: 'del'; readonly vs: readonly number[] }
  | { readonly k: 'refcount'; readonly v: number }
  | { readonly k: 'collect' };

export const HEADER = 'import gc\nimport sys\n\nclass C:\n    pass\n\ngc.disable()\ngc.collect()\n';
export const VARS = 4;

export function printStmt(s: Stmt): string {
  switch (s.k) {
    case 'new': return `v${s.v} = ${s.kind === 'list' ? '[]' : s.kind === 'dict' ? '{}' : 'C()'}`;
    case 'wrapList': return `v${s.v} = [v${s.a}]`;
    case 'wrapTuple': return `v${s.v} = (v${s.a}, v${s.b})`;
    case 'append': return `v${s.v}.append(v${s.w})`;
    case 'setitem': return `v${s.v}["k${s.key}"] = v${s.w}`;
    case 'setattr': return `v${s.v}.a${s.attr} = v${s.w}`;
    case 'del': return `del ${s.vs.map((v) => `v${v}`).join(', ')}`;
    case 'refcount': return `print(sys.getrefcount(v${s.v}))`;
    case 'collect': return 'print(gc.collect())';
  }
}

export function printProgram(stmts: readonly Stmt[]): string {
  return HEADER + stmts.map(printStmt).join('\n') + '\n';
}

const PATTERNS: [RegExp, (m: RegExpMatchArray) => Stmt][] = [
  [/^v(\d) = \[\]$/, (m) => ({ k: 'new', v: +m[1]!, kind: 'list' })],
  [/^v(\d) = \{\}$/, (m) => ({ k: 'new', v: +m[1]!, kind: 'dict' })],
  [/^v(\d) = C\(\)$/, (m) => ({ k: 'new', v: +m[1]!, kind: 'inst' })],
  [/^v(\d) = \[v(\d)\]$/, (m) => ({ k: 'wrapList', v: +m[1]!, a: +m[2]! })],
  [/^v(\d) = \(v(\d), v(\d)\)$/, (m) => ({ k: 'wrapTuple', v: +m[1]!, a: +m[2]!, b: +m[3]! })],
  [/^v(\d)\.append\(v(\d)\)$/, (m) => ({ k: 'append', v: +m[1]!, w: +m[2]! })],
  [/^v(\d)\["k(\d)"\] = v(\d)$/, (m) => ({ k: 'setitem', v: +m[1]!, key: +m[2]!, w: +m[3]! })],
  [/^v(\d)\.a(\d) = v(\d)$/, (m) => ({ k: 'setattr', v: +m[1]!, attr: +m[2]!, w: +m[3]! })],
  [/^del (v\d(?:, v\d)*)$/, (m) => ({ k: 'del', vs: m[1]!.split(', ').map((x) => +x.slice(1)) })],
  [/^print\(sys\.getrefcount\(v(\d)\)\)$/, (m) => ({ k: 'refcount', v: +m[1]! })],
  [/^print\(gc\.collect\(\)\)$/, () => ({ k: 'collect' })],
];

/** Statements of a generated program (the source must start with HEADER). */
export function parseProgram(source: string): Stmt[] {
  if (!source.startsWith(HEADER)) throw new Error('not a memory-grammar program');
  return source.slice(HEADER.length).split('\n').filter((l) => l !== '').map((line) => {
    for (const [re, mk] of PATTERNS) {
      const m = re.exec(line);
      if (m) return mk(m);
    }
    throw new Error(`not in the grammar: ${line}`);
  });
}

/** Raw choices, repaired into a valid program (only bound variables used, links by kind). */
export const programArb: fc.Arbitrary<Stmt[]> = fc
  .array(
    fc.record({
      op: fc.integer({ min: 0, max: 9 }),
      v: fc.integer({ min: 0, max: VARS - 1 }),
      w: fc.integer({ min: 0, max: VARS - 1 }),
      x: fc.integer({ min: 0, max: 2 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((raw) => {
    const kinds = new Map<number, Kind>();
    const out: Stmt[] = [];
    const pick = (i: number): number | null => {
      const b = [...kinds.keys()].sort();
      return b.length ? b[i % b.length]! : null;
    };
    for (const r of raw) {
      const bv = pick(r.v);
      const bw = pick(r.w);
      if (r.op <= 2 || bv === null || bw === null) {
        const kind = (['list', 'dict', 'inst'] as const)[r.x]!;
        out.push({ k: 'new', v: r.v, kind });
        kinds.set(r.v, kind);
      } else if (r.op <= 5) {
        const w = r.x === 0 ? bv : bw;
        const kind = kinds.get(bv)!;
        if (kind === 'list') out.push({ k: 'append', v: bv, w });
        else if (kind === 'dict') out.push({ k: 'setitem', v: bv, key: r.x, w });
        else if (kind === 'inst') out.push({ k: 'setattr', v: bv, attr: r.x, w });
        else out.push({ k: 'refcount', v: bv });
      } else if (r.op === 6) {
        out.push({ k: 'del', vs: [bv] });
        kinds.delete(bv);
      } else if (r.op === 7) {
        out.push(r.x === 0 ? { k: 'collect' } : { k: 'refcount', v: bv });
      } else if (r.op === 8) {
        out.push({ k: 'wrapList', v: r.v, a: bv });
        kinds.set(r.v, 'list');
      } else {
        out.push({ k: 'wrapTuple', v: r.v, a: bv, b: bw });
        kinds.set(r.v, 'tuple');
      }
    }
    out.push({ k: 'collect' });
    const live = [...kinds.keys()].sort();
    for (const v of live) out.push({ k: 'refcount', v });
    if (live.length) out.push({ k: 'del', vs: live });
    out.push({ k: 'collect' });
    return out;
  });

interface MObj {
  readonly kind: Kind;
  rc: number;
  alive: boolean;
  /** list/tuple items in order. */
  readonly items: MObj[];
  /** dict entries or instance attributes. */
  readonly slots: Map<number, MObj>;
  /** dict: tracked since a container was stored; instance: its __dict__ exists. */
  flag: boolean;
}

export interface ModelRules {
  /** gc.collect counts an instance's __dict__ as its own object (3.8-3.10). */
  readonly instanceDictCounted: boolean;
}

/** What CPython prints for a program of the grammar, computed without any interpreter. */
export function modelOutput(stmts: readonly Stmt[], rules: ModelRules): string {
  const vars = new Map<number, MObj>();
  const out: string[] = [];
  const mk = (kind: Kind, items: MObj[] = []): MObj => {
    for (const x of items) x.rc++;
    return { kind, rc: 0, alive: true, items, slots: new Map(), flag: false };
  };
  const edges = (o: MObj): MObj[] => [...o.items, ...o.slots.values()];
  const decref = (o: MObj): void => {
    if (--o.rc > 0) return;
    o.alive = false;
    for (const e of edges(o)) decref(e);
  };
  const bind = (v: number, o: MObj): void => {
    o.rc++;
    const old = vars.get(v);
    vars.set(v, o);
    if (old) decref(old);
  };
  const store = (o: MObj, key: number, w: MObj): void => {
    w.rc++;
    const old = o.slots.get(key);
    o.slots.set(key, w);
    o.flag = true;
    if (old) decref(old);
  };
  const all: MObj[] = [];
  const track = (o: MObj): MObj => (all.push(o), o);
  for (const s of stmts) {
    switch (s.k) {
      case 'new': bind(s.v, track(mk(s.kind))); break;
      case 'wrapList': bind(s.v, track(mk('list', [vars.get(s.a)!]))); break;
      case 'wrapTuple': bind(s.v, track(mk('tuple', [vars.get(s.a)!, vars.get(s.b)!]))); break;
      case 'append': {
        const w = vars.get(s.w)!;
        w.rc++;
        vars.get(s.v)!.items.push(w);
        break;
      }
      case 'setitem': store(vars.get(s.v)!, s.key, vars.get(s.w)!); break;
      case 'setattr': store(vars.get(s.v)!, s.attr, vars.get(s.w)!); break;
      case 'del':
        for (const v of s.vs) {
          const o = vars.get(v)!;
          vars.delete(v);
          decref(o);
        }
        break;
      case 'refcount': out.push(String(vars.get(s.v)!.rc + 1)); break;
      case 'collect': {
        const reach = new Set<MObj>();
        const work = [...vars.values()];
        while (work.length) {
          const o = work.pop()!;
          if (reach.has(o)) continue;
          reach.add(o);
          work.push(...edges(o));
        }
        const garbage = all.filter((o) => o.alive && !reach.has(o));
        let n = 0;
        for (const o of garbage) {
          if (o.kind === 'dict') n += o.flag ? 1 : 0;
          else if (o.kind === 'inst') n += 1 + (o.flag && rules.instanceDictCounted ? 1 : 0);
          else n += 1;
        }
        for (const o of garbage) o.alive = false;
        for (const o of garbage) for (const e of edges(o)) if (e.alive) decref(e);
        out.push(String(n));
        break;
      }
    }
  }
  return out.map((l) => l + '\n').join('');
}
