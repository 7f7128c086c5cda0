// Stage: VM loop kernels. The builder: an abstract interpretation of one iteration of a loop (a
// range `for`, or a `while` whose test leaves the loop), along the path control takes, into a
// KernelPlan (the entry guards and bindings, the iteration's JS statements over unboxed values,
// the slots it writes, the accesses the observer must see); emit.ts writes the kernel from it
// (compile.ts says how a kernel is entered and what it must leave behind). Loops with anything
// it does not know are left to the compiled frames (NoKernel says why). Pure text generation:
// must not depend on the VM's objects.
import { Op } from '../interp/ops.js';
import { noKernel, type Access, type ConstInfo, type Intrinsic, type KernelPlan, type Site, type Slot, type SlotKind, type Val } from './values.js';
import { emitKernel } from './emit.js';

/** The instruction data the builder reads (a Decoded, with its constants described). */
export interface KernelSource {
  readonly n: number;
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly cost: Float64Array;
  readonly lines: Int32Array;
  readonly names: readonly string[];
  /** The version's opcode names (NoKernel messages). */
  readonly opnames: readonly string[];
  readonly consts: readonly ConstInfo[];
}

export interface KernelOptions {
  /** Instances keep attribute values inline (memory/inline-values.ts): stores skip the dict entry. */
  readonly inlineValues: boolean;
}

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
    if (sameKinds(pass.written, known)) return emitKernel(pass.plan(), fnName);
    known = pass.written;
  }
  return noKernel('its loop-carried slots do not settle');
}

function sameKinds(a: ReadonlyMap<string, SlotKind>, b: ReadonlyMap<string, SlotKind>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
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
          if (conditionalJump(op) === 0) noKernel(`${src.opnames[i]} in the loop`);
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
    const kind: SlotKind = v.kind;
    const before = this.written.get(key);
    if (before === undefined || before === 'obj') this.written.set(key, kind);
    else if (kind !== 'obj' && kind !== before) noKernel('a slot holds both ints and bools');
    // a slot found this pass, or a value its assumed kind cannot hold: the next pass carries it
    // (its kind is decided by all its writes: an int slot also takes invariant objects, unboxed)
    const assumed = this.known.get(key);
    if (assumed === undefined || (assumed !== kind && kind !== 'obj')) return;
    // (here v is of the slot's kind, or an invariant object: unboxed into an int or bool slot)
    const s = slot();
    if (s.kind === 'int' && v.kind !== 'int') s.cur = { kind: 'int', js: this.asInt(v), prov: v.prov };
    else if (s.kind === 'bool' && v.kind !== 'bool') s.cur = { kind: 'bool', js: this.truth(v), prov: v.prov };
    else s.cur = v;
    if (v.prov.k === 'site') this.sites[v.prov.site]!.needed = true;
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
  private itemRef(c: Val, k: Val): { key: string; ref: string; name: string; owner: string } {
    const co = this.receiver(c, 'an item');
    let ko: string;
    if (k.kind === 'obj' && k.inv !== undefined) ko = k.inv;
    else if (k.kind === 'int' && k.prov.k === 'inv') ko = k.prov.obj;
    else return noKernel('an item whose key changes per iteration');
    const ref = this.bind(`R:${co}:${ko}`, (r) => [`const ${r} = itemRef(${co}, ${ko});`, `if (${r} === null) return no();`]);
    const name = this.bind(`N:${co}:${ko}`, (n) => [`const ${n} = itemKey(${ko});`]);
    this.items.add(ref);
    return { key: `I:${co}:${ko}`, ref, name, owner: co };
  }

  private itemSlot(key: string, ref: string): Slot {
    return this.slotFor(key, (kind) => ({
      key, store: { type: 'item', ref }, kind, variable: `s${this.slots.size}`,
      entryObj: `itemGet(${ref})`, readAtStart: false, cur: null,
    }));
  }

  /** BINARY_SUBSCR: the observer sees a read of the item, at the instruction's line. */
  private loadItem(i: number, c: Val, k: Val): Val {
    const { key, ref, name, owner } = this.itemRef(c, k);
    const v = this.known.has(key) ? this.readSlot(this.itemSlot(key, ref)) : this.inv(this.bind(`V:${key}`, (x) => [`const ${x} = itemGet(${ref});`]));
    this.access(key, `${owner}.id`, name, 'R', this.src.lines[i]!, v);
    return v;
  }

  private storeItem(i: number, c: Val, k: Val, v: Val): void {
    const { key, ref, name, owner } = this.itemRef(c, k);
    this.store(key, v, () => this.itemSlot(key, ref));
    this.access(key, `${owner}.id`, name, 'W', 0, this.slots.get(key)?.cur ?? v);
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

  /** What the interpretation found: everything emit.ts needs to write the kernel. */
  plan(): KernelPlan {
    let cost = 0;
    for (const i of this.path) cost += this.src.cost[i]!;
    return {
      n: this.src.n, cost, steps: this.path.length, forLoop: this.forLoop, entry: this.entry, body: this.body,
      slots: [...this.slots.values()], sites: this.sites, accesses: [...this.accesses.values()],
      receivers: this.receivers, locks: [...this.locks.keys()], items: [...this.items], params: [...this.params],
      trackedPeak: this.trackedPeak, known: this.known,
    };
  }
}
