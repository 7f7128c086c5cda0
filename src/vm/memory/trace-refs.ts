// Stage: VM memory, diagnostics. `gilsim run --trace-refs NAME|LINE`: follows one object (the
// first bound to NAME, or the first new object a LINE produces) and reports, on stderr, every
// change of its reference count with the instruction that caused it, and who holds it after.
// Costs nothing when off: the interpreter calls vm.stepHook only when a tracer installed it.
import { PyObject, heap } from '../objects/base.js';
import { PyCell, PyFunction, PyInstance, PyMethod, PyModule } from '../objects/callables.js';
import { PyDict, PyList, PyTuple } from '../objects/containers.js';
import { PyStr } from '../objects/scalars.js';
import type { Frame, VmThread } from '../interp/frame.js';
import type { VmState } from '../interp/state.js';
import { refObservers } from '../modules/sys.js';
import { older } from './tracking.js';

export type RefTraceSpec = { readonly kind: 'name'; readonly name: string } | { readonly kind: 'line'; readonly line: number };

/** `--trace-refs` argument: a line number, or a Python identifier; null when it is neither. */
export function parseRefTraceSpec(text: string): RefTraceSpec | null {
  if (/^[0-9]+$/.test(text)) {
    const line = Number(text);
    return line > 0 ? { kind: 'line', line } : null;
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) return { kind: 'name', name: text };
  return null;
}

/** Objects not worth following by line (shared scalars a line merely loads). */
const ATOMIC = new Set(['none', 'int', 'bool', 'float', 'str', 'code', 'builtin', 'type', 'module']);

interface Change {
  readonly where: string;
  readonly from: number;
  readonly to: number;
}

export class RefTracer {
  target: PyObject | null = null;
  private count = 0;
  private pending: Change[] = [];
  private lastFrame: Frame | null = null;
  private lastIndex = -1;
  private lineMark = 0;
  private done = false;
  private finished = false;
  private readonly constSeen = new Set<object>();
  /** Every line written (tests read it). */
  readonly lines: string[] = [];

  constructor(
    private readonly st: VmState,
    private readonly spec: RefTraceSpec,
    private readonly write: (s: string) => void,
  ) {}

  install(): void {
    this.st.stepHook = (f, i) => this.step(f, i);
    refObservers.getrefcount = (o, n) => {
      if (o !== this.target) return;
      this.flush();
      this.emit(`${this.where(this.st.thread.frame)}: sys.getrefcount reports ${n}: ${this.holders()} (the caller's value-stack entry is getrefcount's own argument)`);
    };
  }

  /** End of the run: pending changes and the final count (once; later calls do nothing). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.st.stepHook) this.st.stepHook = null;
    refObservers.getrefcount = null;
    this.flush();
    if (!this.target) {
      const what = this.spec.kind === 'name' ? `no object was ever bound to '${this.spec.name}'` : `line ${this.spec.line} created no object`;
      this.emit(`nothing traced: ${what}`);
    } else if (!this.done) {
      this.emit(`at exit: refcount ${this.count}: ${this.holders()}`);
    }
  }

  private emit(text: string): void {
    const s = `[trace-refs] ${text}`;
    this.lines.push(s);
    this.write(s + '\n');
  }

  private step(f: Frame, i: number): void {
    if (this.pending.length) this.flush();
    if (this.target === null && !this.done) {
      const picked = this.spec.kind === 'name' ? this.byName(f) : this.byLine(f, i);
      if (picked) this.follow(picked.obj, picked.how, f);
    }
    this.lastFrame = f;
    this.lastIndex = i;
  }

  private byName(f: Frame): { obj: PyObject; how: string } | null {
    const name = (this.spec as { name: string }).name;
    const c = f.d.code;
    const li = c.varnames.indexOf(name);
    let v: PyObject | null | undefined = null;
    if (li >= 0 && li < f.locals.length) v = f.locals[li];
    else {
      const ci = c.cellvars.indexOf(name);
      const fi = c.freevars.indexOf(name);
      const k = ci >= 0 ? ci : fi >= 0 ? c.cellvars.length + fi : -1;
      if (k >= 0) v = f.cells[k]?.ref;
      else if (f.nameLocals) v = f.nameLocals.getStr(name);
    }
    return v ? { obj: v, how: `bound to '${name}'` } : null;
  }

  private byLine(f: Frame, i: number): { obj: PyObject; how: string } | null {
    const line = (this.spec as { line: number }).line;
    const cur = f.d.lines[i];
    const prevOnLine = this.lastFrame === f && this.lastIndex >= 0 && f.d.lines[this.lastIndex] === line;
    if (cur === line && !prevOnLine) this.lineMark = heap.nextId; // the line starts (again) here
    if (!prevOnLine || f.sp === 0) return null;
    const top = f.stack[f.sp - 1];
    if (!top || top.id < this.lineMark || ATOMIC.has(top.type.layout)) return null;
    return { obj: top, how: `created on line ${line}` };
  }

  private follow(o: PyObject, how: string, f: Frame): void {
    this.target = o;
    this.count = o.refcnt;
    const self = this;
    Object.defineProperty(o, 'refcnt', {
      configurable: true,
      enumerable: true,
      get: () => self.count,
      set: (v: number) => self.changed(v),
    });
    this.emit(`${o.type.name} object #${o.id} ${how} in ${funcName(f)}: refcount ${this.count}: ${this.holders()}`);
  }

  private changed(v: number): void {
    if (this.finished) return; // the interpreter's exit, after the program: not traced
    const from = this.count;
    this.count = v;
    if (this.done) return;
    this.pending.push({ where: this.where(this.st.thread.frame), from, to: v });
    if (v === 0) {
      this.flush();
      this.done = true;
      this.emit('freed (its count reached 0)');
    }
  }

  /**
   * "line 6, offset 14 CALL_METHOD 1" for the instruction `f` is executing: the one the step
   * hook last announced for it, else (a caller resuming after its callee returned, whose pc was
   * saved at the call) the instruction before its saved pc.
   */
  private where(f: Frame | null): string {
    if (!f) return 'outside any frame';
    const i = f === this.lastFrame ? this.lastIndex : Math.max(0, f.pc - 1);
    const op = f.d.opnames[i] ?? '?';
    const th = this.st.threads.length > 1 ? `${this.st.thread.name}: ` : '';
    return `${th}line ${f.d.lines[i]}, offset ${i * 2} ${op}${this.argText(f, i, op)}`;
  }

  private argText(f: Frame, i: number, op: string): string {
    const t = this.st.tables.opcodes;
    const num = t.opmap[op];
    if (num === undefined || num < t.HAVE_ARGUMENT) return '';
    const arg = f.d.args[i]!;
    const c = f.d.code;
    if (t.haslocal.includes(num)) return ` (${c.varnames[arg] ?? arg})`;
    if (t.hasname.includes(num)) return ` (${c.names[arg] ?? arg})`;
    if (t.hasfree.includes(num)) return ` (${arg < c.cellvars.length ? c.cellvars[arg] : c.freevars[arg - c.cellvars.length]})`;
    return ` ${arg}`;
  }

  /** Print the changes made since the last instruction boundary, one line per instruction. */
  private flush(): void {
    const p = this.pending;
    if (!p.length) return;
    this.pending = [];
    let k = 0;
    while (k < p.length) {
      const where = p[k]!.where;
      const from = p[k]!.from;
      let to = p[k]!.to;
      k++;
      while (k < p.length && p[k]!.where === where) to = p[k++]!.to;
      if (to === from) continue;
      const d = to - from;
      const tail = to === 0 ? '' : `: ${this.holders()}`;
      this.emit(`${where}: ${from} -> ${to} (${d > 0 ? '+' : ''}${d})${tail}`);
    }
  }

  /** Who holds the target now: frames' locals and stacks, gc-visible containers, the rest. */
  holders(): string {
    const o = this.target;
    if (!o) return '';
    const found = new Map<string, number>();
    const add = (s: string): void => void found.set(s, (found.get(s) ?? 0) + 1);
    const threads = this.st.threads;
    this.constSeen.clear();
    for (const th of threads) for (let f = th.frame; f; f = f.back) this.frameHolders(f, th, threads.length > 1, o, add);
    const owners = instanceDictOwners();
    const globalsOf = new Map<PyObject, string>();
    for (const m of this.st.modules.values()) globalsOf.set(m.dict, m.name);
    for (const set of [heap.tracked, older.gen1, older.gen2, older.untracked]) {
      for (const c of set) {
        if (c === o) continue;
        let n = 0;
        c.traverse((r) => void (r === o && n++));
        if (n) for (const s of describeContainer(c, o, n, owners, globalsOf)) add(s);
      }
    }
    let total = 0;
    const parts: string[] = [];
    for (const [s, n] of found) {
      total += n;
      parts.push(n > 1 ? `${s} x${n}` : s);
    }
    const rest = this.count - total;
    if (rest > 0) parts.push(`${rest} held inside the VM (a call in progress or a builtin)`);
    return parts.length ? parts.join(', ') : 'nothing';
  }

  private frameHolders(f: Frame, th: VmThread, many: boolean, o: PyObject, add: (s: string) => void): void {
    const fn = funcName(f) + (many ? ` [${th.name}]` : '');
    if (f.d.consts.includes(o) && !this.constSeen.has(f.d)) {
      this.constSeen.add(f.d);
      add(`constants of ${funcName(f)}`);
      add(`constants of ${funcName(f)}`); // CPython's constants carry two references
    }
    const names = f.d.code.varnames;
    for (let k = 0; k < f.locals.length; k++) if (f.locals[k] === o) add(`local ${names[k]} in ${fn}`);
    for (let k = 0; k < f.sp; k++) if (f.stack[k] === o) add(`value stack of ${fn}`);
    if (f.func === o) add(`frame of ${fn}`);
  }
}

function funcName(f: Frame | null): string {
  if (!f) return '?';
  const n = f.d.code.name;
  return n === '<module>' ? '<module>' : `${n}()`;
}

function instanceDictOwners(): Map<PyObject, PyInstance> {
  const m = new Map<PyObject, PyInstance>();
  for (const set of [heap.tracked, older.gen1, older.gen2]) {
    for (const c of set) if (c instanceof PyInstance && c.dict) m.set(c.dict, c);
  }
  return m;
}

function keyText(k: PyObject): string {
  return k instanceof PyStr ? `'${k.v}'` : `<${k.type.name}>`;
}

function describeContainer(
  c: PyObject, o: PyObject, n: number, owners: Map<PyObject, PyInstance>, globalsOf: Map<PyObject, string>,
): string[] {
  if (c instanceof PyDict) {
    const out: string[] = [];
    const owner = owners.get(c);
    const mod = globalsOf.get(c);
    for (const e of c.map.values()) {
      const name = e.key instanceof PyStr ? e.key.v : keyText(e.key);
      if (e.value === o) {
        if (mod !== undefined) out.push(mod === '__main__' ? `global ${name}` : `${mod}.${name}`);
        else if (owner) out.push(`attribute ${name} of ${owner.type.name} #${owner.id}`);
        else out.push(`dict #${c.id}[${keyText(e.key)}]`);
      }
      if (e.key === o) out.push(`dict #${c.id} key`);
    }
    return out.length ? out : [`dict #${c.id}`];
  }
  if (c instanceof PyList || c instanceof PyTuple) {
    const idx: number[] = [];
    c.items.forEach((x, k) => void (x === o && idx.push(k)));
    return idx.map((k) => `${c.type.name} #${c.id}[${k}]`);
  }
  if (c instanceof PyCell) return ['closure cell'];
  if (c instanceof PyMethod) return [c.self === o ? `bound method #${c.id} (self)` : `bound method #${c.id}`];
  if (c instanceof PyFunction) return [`function ${c.qualname} (defaults or globals)`];
  if (c instanceof PyModule) return [`module ${c.name}`];
  return Array.from({ length: n }, () => `${c.type.name} #${c.id}`);
}

/** Attach a tracer to a machine built by createMachine (before it runs). */
export function traceRefs(machine: { readonly state: VmState }, spec: RefTraceSpec, write: (s: string) => void): RefTracer {
  const t = new RefTracer(machine.state, spec, write);
  t.install();
  return t;
}
