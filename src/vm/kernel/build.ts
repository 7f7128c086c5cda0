// Stage: VM loop kernels. The builder: an abstract interpretation of one iteration of an innermost
// loop (a range `for`, or a `while` whose test leaves the loop) that writes the source of a JS
// function running whole iterations at once, values unboxed (kernel.ts says how a kernel is
// entered and what it must leave behind). Loops with anything it does not know are left to the
// compiled frames (NoKernel says why). Pure text generation: must not depend on the VM's objects.
import { Op } from '../interp/ops.js';
import { noKernel, type ConstInfo, type Intrinsic, type Slot, type Val } from './values.js';

/** The instruction data the builder reads (a Decoded, with its constants described). */
export interface KernelSource {
  readonly n: number;
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly cost: Float64Array;
  readonly lines: Int32Array;
  readonly names: readonly string[];
  readonly consts: readonly ConstInfo[];
}

export interface KernelOptions {
  /** Instances keep attribute values inline (memory/inline-values.ts): stores skip the dict entry. */
  readonly inlineValues: boolean;
}

/**
 * Calls of a new loop function with no iteration (Node 20's V8 allocates a function's feedback
 * vector once it has run about 8 x its bytecode length; a call without iterations runs about
 * a fifth of it): four times what is needed.
 */
const PRIME_CALLS = 160;

/** BEGIN_FINALLY's NULL (no exception) on the stack. */
const NULL: Val = { kind: 'null', js: '', prov: { k: 'start' } };

/** Largest magnitude of an int kept as a JS number (beyond it the interpreter uses bigints). */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The back edges of `src` as [head, last jump back to it], innermost candidates first. */
export function loopsOf(src: KernelSource): [number, number][] {
  const last = new Map<number, number>();
  for (let i = 0; i < src.n; i++) {
    const op = src.ops[i]!;
    const t = src.args[i]!;
    if (t <= i && (op === Op.JUMP_ABSOLUTE || conditionalJump(op) !== 0)) last.set(t, i);
  }
  return [...last].sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
}

/** 1: POP_JUMP_IF_TRUE (any switch variant), -1: POP_JUMP_IF_FALSE, 0: neither. */
function conditionalJump(op: number): number {
  if (op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_TRUE_CHECK_TAKEN || op === Op.POP_JUMP_IF_TRUE_NO_CHECK) return 1;
  if (op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_FALSE_CHECK_TAKEN || op === Op.POP_JUMP_IF_FALSE_NO_CHECK) return -1;
  return 0;
}

/**
 * The factory source of the kernel of loop [h, b] of `src` (free names: d, ks and the runtime
 * of compile.ts), or NoKernel. Slots the loop writes are found by running the interpretation
 * again until the set it assumed is the set it found (a read before the write that reveals a
 * slot would otherwise have been taken for an invariant).
 */
export function buildKernel(src: KernelSource, h: number, b: number, opts: KernelOptions, fnName: string): string {
  let known = new Map<string, SlotKind>();
  for (let round = 0; round < 4; round++) {
    const pass = new Pass(src, h, b, opts, known);
    pass.run();
    if (sameKinds(pass.written, known)) return pass.source(fnName);
    known = pass.written;
  }
  return noKernel('its loop-carried slots do not settle');
}

type SlotKind = 'int' | 'bool' | 'obj';

function sameKinds(a: ReadonlyMap<string, SlotKind>, b: ReadonlyMap<string, SlotKind>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** One location the loop reads or writes, as the access observer sees it. */
interface Access {
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
interface Site {
  /** alloc: an object made and freed in the iteration (it only takes an id). */
  readonly kind: 'int' | 'bool' | 'alloc';
  readonly js: string;
  /** The commit needs its object (it was stored, or an observer sees it). */
  needed: boolean;
}

class Pass {
  readonly written = new Map<string, SlotKind>();
  private readonly entry: string[] = [];
  private readonly body: string[] = [];
  private readonly bound = new Map<string, string>();
  private readonly slots = new Map<string, Slot>();
  private readonly sites: Site[] = [];
  private readonly accesses = new Map<string, Access>();
  /** Attribute names by receiver, for the alias guards; lock receivers and their held depth. */
  private readonly receivers = new Map<string, Set<string>>();
  private readonly locks = new Map<string, number>();
  private readonly params = new Set<string>();
  /** The item references the loop uses (items written must not alias another). */
  private readonly items = new Set<string>();
  /** The instructions of one iteration, in order; the with blocks open on the path (their locks). */
  private readonly path: number[] = [];
  private readonly blocks: string[] = [];
  /**
   * gc-tracked objects an iteration makes and frees (bound methods of with blocks): how many are
   * alive at once at most. An automatic collection must not fall inside a kernel.
   */
  private tracked = 0;
  private trackedPeak = 0;
  private stack: Val[] = [];
  private readonly forLoop: boolean;
  private tmp = 0;

  constructor(
    private readonly src: KernelSource,
    private readonly h: number,
    private readonly b: number,
    private readonly opts: KernelOptions,
    private readonly known: ReadonlyMap<string, SlotKind>,
  ) {
    this.forLoop = src.ops[h] === Op.FOR_ITER;
    if (this.forLoop) this.stack.push({ kind: 'iter', js: 'IT', prov: { k: 'start' } });
  }

  /**
   * Interpret one iteration: from the head along the path control takes (forward jumps
   * followed) to a jump back to the head; a conditional jump must leave the loop one way.
   */
  run(): void {
    const { src, h, b } = this;
    let i = h;
    for (;;) {
      if (this.path.length > b - h + 1) noKernel('a path through the loop that does not end');
      this.path.push(i);
      const op = src.ops[i]!;
      const arg = src.args[i]!;
      let next = i + 1;
      switch (op) {
        case Op.NOP:
        case Op.EXTENDED_ARG:
          break;
        case Op.POP_TOP:
          this.pop();
          break;
        case Op.ROT_TWO: {
          const x = this.pop();
          const y = this.pop();
          this.push(x, y);
          break;
        }
        case Op.ROT_THREE: {
          const x = this.pop();
          const y = this.pop();
          const z = this.pop();
          this.push(x, z, y);
          break;
        }
        case Op.DUP_TOP:
          this.push(this.peek(0));
          break;
        case Op.DUP_TOP_TWO:
          this.push(this.peek(1), this.peek(0));
          break;
        case Op.COPY:
          this.push(this.peek(arg - 1));
          break;
        case Op.SWAP: {
          const k = this.stack.length - arg;
          if (arg < 2 || k < (this.forLoop ? 1 : 0)) noKernel('a swap with values from before the loop');
          const top = this.stack[this.stack.length - 1]!;
          this.stack[this.stack.length - 1] = this.stack[k]!;
          this.stack[k] = top;
          break;
        }
        case Op.LOAD_FAST:
          this.push(this.loadLocal(arg));
          break;
        case Op.STORE_FAST:
          this.storeLocal(arg);
          break;
        // (3.13's superinstructions: two fast-local ops, first index in the high nibble)
        case Op.LOAD_FAST_LOAD_FAST:
          this.push(this.loadLocal(arg >> 4), this.loadLocal(arg & 15));
          break;
        case Op.STORE_FAST_LOAD_FAST:
          this.storeLocal(arg >> 4);
          this.push(this.loadLocal(arg & 15));
          break;
        case Op.STORE_FAST_STORE_FAST:
          this.storeLocal(arg >> 4);
          this.storeLocal(arg & 15);
          break;
        case Op.LOAD_CONST:
          this.push(this.constant(arg));
          break;
        case Op.LOAD_GLOBAL:
          this.push(this.loadGlobal(i, false));
          break;
        case Op.LOAD_NAME:
          this.push(this.loadGlobal(i, true));
          break;
        case Op.STORE_GLOBAL:
        case Op.STORE_NAME:
          this.storeGlobal(i, op === Op.STORE_NAME);
          break;
        case Op.LOAD_ATTR:
          this.push(this.loadAttr(i, this.pop()));
          break;
        case Op.STORE_ATTR: {
          const o = this.pop();
          this.storeAttr(i, o, this.pop());
          break;
        }
        case Op.BINARY_SUBSCR: {
          const k = this.pop();
          this.push(this.loadItem(i, this.pop(), k));
          break;
        }
        case Op.STORE_SUBSCR: {
          const k = this.pop();
          const c = this.pop();
          this.storeItem(i, c, k, this.pop());
          break;
        }
        case Op.LOAD_METHOD:
        case Op.LOAD_METHOD_NULL_AFTER: // (3.13: the same [method, self] when a method is found)
          this.loadMethod(i, this.pop());
          break;
        case Op.CALL_METHOD:
          this.callMethod(arg);
          break;
        case Op.CALL_XT: // (3.11+ CALL: argument count, keyword names' constant + 1 above bit 16)
          if (arg >>> 16 !== 0) noKernel('a call with keyword arguments');
          if (arg === 2 && this.stack[this.stack.length - 4]?.kind === 'exit') this.callExit(3);
          else this.callMethod(arg & 0xffff);
          break;
        case Op.CALL_FUNCTION:
          this.callExit(arg);
          break;
        case Op.BINARY_ADD:
        case Op.INPLACE_ADD:
          this.arith('+');
          break;
        case Op.BINARY_SUBTRACT:
        case Op.INPLACE_SUBTRACT:
          this.arith('-');
          break;
        case Op.COMPARE_OP:
          this.compare(arg);
          break;
        case Op.TO_BOOL: // (3.13: a bool stays, anything else becomes True or False)
          this.toBool();
          break;
        case Op.SETUP_WITH:
          this.setupWith(1);
          break;
        case Op.BEFORE_WITH:
          this.setupWith(2);
          break;
        case Op.POP_BLOCK:
          if (this.blocks.pop() === undefined) noKernel('a block opened before the loop is closed');
          break;
        case Op.BEGIN_FINALLY:
          this.push(NULL);
          break;
        case Op.WITH_CLEANUP_START:
          this.withCleanupStart();
          break;
        case Op.WITH_CLEANUP_FINISH:
          this.pop();
          if (this.pop().kind !== 'null') noKernel('a with block left by an exception');
          break;
        case Op.END_FINALLY:
          if (this.pop().kind !== 'null') noKernel('a finally block left by an exception');
          break;
        case Op.FOR_ITER:
          if (i !== h) noKernel('a for loop inside the loop');
          this.forIter();
          break;
        case Op.JUMP_ABSOLUTE:
        case Op.JUMP_FORWARD:
          next = arg;
          break;
        default:
          if (conditionalJump(op) === 0) noKernel(`${opName(op)} in the loop`);
          next = this.branch(op, arg);
      }
      if (next === h) break; // the iteration's end
      if (next <= i || next > b) noKernel('a jump inside the loop');
      i = next;
    }
    if (this.stack.length !== (this.forLoop ? 1 : 0)) noKernel('the stack differs between iterations');
    if (this.blocks.length !== 0) noKernel('a block stays open across iterations');
    for (const [, depth] of this.locks) if (depth !== 0) noKernel('a lock stays held across iterations');
  }

  // ---- stack and values

  private push(...vs: Val[]): void {
    for (const v of vs) this.stack.push(v);
  }

  private pop(): Val {
    const v = this.stack.pop();
    if (v === undefined || v.kind === 'iter') return noKernel('an instruction pops values from before the loop');
    return v;
  }

  private peek(k: number): Val {
    const v = this.stack[this.stack.length - 1 - k];
    if (v === undefined || v.kind === 'iter') return noKernel('an instruction copies values from before the loop');
    return v;
  }

  private fresh(): string {
    return `t${this.tmp++}`;
  }

  /** A kernel variable bound once at entry by `make` (its statements may guard: `return no();`). */
  private bind(key: string, make: (v: string) => string[]): string {
    let v = this.bound.get(key);
    if (v === undefined) {
      v = `b${this.bound.size}`;
      this.bound.set(key, v);
      this.entry.push(...make(v));
    }
    return v;
  }

  /** An entry variable the loop function reads (an unboxed invariant): passed to it. */
  private param(v: string): string {
    this.params.add(v);
    return v;
  }

  private inv(v: string): Val {
    return { kind: 'obj', js: v, prov: { k: 'inv', obj: v }, inv: v };
  }

  private site(kind: 'int' | 'bool', js: string): Val {
    this.sites.push({ kind, js, needed: false });
    return { kind, js, prov: { k: 'site', site: this.sites.length - 1 } };
  }

  /** The JS number of an int value (an invariant object is checked to be an int at entry). */
  private asInt(v: Val): string {
    if (v.kind === 'int') return v.js;
    if (v.kind === 'obj' && v.inv !== undefined) {
      const o = v.inv;
      return this.param(this.bind(`U:${o}`, (u) => [`if (${o}.type !== intType || typeof ${o}.v !== 'number') return no();`, `const ${u} = ${o}.v;`]));
    }
    return noKernel(`a ${v.kind} value used as an int`);
  }

  /** The JS boolean of a value's truth (ints, bools; an invariant object must be True or False). */
  private truth(v: Val): string {
    if (v.kind === 'bool') return v.js;
    if (v.kind === 'int') return `(${v.js} !== 0)`;
    if (v.kind === 'obj' && v.inv !== undefined) {
      const o = v.inv;
      return this.param(this.bind(`T:${o}`, (u) => [`if (${o} !== True && ${o} !== False) return no();`, `const ${u} = ${o} === True;`]));
    }
    return noKernel(`the truth of a ${v.kind} value`);
  }

  private constant(j: number): Val {
    const c = this.src.consts[j]!;
    const k = this.bind(`K${j}`, (v) => [`const ${v} = ks[${j}];`]);
    if (c.kind === 'int') return { kind: 'int', js: `(${c.v})`, prov: { k: 'inv', obj: k } };
    if (c.kind === 'bool') return { kind: 'bool', js: String(c.v), prov: { k: 'inv', obj: k } };
    if (c.kind === 'none') return { ...this.inv(k), none: true };
    return this.inv(k);
  }

  // ---- slots (what the loop writes) and invariants (what it only reads)

  private slotFor(key: string, make: (kind: SlotKind) => Slot): Slot {
    let s = this.slots.get(key);
    if (s === undefined) {
      s = make(this.known.get(key)!);
      this.slots.set(key, s);
    }
    return s;
  }

  private localSlot(i: number): Slot {
    return this.slotFor(`L${i}`, (kind) => ({
      key: `L${i}`, store: { type: 'local', index: i }, kind, variable: `s${this.slots.size}`,
      entryObj: `locals[${i}]`, readAtStart: false, cur: null,
    }));
  }

  /** A slot's value: written earlier in the iteration, or carried from before it (unboxed only). */
  private readSlot(s: Slot): Val {
    if (s.cur !== null) return s.cur;
    if (s.kind === 'obj') return noKernel('an object carried from the previous iteration is read');
    s.readAtStart = true;
    return { kind: s.kind, js: s.variable, prov: { k: 'start' } };
  }

  /** Store v into the slot `key` (made by `slot` when the pass knows it is written). */
  private store(key: string, v: Val, slot: () => Slot): void {
    if (v.kind !== 'obj' && v.kind !== 'int' && v.kind !== 'bool') return noKernel(`a ${v.kind} value stored`);
    if (v.prov.k === 'start') noKernel('a value carried from the previous iteration is stored');
    const kind: SlotKind = v.kind === 'obj' ? 'obj' : v.kind;
    const before = this.written.get(key);
    if (before === undefined || before === 'obj') this.written.set(key, kind);
    else if (kind !== 'obj' && kind !== before) noKernel('a slot holds both ints and bools');
    // a slot found this pass, or a value its assumed kind cannot hold: the next pass carries it
    // (its kind is decided by all its writes: an int slot also takes invariant objects, unboxed)
    const assumed = this.known.get(key);
    if (assumed === undefined || (assumed !== kind && kind !== 'obj')) return;
    const s = slot();
    if (s.kind === 'int' && v.kind !== 'int') s.cur = { kind: 'int', js: this.asInt(v), prov: v.prov };
    else if (s.kind === 'bool' && v.kind !== 'bool') s.cur = { kind: 'bool', js: this.truthOfBool(v), prov: v.prov };
    else if (s.kind === 'obj' && v.kind !== 'obj') noKernel('a slot holds both objects and ints');
    else s.cur = v;
    if (v.prov.k === 'site') this.sites[v.prov.site]!.needed = true;
  }

  private truthOfBool(v: Val): string {
    if (v.kind !== 'obj') return noKernel('an int stored where bools are');
    return this.truth(v);
  }

  private storeLocal(i: number): void {
    this.store(`L${i}`, this.pop(), () => this.localSlot(i));
  }

  private loadLocal(i: number): Val {
    if (this.known.has(`L${i}`)) return this.readSlot(this.localSlot(i));
    return this.inv(this.bind(`L${i}`, (v) => [`const ${v} = locals[${i}];`, `if (${v} === null) return no();`]));
  }

  // ---- globals (LOAD_GLOBAL/STORE_GLOBAL, and LOAD_NAME/STORE_NAME of module code)

  private globalEntry(name: string, moduleLevel: boolean): string {
    if (moduleLevel) this.bind('module', () => ['if (f.nameLocals !== G) return no();']);
    return this.bind(`E:G:${name}`, (e) => [`const ${e} = G.map.get(${JSON.stringify(name)});`, `if (${e} === undefined) return no();`]);
  }

  private loadGlobal(i: number, moduleLevel: boolean): Val {
    const name = this.src.names[this.src.args[i]!]!;
    const e = this.globalEntry(name, moduleLevel);
    const key = `G:${name}`;
    const v = this.known.has(key)
      ? this.readSlot(this.globalSlot(name, e))
      : this.inv(this.bind(`V:${key}`, (x) => [`const ${x} = ${e}.value;`]));
    this.access(key, 'G.id', JSON.stringify(name), 'R', this.src.lines[i]!, v);
    return v;
  }

  private storeGlobal(i: number, moduleLevel: boolean): void {
    const name = this.src.names[this.src.args[i]!]!;
    const e = this.globalEntry(name, moduleLevel);
    const key = `G:${name}`;
    const v = this.pop();
    this.store(key, v, () => this.globalSlot(name, e));
    this.access(key, 'G.id', JSON.stringify(name), 'W', this.src.lines[i]!, this.slots.get(key)?.cur ?? v);
  }

  private globalSlot(name: string, e: string): Slot {
    return this.slotFor(`G:${name}`, (kind) => ({
      key: `G:${name}`, store: { type: 'dict', dict: 'G', entry: e }, kind, variable: `s${this.slots.size}`,
      entryObj: `${e}.value`, readAtStart: false, cur: null,
    }));
  }

  // ---- instance attributes and methods (the sites' inline caches vouch for plain attributes)

  private receiver(v: Val, what: string): string {
    if (v.kind !== 'obj' || v.inv === undefined) return noKernel(`${what} of a value that changes per iteration`);
    return v.inv;
  }

  /** The guards of attribute site i on receiver o (as the compiled frames' fast path tests them). */
  private attrSite(i: number, o: string): void {
    this.bind(`site${i}`, () => [
      `if (!(${o} instanceof PyInstance) || d.icType[${i}] !== ${o}.type || d.icVer[${i}] !== heap.typeVersion || ${o}.dict === null) return no();`,
    ]);
  }

  private attrEntry(o: string, name: string): string {
    let set = this.receivers.get(name);
    if (set === undefined) this.receivers.set(name, (set = new Set()));
    set.add(o);
    return this.bind(`E:${o}:${name}`, (e) => [`const ${e} = ${o}.dict.map.get(${JSON.stringify(name)});`, `if (${e} === undefined) return no();`]);
  }

  private attrSlot(o: string, name: string, e: string): Slot {
    // (where instances keep values inline, 3.13, a store goes through memory/inline-values.ts as
    // STORE_ATTR's handler does: once, at the commit, it leaves what the loop's stores would)
    const store: Slot['store'] = this.opts.inlineValues
      ? { type: 'inline', owner: o, name }
      : { type: 'dict', dict: `${o}.dict`, entry: e };
    return this.slotFor(`A:${o}:${name}`, (kind) => ({
      key: `A:${o}:${name}`, store, kind, variable: `s${this.slots.size}`,
      entryObj: `${e}.value`, readAtStart: false, cur: null,
    }));
  }

  private loadAttr(i: number, recv: Val): Val {
    const name = this.src.names[this.src.args[i]!]!;
    const o = this.receiver(recv, 'an attribute');
    this.attrSite(i, o);
    const e = this.attrEntry(o, name);
    const key = `A:${o}:${name}`;
    const v = this.known.has(key) ? this.readSlot(this.attrSlot(o, name, e)) : this.inv(this.bind(`V:${key}`, (x) => [`const ${x} = ${e}.value;`]));
    this.access(key, `${o}.id`, JSON.stringify(name), 'R', this.src.lines[i]!, v);
    return v;
  }

  private storeAttr(i: number, recv: Val, v: Val): void {
    const name = this.src.names[this.src.args[i]!]!;
    const o = this.receiver(recv, 'an attribute store');
    this.attrSite(i, o);
    const e = this.attrEntry(o, name);
    const key = `A:${o}:${name}`;
    this.store(key, v, () => this.attrSlot(o, name, e));
    this.access(key, `${o}.id`, JSON.stringify(name), 'W', 0, this.slots.get(key)?.cur ?? v);
  }

  // ---- items of an exact dict (str or int key) or list (int index), the key fixed for the loop

  /** The slot key and the entry variable of container[key] (itemRef: null when unsupported). */
  private itemRef(c: Val, k: Val): { key: string; ref: string; name: string } {
    const co = this.receiver(c, 'an item');
    let ko: string;
    if (k.kind === 'obj' && k.inv !== undefined) ko = k.inv;
    else if (k.kind === 'int' && k.prov.k === 'inv') ko = k.prov.obj;
    else return noKernel('an item whose key changes per iteration');
    const ref = this.bind(`R:${co}:${ko}`, (r) => [`const ${r} = itemRef(${co}, ${ko});`, `if (${r} === null) return no();`]);
    const name = this.bind(`N:${co}:${ko}`, (n) => [`const ${n} = itemKey(${ko});`]);
    this.items.add(ref);
    return { key: `I:${co}:${ko}`, ref, name };
  }

  private itemSlot(key: string, ref: string): Slot {
    return this.slotFor(key, (kind) => ({
      key, store: { type: 'item', ref }, kind, variable: `s${this.slots.size}`,
      entryObj: `itemGet(${ref})`, readAtStart: false, cur: null,
    }));
  }

  /** BINARY_SUBSCR: the observer sees a read of the item, at the instruction's line. */
  private loadItem(i: number, c: Val, k: Val): Val {
    const { key, ref, name } = this.itemRef(c, k);
    const v = this.known.has(key) ? this.readSlot(this.itemSlot(key, ref)) : this.inv(this.bind(`V:${key}`, (x) => [`const ${x} = itemGet(${ref});`]));
    this.access(key, `${this.receiver(c, 'an item')}.id`, name, 'R', this.src.lines[i]!, v);
    return v;
  }

  private storeItem(i: number, c: Val, k: Val, v: Val): void {
    const { key, ref, name } = this.itemRef(c, k);
    this.store(key, v, () => this.itemSlot(key, ref));
    this.access(key, `${this.receiver(c, 'an item')}.id`, name, 'W', 0, this.slots.get(key)?.cur ?? v);
  }

  private loadMethod(i: number, recv: Val): void {
    const name = this.src.names[this.src.args[i]!]!;
    const intrinsic: Intrinsic | null = name === 'acquire' ? 'lock.acquire' : name === 'release' ? 'lock.release' : null;
    if (intrinsic === null) noKernel(`a call of method ${name}`);
    const o = this.receiver(recv, 'a method');
    const fn = intrinsic === 'lock.acquire' ? 'lockAcquire' : 'lockRelease';
    this.lock(o);
    const m = this.bind(`M${i}`, (m) => [
      `const ${m} = d.icObj[${i}];`,
      `if (d.icType[${i}] !== ${o}.type || d.icVer[${i}] !== heap.typeVersion || ${m} === null || (${o}.dict !== null && inDict(d, ${i}, ${o}.dict, ${JSON.stringify(name)}))) return no();`,
      `if (!(${m} instanceof PyBuiltin) || ${m}.gen !== null || ${m}.fn !== ${fn}) return no();`,
    ]);
    const mv: Val = { kind: 'meth', js: m, prov: { k: 'inv', obj: m }, recv: o, intrinsic };
    // (a lock is an instance: LOAD_METHOD reports the read of its method)
    this.access(`A:${o}:${name}`, `${o}.id`, JSON.stringify(name), 'R', this.src.lines[i]!, this.inv(m));
    this.push(mv, recv);
  }

  /** A lock receiver: a Lock or RLock, free at entry (so its acquire in the loop never blocks). */
  private lock(o: string): void {
    if (!this.locks.has(o)) this.locks.set(o, 0);
    this.bind(`lock:${o}`, () => [
      `if (!(${o} instanceof PyInstance) || (${o}.type !== lockType && ${o}.type !== rlockType)) return no();`,
      // (held by another thread: not now, but maybe at the next visit)
      `if (${o}.native.count !== 0) return 0;`,
    ]);
  }

  private callMethod(argc: number): void {
    if (argc !== 0) noKernel('a method call with arguments');
    const self = this.pop();
    const m = this.pop();
    if (m.kind !== 'meth' || m.recv !== self.inv) return noKernel('a call of something else than a known method');
    if (m.intrinsic === 'lock.acquire') {
      this.acquire(m.recv!);
      this.push({ kind: 'bool', js: 'true', prov: { k: 'inv', obj: 'True' } });
    } else {
      this.release(m.recv!);
      this.push(this.inv('None'));
    }
  }

  private acquire(o: string): void {
    if (this.locks.get(o) !== 0) noKernel('a lock acquired twice');
    this.locks.set(o, 1);
  }

  private release(o: string): void {
    if (this.locks.get(o) !== 1) noKernel('a lock released that the loop did not acquire');
    this.locks.set(o, 0);
  }

  // ---- arithmetic, comparisons, branches, the range iterator

  private arith(op: '+' | '-'): void {
    const y = this.asInt(this.pop());
    const x = this.asInt(this.pop());
    const t = this.fresh();
    this.body.push(`const ${t} = ${x} ${op} ${y};`, `if (${t} > ${MAX_SAFE} || ${t} < -${MAX_SAFE}) break;`);
    this.push(this.site('int', t));
  }

  private compare(arg: number): void {
    const jsOp = ['<', '<=', '===', '!==', '>', '>='][arg];
    if (jsOp === undefined) noKernel('a comparison other than <, <=, ==, !=, >, >=');
    const y = this.asInt(this.pop());
    const x = this.asInt(this.pop());
    const t = this.fresh();
    this.body.push(`const ${t} = ${x} ${jsOp} ${y};`);
    this.push(this.site('bool', t));
  }

  private toBool(): void {
    const v = this.pop();
    if (v.kind === 'bool') return this.push(v);
    const t = this.fresh();
    this.body.push(`const ${t} = ${this.truth(v)};`);
    this.push(this.site('bool', t));
  }

  /**
   * A conditional jump: one way must leave the loop (the iteration is then not run: the compiled
   * frame runs it), the other go on; a jump back to the head ends the iteration when taken.
   * The next instruction on the path.
   */
  private branch(op: number, target: number): number {
    const jumpIfTrue = conditionalJump(op) === 1;
    const cond = this.truth(this.pop());
    const next = this.path[this.path.length - 1]! + 1;
    const leaves = (t: number) => t !== this.h && (t < this.h || t > this.b);
    if (leaves(target) && !leaves(next)) {
      this.body.push(`if (${jumpIfTrue ? '' : '!'}${cond}) break;`);
      return next;
    }
    if (target === this.h && leaves(next)) {
      this.body.push(`if (${jumpIfTrue ? '!' : ''}${cond}) break;`);
      return target;
    }
    return noKernel('a branch inside the loop');
  }

  /**
   * SETUP_WITH (3.8-3.10) or BEFORE_WITH (3.11+) on a lock: __enter__ acquires it; __exit__ is
   * bound to it (a method object: an id taken and a gc-tracked object, freed when the block
   * ends; BEFORE_WITH binds __enter__ too, freed at once: `methods` bound methods in all), then
   * [bound __exit__, True] (SETUP_WITH also pushes a block, which POP_BLOCK pops).
   */
  private setupWith(methods: 1 | 2): void {
    const o = this.receiver(this.pop(), 'a with statement');
    this.lock(o);
    this.acquire(o);
    if (methods === 1) this.blocks.push(o);
    // (BEFORE_WITH's bound __enter__ is freed before its __exit__ is made: one alive at a time)
    for (let k = 0; k < methods; k++) this.sites.push({ kind: 'alloc', js: '', needed: false });
    this.trackedPeak = Math.max(this.trackedPeak, ++this.tracked);
    this.push({ kind: 'exit', js: '', prov: { k: 'start' }, recv: o }, { kind: 'bool', js: 'true', prov: { k: 'inv', obj: 'True' } });
  }

  /**
   * WITH_CLEANUP_START without an exception (3.8): __exit__(None, None, None) releases the lock;
   * [exit, NULL] becomes [NULL, NULL, result] (END_FINALLY pops the first NULL).
   */
  private withCleanupStart(): void {
    if (this.pop().kind !== 'null') noKernel('a with block left by an exception');
    const exit = this.pop();
    if (exit.kind !== 'exit') noKernel('a with cleanup of something else');
    this.release(exit.recv!);
    this.tracked--;
    this.push(NULL, NULL, { kind: 'bool', js: 'false', prov: { k: 'inv', obj: 'False' } });
  }

  /**
   * A with block's bound __exit__ called with None, None, None (3.9, 3.10: CALL_FUNCTION 3;
   * 3.11+: CALL 2, the first None in the self slot): releases the lock.
   */
  private callExit(argc: number): void {
    if (argc !== 3) noKernel('a function call');
    for (let k = 0; k < 3; k++) {
      const a = this.pop();
      if (a.kind !== 'obj' || a.none !== true) noKernel('a function call');
    }
    const exit = this.pop();
    if (exit.kind !== 'exit') noKernel('a function call');
    this.release(exit.recv!);
    this.tracked--;
    this.push({ kind: 'bool', js: 'false', prov: { k: 'inv', obj: 'False' } });
  }

  private forIter(): void {
    this.bind('IT', () => ['const IT = stack[sp - 1];', 'if (IT.type !== rangeIterType) return no();']);
    const t = this.fresh();
    this.body.push(`const ${t} = cur;`);
    this.push(this.site('int', t));
  }

  // ---- the access observer

  private access(key: string, objId: string, name: string, op: 'R' | 'W', line: number, v: Val | null): void {
    let a = this.accesses.get(key);
    if (a === undefined) this.accesses.set(key, (a = { objId, key: name, ops: '', lastReadLine: 0, written: null, readAfter: null }));
    a.ops += op;
    if (op === 'R') {
      a.lastReadLine = line;
      a.readAfter = v;
    } else {
      a.written = v;
      a.readAfter = null;
    }
  }

  // ---- the function

  private cost(): number {
    let c = 0;
    for (const i of this.path) c += this.src.cost[i]!;
    return c;
  }

  /** A value's object at the commit (`X<site>` for a materialised site). */
  private obj(v: Val): string {
    if (v.prov.k === 'inv') return v.prov.obj;
    if (v.prov.k === 'site') {
      this.sites[v.prov.site]!.needed = true;
      return `X${v.prov.site}`;
    }
    return noKernel('an observer sees a value carried from the previous iteration');
  }

  source(fnName: string): string {
    const C = this.cost();
    const S = this.path.length;
    if (!Number.isInteger(C) || C <= 0) noKernel('instruction costs that are not positive integers');
    const slots = [...this.slots.values()];
    // the commit: the observer's calls and the slots' stores (they mark the sites they need)
    const observe: string[] = [];
    const stale: string[] = [];
    for (const a of this.accesses.values()) {
      const w = a.written !== null ? this.obj(a.written) : 'undefined';
      const r = a.readAfter !== null ? this.obj(a.readAfter) : 'undefined';
      const key = a.key;
      observe.push(`obs.repeat(th.id, ${a.objId}, ${key}, ${JSON.stringify(a.ops)}, k, ${a.lastReadLine}, ${w}, ${r});`);
      // (a stale read is consumed by the next write: the kernel runs at a later visit)
      if (a.ops[0] === 'W') stale.push(`if (obs.hasStaleRead(th.id, ${a.objId}, ${key})) return 0;`);
    }
    const stores: string[] = [];
    for (const s of slots) {
      const x = this.obj(s.cur!);
      if (s.store.type === 'local') {
        const i = s.store.index;
        stores.push(`{ const x = ${x}; x.refcnt++; const o = locals[${i}]; locals[${i}] = x; if (o !== null) decref(o); }`);
      } else if (s.store.type === 'item') stores.push(`itemSet(${s.store.ref}, ${x});`);
      else if (s.store.type === 'inline') stores.push(`storeInstanceValue(${s.store.owner}, ${JSON.stringify(s.store.name)}, null, ${x});`);
      else stores.push(`${s.store.dict}.storeAt(${s.store.entry}, ${x});`);
    }
    // entry: each slot's object must be one whose release at the commit (not at the first
    // store) cannot show: an atomic object, or the invariant object the slot keeps getting
    const init: string[] = [];
    for (const s of slots) {
      const o = `o_${s.variable}`;
      const same = s.cur!.prov.k === 'inv' ? ` && ${o} !== ${s.cur!.prov.obj}` : '';
      init.push(`const ${o} = ${s.entryObj};`, `if (${o} !== null && !isAtomic(${o})${same}) return no();`);
      if (s.readAtStart && s.kind === 'int') init.push(`if (${o} === null || ${o}.type !== intType || typeof ${o}.v !== 'number') return no();`);
      else if (s.readAtStart && s.kind === 'bool') init.push(`if (${o} !== True && ${o} !== False) return no();`);
    }
    // receivers that may be one object: an attribute the loop writes must not alias another
    for (const [name, set] of this.receivers) {
      const rs = [...set];
      if (rs.length < 2 || !rs.some((o) => this.known.has(`A:${o}:${name}`))) continue;
      for (let x = 0; x < rs.length; x++) for (let y = x + 1; y < rs.length; y++) init.push(`if (${rs[x]} === ${rs[y]}) return no();`);
    }
    const its = [...this.items];
    if (slots.some((s) => s.key.startsWith('I:'))) {
      for (let x = 0; x < its.length; x++) for (let y = x + 1; y < its.length; y++) init.push(`if (sameItem(${its[x]}, ${its[y]})) return no();`);
    }
    const ls = [...this.locks.keys()];
    for (let x = 0; x < ls.length; x++) for (let y = x + 1; y < ls.length; y++) init.push(`if (${ls[x]} === ${ls[y]}) return no();`);
    // The loop runs in a function of its own (loopName), small so that V8 optimises it fast
    // (a process waits at exit for an optimising compile in flight), over plain numbers: the
    // carried values, the range's state, the sites' last values and the count of allocations
    // (ids) go in and out through `io`, booleans as 0/1.
    const io: { name: string; bool: boolean }[] = [];
    const slotIo = (name: string, bool: boolean): number => io.push({ name, bool }) - 1;
    const carry: string[] = [];
    for (const s of slots) {
      if (!s.readAtStart) continue;
      const k = slotIo(s.variable, s.kind === 'bool');
      init.push(s.kind === 'bool' ? `io[${k}] = o_${s.variable} === True ? 1 : 0;` : `io[${k}] = o_${s.variable}.v;`);
      carry.push(`${s.variable} = ${s.cur!.js};`);
    }
    // (ids: an int site takes one unless its value is a cached small int; an alloc site always)
    const intSites = this.sites.map((s, n) => ({ s, n })).filter((x) => x.s.kind === 'int');
    const allocs = this.sites.filter((x) => x.kind === 'alloc').length;
    const isBig = (v: string) => `(${v} > 256 || ${v} < -5 ? 1 : 0)`;
    const idsPer = (v: (n: number, js: string) => string) =>
      [...intSites.map(({ s, n }) => isBig(v(n, s.js))), ...(allocs ? [String(allocs)] : [])].join(' + ');
    const kept = this.sites.map((s, n) => ({ s, n })).filter((x) => x.s.kind === 'int' || x.s.needed);
    for (const { s, n } of kept) {
      slotIo(`a${n}`, s.kind === 'bool');
      carry.push(`a${n} = ${s.js};`);
    }
    const naIo = slotIo('na', false);
    if (intSites.length || allocs) carry.push(`na += ${idsPer((_, js) => js)};`);
    let curIo = -1;
    if (this.forLoop) {
      curIo = slotIo('cur', false);
      slotIo('rem', false);
      slotIo('step', false);
      carry.push('cur += step; rem--;');
    }
    const params = [...this.params];
    const loopName = `${fnName}_loop`;
    const load = (x: { name: string; bool: boolean }, k: number) => (x.bool ? `io[${k}] !== 0` : `io[${k}]`);
    const loopFn = [
      `function ${loopName}(K${params.map((p) => `, ${p}`).join('')}) {`,
      ...io.map((x, k) => `let ${x.name} = ${x.name === 'na' ? '0' : load(x, k)};`),
      'let k = 0;',
      'for (; k < K; k++) {',
      ...this.body,
      ...carry,
      '}',
      ...io.map((x, k) => (x.name === 'step' ? '' : `io[${k}] = ${x.bool ? `${x.name} ? 1 : 0` : x.name};`)),
      'return k;',
      '}',
    ];
    // the commit: the last iteration's allocations replayed in order (ids), objects stored
    const commit: string[] = [];
    for (const { s, n } of kept) commit.push(`const a${n} = ${load({ name: '', bool: s.kind === 'bool' }, io.findIndex((x) => x.name === `a${n}`))};`);
    commit.push(`const na = io[${naIo}];`);
    if (this.forLoop) commit.push(`IT.cur = io[${curIo}]; IT.remaining = io[${curIo + 1}];`);
    if (intSites.length || allocs) commit.push(`heap.nextId = id0 + na - (${idsPer((n) => `a${n}`)});`);
    this.sites.forEach((s, n) => {
      if (s.kind === 'int') commit.push(s.needed ? `const X${n} = newInt(a${n});` : `if (a${n} > 256 || a${n} < -5) heap.nextId++;`);
      else if (s.kind === 'alloc') commit.push('heap.nextId++;');
      else if (s.needed) commit.push(`const X${n} = a${n} ? True : False;`);
    });
    commit.push(...stores);
    this.sites.forEach((s, n) => {
      if (s.kind === 'int' && s.needed) commit.push(`X${n}.refcnt--;`);
    });
    if (observe.length) commit.push('if (obs !== null) {', ...observe, '}');
    return [
      'let declines = 0; let skip = 0;',
      '/** A guard failed that may keep failing (a type, a cache): the kernel is tried less and less often. */',
      'function no() { declines++; skip = (1 << (declines < 6 ? declines : 6)) - 1; return 1; }',
      `const io = new Float64Array(${io.length});`,
      ...loopFn,
      // (run without iterating until V8 allocated its feedback vector, which it does lazily:
      // it then has type feedback for the io accesses after the loop before it first
      // optimises the function, in the middle of its first long loop; see jit/emit.ts)
      `for (let r = 0; r < ${PRIME_CALLS}; r++) ${loopName}(0${params.map(() => ', 0').join('')});`,
      `return function ${fnName}(th, f, st, untilTick) {`,
      'if (skip !== 0) { skip--; return 0; }',
      'const obs = st.observer;',
      'if (obs !== null && !st.observerRepeats) return no();',
      'const clock0 = st.clock; const steps0 = st.steps;',
      `let K = Math.floor((st.maxSteps - ${this.src.n + 1} - steps0) / ${S});`,
      `if (untilTick !== Infinity) { const kd = fitBefore(clock0, untilTick, ${C}); if (kd < K) K = kd; }`,
      // (clock0 + k * C is then exactly the clock instruction-by-instruction addition gives)
      'if (!Number.isSafeInteger(clock0)) return no();',
      `{ const kc = Math.floor((${MAX_SAFE} - clock0) / ${C}); if (kc < K) K = kc; }`,
      // (at most 2**30 - 1 iterations a call: the counts stay small integers for V8)
      'if (!(K > 0)) return 0;',
      'if (K > 0x3fffffff) K = 0x3fffffff;',
      'const stack = f.stack; const locals = f.locals; const sp = f.sp; const G = f.globals;',
      ...this.entry,
      ...init,
      ...(this.forLoop
        ? [`if (IT.remaining < K) K = IT.remaining;`, 'if (K <= 0) return 0;', `io[${curIo}] = IT.cur; io[${curIo + 1}] = IT.remaining; io[${curIo + 2}] = IT.step;`]
        : []),
      ...(stale.length ? ['if (obs !== null) {', ...stale, '}'] : []),
      // (no automatic collection can fall inside: an iteration frees the tracked objects it makes)
      ...(this.trackedPeak ? [`if (heap.gcCount + ${this.trackedPeak} > heap.gcLimit) return 0;`] : []),
      'const id0 = heap.nextId;',
      `const k = ${loopName}(K | 0${params.map((p) => `, ${p}`).join('')});`,
      'if (k === 0) return 0;',
      ...commit,
      `st.clock = clock0 + k * ${C}; st.steps = steps0 + k * ${S};`,
      'declines = 0;',
      'return 0;',
      '};',
    ].join('\n');
  }
}

/** An op's name for a NoKernel message. */
function opName(op: number): string {
  return `op ${op}`;
}
