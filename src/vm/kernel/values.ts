// Stage: VM loop kernels. What the kernel builder (build.ts) knows about a value on the stack
// of one loop iteration, and where its object comes from. Pure data, no VM objects.

/**
 * Where the object a value stands for comes from, which decides what a kernel's commit must
 * put where the value was stored:
 * - inv: an object bound once at kernel entry and fixed for its run (a constant, an invariant
 *   local or attribute, a lock): `obj` is the kernel variable holding it;
 * - site: made by allocation site `site` of the iteration (an int or bool result): the commit
 *   materialises the last iteration's object of that site;
 * - start: a carried slot's value from before the iteration (the previous iteration's object,
 *   or the entry value): usable only unboxed, never stored.
 */
export type Prov =
  | { readonly k: 'inv'; readonly obj: string }
  | { readonly k: 'site'; readonly site: number }
  | { readonly k: 'start' };

/**
 * A value of the abstract stack. obj: `js` names an object (with prov inv); int: `js` is a JS
 * number expression (a safe integer: the object is a Python int); bool: a JS boolean
 * expression (the object is True or False); meth: LOAD_METHOD's method slot, an intrinsic of
 * receiver `recv`; iter: the range iterator of a for loop; exit: a with block's bound __exit__
 * of lock `recv`; null: BEGIN_FINALLY's NULL.
 */
export interface Val {
  readonly kind: 'obj' | 'int' | 'bool' | 'meth' | 'iter' | 'exit' | 'null';
  readonly js: string;
  readonly prov: Prov;
  /** obj values: the kernel variable of the invariant object (== js); the constant None. */
  readonly inv?: string;
  readonly none?: boolean;
  /** meth values: the receiver's kernel variable and the method's intrinsic. */
  readonly recv?: string;
  readonly intrinsic?: Intrinsic;
}

/** Built-in methods a kernel runs itself (their effect is known and nets out per iteration). */
export type Intrinsic = 'lock.acquire' | 'lock.release';

/** The constants of a code object, as far as a kernel cares. */
export type ConstInfo =
  | { readonly kind: 'int'; readonly v: number }
  | { readonly kind: 'bool'; readonly v: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'obj' };

/** A loop-carried slot: a fast local, a dict entry (attribute, global) or an item the loop writes. */
export interface Slot {
  readonly key: string;
  /**
   * How the commit stores: into locals[index], into dict `dict` at entry `entry`, as an
   * instance attribute kept inline (storeInstanceValue of `owner`, 3.13), or into the dict or
   * list item of item reference `ref` (items.ts).
   */
  readonly store:
    | { readonly type: 'local'; readonly index: number }
    | { readonly type: 'dict'; readonly dict: string; readonly entry: string }
    | { readonly type: 'inline'; readonly owner: string; readonly name: string }
    | { readonly type: 'item'; readonly ref: string };
  /** int/bool: the carried value is kept unboxed in `variable`; obj: only invariant objects are stored. */
  readonly kind: 'int' | 'bool' | 'obj';
  readonly variable: string;
  /** The JS expression of the slot's object at kernel entry. */
  readonly entryObj: string;
  /** Read before it is written in an iteration (its value from before the iteration is needed). */
  readAtStart: boolean;
  /** The value written last in the iteration so far (null before its first write). */
  cur: Val | null;
}

/** What a slot holds: unboxed ints or bools, or invariant objects. */
export type SlotKind = 'int' | 'bool' | 'obj';

/** One location the loop reads or writes, as the access observer sees it. */
export interface Access {
  /** JS expressions of the location's object id and key (the observer's view of it). */
  readonly objId: string;
  readonly key: string;
  ops: string;
  lastReadLine: number;
  /** Value of the last write; value of a read after it (or of reads without writes). */
  written: Val | null;
  readAfter: Val | null;
}

/** A value made by an instruction of the iteration (an int result or a comparison). */
export interface Site {
  /** alloc: an object made and freed in the iteration (it only takes an id). */
  readonly kind: 'int' | 'bool' | 'alloc';
  readonly js: string;
  /** The commit needs its object (it was stored, or an observer sees it). */
  needed: boolean;
}

/**
 * build.ts's findings on one loop, emit.ts's input: the iteration's cost and length, the entry
 * statements (bindings and guards, `return no();` on failure) and the iteration's statements
 * (`break` where it cannot complete), the slots it writes, its allocation sites, the locations
 * the observer sees, the receivers of attribute names, the locks, item references and unboxed
 * entry values the loop function takes, and the most gc-tracked objects alive at once.
 */
export interface KernelPlan {
  readonly n: number;
  readonly cost: number;
  readonly steps: number;
  readonly forLoop: boolean;
  readonly entry: readonly string[];
  readonly body: readonly string[];
  readonly slots: readonly Slot[];
  readonly sites: Site[];
  readonly accesses: readonly Access[];
  readonly receivers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly locks: readonly string[];
  readonly items: readonly string[];
  readonly params: readonly string[];
  readonly trackedPeak: number;
  /** The slot keys the final pass carried (an attribute name written somewhere). */
  readonly known: ReadonlyMap<string, SlotKind>;
}

/** Raised by the builder for a loop it does not summarise (the message says why). */
export class NoKernel extends Error {}

export function noKernel(why: string): never {
  throw new NoKernel(why);
}
