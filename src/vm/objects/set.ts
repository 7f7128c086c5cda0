// Stage: VM object model. set and frozenset with CPython's open-addressing table (linear
// probes of 9, then perturbed probing; resize at 3/5 fill, x4 growth; whether add() refills a
// deleted slot is the version's rule), so that iteration order is CPython's. Must not depend
// on the interpreter.
import { PyObject, decref, incref, makeType, track } from './base.js';
import { hashHooks, keyOf, pyHash, type DKey } from './hash.js';
import { tupleType, type PyTuple } from './containers.js';

export const setType = makeType('set', null, 'set');
export const frozensetType = makeType('frozenset', null, 'frozenset');

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const DUMMY = 1; // slot state: 0 empty, 1 dummy, 2 used

/** Version rules of the running machine (VmRules.setAddReusesDummy; one machine runs at a time). */
export const setRules = {
  /** add() stores a new key in the last deleted slot its probe passed (3.8, 3.10+), not 3.9. */
  reuseDummy: true,
};

export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array(MINSIZE).fill(null);
  dkeys: (DKey | null)[] = new Array(MINSIZE).fill(null);
  hashes: (number | bigint)[] = new Array(MINSIZE).fill(0);
  state: Uint8Array = new Uint8Array(MINSIZE);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  /** Where set.pop() resumes its scan (CPython's so->finger). */
  finger = 0;
  constructor(frozen = false) {
    super(frozen ? frozensetType : setType);
    track(this);
  }

  private lowBits(h: number | bigint): number {
    return typeof h === 'number' ? h & this.mask : Number(BigInt.asUintN(32, h) & BigInt(this.mask));
  }

  /** Index of the slot holding key, or -1. */
  find(key: PyObject): number {
    const dk = keyOf(key);
    const h = pyHash(key);
    const mask = this.mask;
    let i = this.lowBits(h);
    let perturb = -1n;
    for (;;) {
      if (this.state[i] === 0) return -1;
      if (this.state[i] === 2 && this.hashes[i] === h && this.dkeys[i] === dk) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          const s = this.state[i + j];
          if (s === 0) return -1;
          if (s === 2 && this.hashes[i + j] === h && this.dkeys[i + j] === dk) return i + j;
        }
      }
      if (perturb < 0n) perturb = BigInt.asUintN(64, BigInt(h));
      perturb >>= 5n;
      i = Number((BigInt(i * 5 + 1) + perturb) & BigInt(mask));
    }
  }

  has(key: PyObject): boolean {
    return this.find(key) >= 0;
  }

  /** Add taking a new reference to key (no-op if present). */
  add(key: PyObject): void {
    const dk = keyOf(key);
    const h = pyHash(key);
    const mask = this.mask;
    let i = this.lowBits(h);
    let free = -1;
    let perturb = -1n;
    const reuse = setRules.reuseDummy;
    found: for (;;) {
      const s = this.state[i];
      if (s === 0) break;
      if (s === 2 && this.hashes[i] === h && this.dkeys[i] === dk) return;
      if (s === DUMMY && reuse) free = i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          const s2 = this.state[i + j];
          if (s2 === 0) {
            i = i + j;
            break found;
          }
          if (s2 === 2 && this.hashes[i + j] === h && this.dkeys[i + j] === dk) return;
          if (s2 === DUMMY && reuse) free = i + j;
        }
      }
      if (perturb < 0n) perturb = BigInt.asUintN(64, BigInt(h));
      perturb >>= 5n;
      i = Number((BigInt(i * 5 + 1) + perturb) & BigInt(mask));
    }
    incref(key);
    if (free >= 0) {
      this.put(free, key, dk, h);
      this.used++;
      return;
    }
    this.put(i, key, dk, h);
    this.fill++;
    this.used++;
    if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  private put(i: number, key: PyObject, dk: DKey, h: number | bigint): void {
    this.keys[i] = key;
    this.dkeys[i] = dk;
    this.hashes[i] = h;
    this.state[i] = 2;
  }

  /** set_table_resize: rebuild into the smallest power-of-2 table (>= 8) larger than minused. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size <<= 1;
    const { keys, dkeys, hashes, state } = this;
    this.keys = new Array(size).fill(null);
    this.dkeys = new Array(size).fill(null);
    this.hashes = new Array(size).fill(0);
    this.state = new Uint8Array(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (let k = 0; k < state.length; k++) {
      if (state[k] !== 2) continue;
      const h = hashes[k]!;
      let i = this.lowBits(h);
      let perturb = -1n;
      place: for (;;) {
        if (this.state[i] === 0) break;
        if (i + LINEAR_PROBES <= this.mask) {
          for (let j = 1; j <= LINEAR_PROBES; j++) {
            if (this.state[i + j] === 0) {
              i += j;
              break place;
            }
          }
        }
        if (perturb < 0n) perturb = BigInt.asUintN(64, BigInt(h));
        perturb >>= 5n;
        i = Number((BigInt(i * 5 + 1) + perturb) & BigInt(this.mask));
      }
      this.put(i, keys[k]!, dkeys[k]!, h);
    }
  }

  /** Remove; returns false when absent. */
  discard(key: PyObject): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    const old = this.keys[i]!;
    this.keys[i] = null;
    this.dkeys[i] = null;
    this.state[i] = DUMMY;
    this.used--;
    decref(old);
    return true;
  }

  /** Items in table order (borrowed). */
  items(): PyObject[] {
    const out: PyObject[] = [];
    for (let i = 0; i < this.state.length; i++) if (this.state[i] === 2) out.push(this.keys[i]!);
    return out;
  }

  /** set.pop(): scans from the finger left by the previous pop, wrapping around. */
  popFirst(): PyObject | null {
    if (this.used === 0) return null;
    let i = this.finger & this.mask;
    while (this.state[i] !== 2) i = i === this.mask ? 0 : i + 1;
    const k = this.keys[i]!;
    this.keys[i] = null;
    this.dkeys[i] = null;
    this.state[i] = DUMMY;
    this.used--;
    this.finger = i + 1;
    return k; // reference transferred to the caller
  }

  /** set_merge: add every key of other, copying its table layout when this set is empty. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        if (other.state[i] !== 2) continue;
        incref(other.keys[i]!);
        this.put(i, other.keys[i]!, other.dkeys[i]!, other.hashes[i]!);
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    for (const k of other.items()) this.add(k);
  }

  /** set_swap_bodies: exchange the tables of two sets (intersection_update and friends). */
  swapBodies(other: PySet): void {
    const a = [this.keys, this.dkeys, this.hashes, this.state, this.mask, this.fill, this.used] as const;
    this.keys = other.keys;
    this.dkeys = other.dkeys;
    this.hashes = other.hashes;
    this.state = other.state;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    [other.keys, other.dkeys, other.hashes, other.state, other.mask, other.fill, other.used] = a;
  }

  clearAll(): void {
    const its = this.items();
    this.keys = new Array(MINSIZE).fill(null);
    this.dkeys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.state = new Uint8Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    // set_clear_internal keeps the pop finger (masked on the next pop), like set_table_resize.
    for (const k of its) decref(k);
  }

  override clear(): void {
    this.clearAll();
  }
  override traverse(visit: (o: PyObject) => void): void {
    for (const k of this.items()) visit(k);
  }
}

hashHooks.frozensetType = frozensetType;
hashHooks.itemsOf = (o: PyObject) => (o.type === tupleType ? (o as PyTuple).items : (o as PySet).items());
