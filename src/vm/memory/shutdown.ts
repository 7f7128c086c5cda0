// Stage: VM memory. The collector's part in interpreter shutdown (docs/research/shutdown-finalization.md):
// CPython's Py_FinalizeEx runs a full collection if the collector is enabled, then removes
// __main__ from sys.modules, and a last full collection finds the module's dict and everything
// only it reaches unreachable: their __del__ run in the order of the collector's list, which the
// first collection's walk left behind. Classes take part in both walks in CPython (a class and
// its __dict__ are gc objects, the dict allocated just before the class); the VM's classes are
// outside the collector's lists, so here they join the walk as nodes placed by allocation order
// (object ids), each with a node for its __dict__ just before it. No interpreter deps.
import { PyObject, PyType } from '../objects/base.js';
import { moveUnreachableBy, type Walked } from './collector.js';

/** A class's __dict__ in the walk (CPython's tp_dict: the class's attribute values). */
class ClassDict {
  constructor(readonly cls: PyType) {}
}

type Node = PyObject | ClassDict;

/**
 * move_unreachable (collector.ts) over `candidates` with the classes they reach woven in: the
 * garbage in walk order and the survivors in the list's new order (classes and their __dict__
 * nodes left out of both). A class counts no references from outside (the VM's class counts are
 * not CPython's): it is kept when something the walk keeps references it, and keeps its
 * attribute values in turn.
 */
export function walkWithClasses(candidates: readonly PyObject[]): Walked<PyObject> {
  const nodes = weaveClasses(candidates);
  // (a class node counts no references: it is only ever reached)
  const walked = moveUnreachableBy<Node>(nodes, (n) => (isClassNode(n) ? 0 : (n as PyObject).refcnt), traverseNode);
  const objects = (list: readonly Node[]): PyObject[] => list.filter((n): n is PyObject => !isClassNode(n));
  return {
    garbage: objects(walked.garbage),
    survivors: objects(walked.survivors),
    inPlace: objects(walked.survivors.slice(0, walked.inPlace)).length,
  };
}

function isClassNode(n: Node): boolean {
  return n instanceof ClassDict || n instanceof PyType;
}

/** The list with each class it reaches inserted by allocation order, its __dict__ node before it. */
function weaveClasses(list: readonly PyObject[]): Node[] {
  const classes = new Map<number, PyType>();
  const seen = (r: PyObject): void => {
    if (r instanceof PyType && r.isHeap && !classes.has(r.id)) {
      classes.set(r.id, r);
      for (const v of r.attrs.values()) seen(v);
      if (r.base) seen(r.base);
    }
  };
  for (const o of list) o.traverse(seen);
  const sorted = [...classes.values()].sort((a, b) => a.id - b.id);
  const out: Node[] = [];
  let c = 0;
  for (const o of list) {
    while (c < sorted.length && sorted[c]!.id < o.id) {
      out.push(classDictOf(sorted[c]!), sorted[c]!);
      c++;
    }
    out.push(o);
  }
  for (; c < sorted.length; c++) out.push(classDictOf(sorted[c]!), sorted[c]!);
  return out;
}

/** What a node references in CPython's traversal order (a class: its __dict__, then its base). */
function traverseNode(n: Node, visit: (r: Node) => void): void {
  if (n instanceof ClassDict) {
    for (const v of n.cls.attrs.values()) visit(v);
  } else if (n instanceof PyType) {
    visit(classDictOf(n));
    if (n.base && n.base.isHeap) visit(n.base);
  } else n.traverse(visit as (r: PyObject) => void);
}

/** One ClassDict node per class (weaveClasses's, so references find the node in the walk). */
const classDicts = new WeakMap<PyType, ClassDict>();
function classDictOf(t: PyType): ClassDict {
  let d = classDicts.get(t);
  if (!d) classDicts.set(t, (d = new ClassDict(t)));
  return d;
}
