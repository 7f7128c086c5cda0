// Stage: VM loop kernels. The source of a kernel from what build.ts found in one iteration (a
// KernelPlan): the factory's loop function over numbers and the kernel itself (entry guards, how
// many iterations fit, the loop, the commit), as compile.ts runs it. Pure text generation: must
// not depend on the VM's objects. docs/loop-kernels.md explains what each part must keep exact.
import { noKernel, type KernelPlan, type Val } from './values.js';

/**
 * Calls of a new loop function with no iteration (Node 20's V8 allocates a function's feedback
 * vector once it has run about 8 x its bytecode length; a call without iterations runs about
 * a fifth of it): four times what is needed.
 */
const PRIME_CALLS = 160;

/** Largest magnitude of an int kept as a JS number (beyond it the interpreter uses bigints). */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A value's object at the commit (`X<site>` for a materialised site, which it marks needed). */
function obj(p: KernelPlan, v: Val): string {
  if (v.prov.k === 'inv') return v.prov.obj;
  if (v.prov.k === 'site') {
    p.sites[v.prov.site]!.needed = true;
    return `X${v.prov.site}`;
  }
  return noKernel('an observer sees a value carried from the previous iteration');
}

export function emitKernel(p: KernelPlan, fnName: string): string {
  const C = p.cost;
  const S = p.steps;
  if (!Number.isInteger(C) || C <= 0) noKernel('instruction costs that are not positive integers');
  const slots = p.slots;
  // the commit: the observer's calls and the slots' stores (they mark the sites they need)
  const observe: string[] = [];
  const stale: string[] = [];
  for (const a of p.accesses) {
    const w = a.written !== null ? obj(p, a.written) : 'undefined';
    const r = a.readAfter !== null ? obj(p, a.readAfter) : 'undefined';
    const key = a.key;
    observe.push(`obs.repeat(th.id, ${a.objId}, ${key}, ${JSON.stringify(a.ops)}, k, ${a.lastReadLine}, ${w}, ${r});`);
    // (a stale read is consumed by the next write: the kernel runs at a later visit)
    if (a.ops[0] === 'W') stale.push(`if (obs.hasStaleRead(th.id, ${a.objId}, ${key})) return 0;`);
  }
  const stores: string[] = [];
  for (const s of slots) {
    const x = obj(p, s.cur!);
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
  for (const [name, set] of p.receivers) {
    const rs = [...set];
    if (rs.length < 2 || !rs.some((o) => p.known.has(`A:${o}:${name}`))) continue;
    for (let x = 0; x < rs.length; x++) for (let y = x + 1; y < rs.length; y++) init.push(`if (${rs[x]} === ${rs[y]}) return no();`);
  }
  const its = p.items;
  if (slots.some((s) => s.key.startsWith('I:'))) {
    for (let x = 0; x < its.length; x++) for (let y = x + 1; y < its.length; y++) init.push(`if (sameItem(${its[x]}, ${its[y]})) return no();`);
  }
  const ls = p.locks;
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
  const intSites = p.sites.map((s, n) => ({ s, n })).filter((x) => x.s.kind === 'int');
  const allocs = p.sites.filter((x) => x.kind === 'alloc').length;
  const isBig = (v: string) => `(${v} > 256 || ${v} < -5 ? 1 : 0)`;
  const idsPer = (v: (n: number, js: string) => string) =>
    [...intSites.map(({ s, n }) => isBig(v(n, s.js))), ...(allocs ? [String(allocs)] : [])].join(' + ');
  const kept = p.sites.map((s, n) => ({ s, n })).filter((x) => x.s.kind === 'int' || x.s.needed);
  for (const { s, n } of kept) {
    slotIo(`a${n}`, s.kind === 'bool');
    carry.push(`a${n} = ${s.js};`);
  }
  const naIo = slotIo('na', false);
  if (intSites.length || allocs) carry.push(`na += ${idsPer((_, js) => js)};`);
  let curIo = -1;
  if (p.forLoop) {
    curIo = slotIo('cur', false);
    slotIo('rem', false);
    slotIo('step', false);
    carry.push('cur += step; rem--;');
  }
  const params = p.params;
  const loopName = `${fnName}_loop`;
  const load = (x: { name: string; bool: boolean }, k: number) => (x.bool ? `io[${k}] !== 0` : `io[${k}]`);
  const loopFn = [
    `function ${loopName}(K${params.map((p) => `, ${p}`).join('')}) {`,
    ...io.map((x, k) => `let ${x.name} = ${x.name === 'na' ? '0' : load(x, k)};`),
    'let k = 0;',
    'for (; k < K; k++) {',
    ...p.body,
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
  if (p.forLoop) commit.push(`IT.cur = io[${curIo}]; IT.remaining = io[${curIo + 1}];`);
  if (intSites.length || allocs) commit.push(`heap.nextId = id0 + na - (${idsPer((n) => `a${n}`)});`);
  p.sites.forEach((s, n) => {
    if (s.kind === 'int') commit.push(s.needed ? `const X${n} = newInt(a${n});` : `if (a${n} > 256 || a${n} < -5) heap.nextId++;`);
    else if (s.kind === 'alloc') commit.push('heap.nextId++;');
    else if (s.needed) commit.push(`const X${n} = a${n} ? True : False;`);
  });
  commit.push(...stores);
  p.sites.forEach((s, n) => {
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
    `let K = Math.floor((st.maxSteps - ${p.n + 1} - steps0) / ${S});`,
    `if (untilTick !== Infinity) { const kd = fitBefore(clock0, untilTick, ${C}); if (kd < K) K = kd; }`,
    // (clock0 + k * C is then exactly the clock instruction-by-instruction addition gives)
    'if (!Number.isSafeInteger(clock0)) return no();',
    `{ const kc = Math.floor((${MAX_SAFE} - clock0) / ${C}); if (kc < K) K = kc; }`,
    // (at most 2**30 - 1 iterations a call: the counts stay small integers for V8)
    'if (!(K > 0)) return 0;',
    'if (K > 0x3fffffff) K = 0x3fffffff;',
    'const stack = f.stack; const locals = f.locals; const sp = f.sp; const G = f.globals;',
    ...p.entry,
    ...init,
    ...(p.forLoop
      ? [`if (IT.remaining < K) K = IT.remaining;`, 'if (K <= 0) return 0;', `io[${curIo}] = IT.cur; io[${curIo + 1}] = IT.remaining; io[${curIo + 2}] = IT.step;`]
      : []),
    ...(stale.length ? ['if (obs !== null) {', ...stale, '}'] : []),
    // (no automatic collection can fall inside: an iteration frees the tracked objects it makes)
    ...(p.trackedPeak ? [`if (heap.gcCount + ${p.trackedPeak} > heap.gcLimit) return 0;`] : []),
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
