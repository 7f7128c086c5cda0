// The collector's walk (moveUnreachableBy, src/vm/memory/collector.ts): which candidates are
// garbage, and the order CPython's move_unreachable leaves the survivors in (the order later
// finalizers run in, at interpreter exit too). Random graphs against a plain reachability
// computation, and the list case CPython's traversal order decides.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveUnreachableBy } from '../../../src/vm/memory/collector.js';
import { makeType, resetHeap } from '../../../src/vm/objects/base.js';
import { PyList } from '../../../src/vm/objects/containers.js';
import { PyInstance } from '../../../src/vm/objects/callables.js';

interface Node {
  readonly id: number;
  refs: number;
  edges: number[];
}

/** A graph: node i references edges[i]; extra[i] references come from outside the candidates. */
const graphArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    edges: fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 4 }), { minLength: n, maxLength: n }),
    extra: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
  }),
);

function build(g: { edges: number[][]; extra: number[] }): Node[] {
  const nodes: Node[] = g.edges.map((e, id) => ({ id, refs: g.extra[id]!, edges: e }));
  for (const n of nodes) for (const t of n.edges) nodes[t]!.refs++;
  return nodes;
}

function walk(nodes: Node[]) {
  return moveUnreachableBy<Node>(nodes, (n) => n.refs, (n, visit) => n.edges.forEach((t) => visit(nodes[t]!)));
}

describe('the collector walk', () => {
  it('garbage is exactly what no externally referenced candidate reaches; survivors are the rest', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const nodes = build(g);
        const { garbage, survivors } = walk(nodes);
        const reached = new Set<number>();
        const stack = nodes.filter((n) => g.extra[n.id]! > 0).map((n) => n.id);
        while (stack.length) {
          const i = stack.pop()!;
          if (reached.has(i)) continue;
          reached.add(i);
          stack.push(...nodes[i]!.edges);
        }
        expect(new Set(garbage.map((n) => n.id))).toEqual(new Set(nodes.filter((n) => !reached.has(n.id)).map((n) => n.id)));
        expect(new Set(survivors.map((n) => n.id))).toEqual(reached);
        expect(survivors.length + garbage.length).toBe(nodes.length);
        // garbage keeps the candidates' order
        expect(garbage.map((n) => n.id)).toEqual([...garbage.map((n) => n.id)].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });

  it('survivors found before the walk reached them keep their place; the others follow in the order found', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const nodes = build(g);
        const { survivors, inPlace } = walk(nodes);
        const kept = survivors.slice(0, inPlace).map((n) => n.id);
        expect(kept).toEqual([...kept].sort((a, b) => a - b));
        // a node kept in place had outside references, or a kept node before it references it
        for (const id of kept) {
          const referencedEarlier = nodes.some((m) => m.id < id && m.edges.includes(id) && kept.includes(m.id));
          expect(g.extra[id]! > 0 || referencedEarlier).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a list's items allocated before it move behind the survivors, last item first (CPython's list traversal)", () => {
    resetHeap();
    const T = makeType('T', null, 'instance');
    const a = new PyInstance(T);
    const b = new PyInstance(T);
    const list = new PyList([a, b]); // takes over the only references to a and b
    const root = new PyInstance(T); // list and root: one reference each from outside
    const { garbage, survivors, inPlace } = moveUnreachableBy([a, b, list, root], (o) => o.refcnt, (o, visit) => o.traverse(visit));
    expect(garbage).toEqual([]);
    expect(survivors).toEqual([list, root, b, a]);
    expect(inPlace).toBe(2);
  });
});
