#!/usr/bin/env node
// Benchmark: whole-process wall time of gilsim vs the real CPython on the same programs, side by
// side in one run, printed as ratios (no assertions: figures for humans and closing notes). Also
// the CPU time (user + sys, via /usr/bin/time) of both, less sensitive to a loaded machine.
// gilsim's and CPython's runs alternate (fair ratios when the machine's speed drifts).
// Usage: node test/bench/run.mjs [--reps N] [--python 3.8]
// Needs the real interpreters under $(pyenv root)/versions; skips CPython columns otherwise.
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const reps = Number(args[args.indexOf('--reps') + 1] ?? 0) || 5;
const version = args.includes('--python') ? args[args.indexOf('--python') + 1] : '3.8';

function pythonFor(v) {
  let root = process.env.PYENV_ROOT;
  if (!root) {
    try { root = execSync('pyenv root', { encoding: 'utf8' }).trim(); } catch { return undefined; }
  }
  const dir = join(root, 'versions');
  if (!existsSync(dir)) return undefined;
  const m = readdirSync(dir).filter((d) => d.startsWith(v + '.')).sort().pop();
  return m ? join(dir, m, 'bin', 'python') : undefined;
}

// CPU time (user + sys) of the child through /usr/bin/time when present: on a shared, loaded
// machine wall time mostly measures the load, CPU time much less so.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const CPU_MARK = 'gilsim-bench-cpu';

// NODE_EXTRA_CA_CERTS (set on some machines, CI containers among them) makes Node parse those
// certificates at every start-up, before any of gilsim runs (~80 ms on the machine this was
// written on, where `node -e 0` takes ~130 ms with it and ~50 ms without). gilsim never opens a
// connection. When it is set, gilsim is also timed without it (a second row, "clean env").
const CLEAN_ENV = process.env.NODE_EXTRA_CA_CERTS ? { ...process.env, NODE_EXTRA_CA_CERTS: '' } : null;

function time(cmd, argv, env = process.env) {
  const t0 = process.hrtime.bigint();
  const opts = { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, env };
  const r = TIME ? spawnSync(TIME, ['-f', `${CPU_MARK} %U %S`, cmd, ...argv], opts) : spawnSync(cmd, argv, opts);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const m = TIME ? new RegExp(`${CPU_MARK} ([0-9.]+) ([0-9.]+)`).exec(r.stderr) : null;
  const cpuMs = m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN;
  return { ms, cpuMs, stdout: r.stdout };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const programs = [
  { name: 'unsafe counter (5 x 100000)', file: '../shared/seed/cells/unsafe_counter.py', target: 2.0 },
  { name: 'locked counter (5 x 100000)', file: '../shared/seed/cells/locked_counter.py', target: 0.3 },
];
const py = pythonFor(version);
const bin = join(ROOT, 'bin', 'gilsim.cjs');
console.log(`gilsim vs CPython ${version} (${py ?? 'not installed'}), median of ${reps} runs, whole processes\n`);
console.log(
  'program'.padEnd(30), 'cpython ms'.padStart(11), 'gilsim ms'.padStart(10), 'ratio'.padStart(7), 'target'.padStart(7),
  'sim instr/s'.padStart(13), '| cpu ms: cpython'.padStart(17), 'gilsim'.padStart(7), 'ratio'.padStart(6),
);
for (const p of programs) {
  const file = join(ROOT, p.file);
  if (!existsSync(file)) { console.log(p.name.padEnd(30), 'missing', p.file); continue; }
  // gilsim and CPython alternate, run by run: on a machine whose speed drifts, both sides of a
  // ratio then see the same conditions (one block of each would compare different minutes).
  const g = [];
  const gClean = [];
  const ct = [];
  for (let i = 0; i < reps; i++) {
    const argv = [bin, 'run', file, '--python', version, '--seed', String(i + 1)];
    g.push(time(process.execPath, argv));
    if (CLEAN_ENV) gClean.push(time(process.execPath, argv, CLEAN_ENV));
    if (py) ct.push(time(py, [file]));
  }
  const j = JSON.parse(time(process.execPath, [bin, 'run', file, '--python', version, '--seed', '1', '--json']).stdout);
  const ips = j.stats.instructions / (j.stats.wallMs / 1000);
  const c = py ? median(ct.map((t) => t.ms)) : NaN;
  const cc = py ? median(ct.map((t) => t.cpuMs)) : NaN;
  const row = (name, runs) => {
    const gm = median(runs.map((t) => t.ms));
    const gcm = median(runs.map((t) => t.cpuMs));
    console.log(
      name.padEnd(30), c.toFixed(0).padStart(11), gm.toFixed(0).padStart(10),
      (gm / c).toFixed(2).padStart(7), `<=${p.target}`.padStart(7), Math.round(ips).toLocaleString('en-US').padStart(13),
      cc.toFixed(0).padStart(17), gcm.toFixed(0).padStart(7), (gcm / cc).toFixed(2).padStart(6),
    );
  };
  row(p.name, g);
  if (CLEAN_ENV) row('  same, clean env', gClean);
}

// The floor under every whole-process figure: Node's own start-up and gilsim's start-up on a
// small program (the seed's refcount cell), against CPython's (what any gilsim run pays before simulating anything).
{
  const trivial = join(ROOT, 'test', 'corpus', 'seed', 'refcount.py');
  const floor = (env) => {
    const nodeMs = median(Array.from({ length: reps }, () => time(process.execPath, ['-e', '0'], env).ms));
    const gMs = median(Array.from({ length: reps }, () => time(process.execPath, [bin, 'run', trivial, '--python', version, '--seed', '1'], env).ms));
    return `node -e 0 ${nodeMs.toFixed(0)} ms; gilsim run ${trivial.slice(ROOT.length + 1)} ${gMs.toFixed(0)} ms`;
  };
  const cMs = py ? median(Array.from({ length: reps }, () => time(py, [trivial]).ms)) : NaN;
  console.log(`\nstart-up floor: ${floor(process.env)}; CPython ${cMs.toFixed(0)} ms`);
  if (CLEAN_ENV) console.log(`  clean env (NODE_EXTRA_CA_CERTS unset): ${floor(CLEAN_ENV)}`);
}
