#!/usr/bin/env node
// Benchmark of `gilsim explore` on the built explorer (dist/): for the counter family (2..3
// threads x 1..4 increments of a global, unlocked and under `with lock:`, CPython 3.8 switch
// points, threads started by --threads), the executions DPOR explores against the number of
// distinct schedules (plain enumeration; when its time budget runs out: the multinomial count
// of slice interleavings if no thread blocks, else "≥ N" executions enumerated), executions
// per second, and the wall and CPU time of each complete DPOR exploration. Prints figures only;
// no timed assertions. Usage: npm run build && node test/bench/explore.bench.mjs [--dfs-budget S] [--dpor-budget S]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '../../dist/pipeline.js';
import { createMachine } from '../../dist/vm/machine.js';
import { loadProfile } from '../../dist/versions/registry.js';
import { explore } from '../../dist/explore/explore.js';
import { exploreTree } from '../../dist/explore/dpor.js';

const argv = process.argv.slice(2);
const dfsBudget = argv.includes('--dfs-budget') ? Number(argv[argv.indexOf('--dfs-budget') + 1]) : 10;
const dporBudget = argv.includes('--dpor-budget') ? Number(argv[argv.indexOf('--dpor-budget') + 1]) : 30;
const profile = await loadProfile('3.8');
const dir = mkdtempSync(join(tmpdir(), 'gilsim-bench-'));

function program(increments, locked) {
  const body = locked ? '        with lock:\n            count += 1\n' : '        count += 1\n';
  return `import threading\n\ncount = 0\nlock = threading.Lock()\n\ndef work():\n    global count\n    for _ in range(${increments}):\n${body}`;
}

async function run(file, threads, strategy, budgetS) {
  const compiled = compileFile(file, profile);
  const cfg = {
    factory: (s) => createMachine(compiled, profile, { maxSteps: 1e6, stdout: s.stdout, stderr: s.stderr }),
    spawn: { threads, target: 'work' },
    observe: ['count'],
    expect: [],
  };
  const c0 = process.cpuUsage();
  const r = await explore(cfg, { strategy, budgetMs: budgetS * 1000, maxExecutions: 10_000_000 });
  const cpu = process.cpuUsage(c0);
  return { r, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Interleavings of the worker threads' slices when no thread ever blocks: the multinomial of
 * their slice counts (each slice ends at a switch point; the module body runs before them).
 */
function interleavings(file, threads) {
  const compiled = compileFile(file, profile);
  let rec;
  exploreTree(
    {
      factory: (s) => createMachine(compiled, profile, { maxSteps: 1e6, stdout: s.stdout, stderr: s.stderr }),
      spawn: { threads, target: 'work' },
      observe: [],
      expect: [],
    },
    { mode: 'dfs', budgetMs: 10_000, maxExecutions: 1, onExecution: (r) => (rec = r) },
  );
  // Locks make some interleavings infeasible and add blocked attempts: no closed form then.
  if (rec.slices.some((s) => s.end === 'blocked' || [...s.acc.keys()].some((k) => k.startsWith('L')))) return undefined;
  const counts = new Map();
  for (const s of rec.slices) if (s.thread !== 0) counts.set(s.thread, (counts.get(s.thread) ?? 0) + 1);
  let n = 0n;
  let r = 1n;
  for (const c of counts.values()) {
    for (let i = 1n; i <= BigInt(c); i++) r = (r * (n + i)) / i;
    n += BigInt(c);
  }
  return r;
}

const rows = [['family', 'dpor execs', 'schedules', 'outcomes', 'dpor wall ms', 'dpor cpu ms', 'dpor execs/s', 'verdict']];
for (const locked of [false, true]) {
  for (const threads of [2, 3]) {
    for (let inc = 1; inc <= 4; inc++) {
      const file = join(dir, `counter_${locked ? 'locked' : 'unlocked'}_${inc}.py`);
      writeFileSync(file, program(inc, locked));
      const d = await run(file, threads, 'dpor', dporBudget);
      const f = await run(file, threads, 'dfs', dfsBudget);
      const exact = interleavings(file, threads);
      const schedules = f.r.complete ? String(f.r.explored) : exact !== undefined ? exact.toLocaleString('en-US') : `≥ ${f.r.explored}`;
      const dporCount = d.r.complete ? String(d.r.explored) : `≥ ${d.r.explored} (cut)`;
      rows.push([
        `${threads}x${inc} ${locked ? 'locked' : 'unlocked'}`,
        dporCount,
        schedules,
        d.r.outcomes[0].values.map((v) => v.value).join(','),
        d.r.elapsedMs.toFixed(0),
        d.cpuMs.toFixed(0),
        (d.r.explored / Math.max(d.r.elapsedMs / 1000, 1e-3)).toFixed(0),
        d.r.verdict,
      ]);
      console.error(`done ${rows[rows.length - 1].join(' | ')}`);
    }
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
