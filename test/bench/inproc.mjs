#!/usr/bin/env node
// Benchmark helper: run one program on the built simulator (dist/) several times in one process
// and print per-run CPU and wall time and simulated instructions per second (first run includes
// JIT warm-up). Usage: node test/bench/inproc.mjs FILE [--runs N] [--seed S] [--no-observer]
// [--warm FILE2: run FILE2 once first, with a tiny switch interval]
// [--profile-after K OUT.cpuprofile: profile the runs after the first K] [--no-jit]
// [--reuse: compile the program once for all runs, so later runs reuse its compiled JS]
import { compileFile } from '../../dist/pipeline.js';
import { runProgram } from '../../dist/sim/run.js';
import { runExecution } from '../../dist/sim/execution.js';
import { GilScheduler } from '../../dist/schedulers/gil.js';
import { createMachine } from '../../dist/vm/machine.js';
import { loadProfile } from '../../dist/versions/registry.js';
import { jitSettings } from '../../dist/vm/jit/compile.js';
import { readFileSync as readFileSyncNode } from 'node:fs';

const argv = process.argv.slice(2);
const file = argv[0];
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
const seed = argv.includes('--seed') ? Number(argv[argv.indexOf('--seed') + 1]) : 1;
const profile = await loadProfile('3.8');
// --no-jit: every frame in the interpreter loop (src/vm/jit off), to compare.
if (argv.includes('--no-jit')) jitSettings.enabled = false;
// --profile-after K OUT: CPU-profile the runs after the first K (steady state) into OUT.
let session = null;
const profAfter = argv.includes('--profile-after') ? Number(argv[argv.indexOf('--profile-after') + 1]) : -1;
const profOut = profAfter >= 0 ? argv[argv.indexOf('--profile-after') + 2] : '';
async function post(method, params) {
  return new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
}
if (argv.includes('--warm')) {
  const wf = argv[argv.indexOf('--warm') + 1];
  const c0 = process.cpuUsage();
  const res = runProgram({
    compiled: compileFile(wf, profile), profile, createMachine, scheduler: new GilScheduler(1), maxSteps: 1e9,
    switchInterval: 0.00001, stdout: () => {}, stderr: (t) => process.stderr.write(t),
  });
  const cu = process.cpuUsage(c0);
  console.log(`warm-up: ${res.instructions} instr, cpu ${((cu.user + cu.system) / 1000).toFixed(0)} ms`);
}
let reused;
for (let r = 0; r < runs; r++) {
  if (r === profAfter) {
    const { Session } = await import('node:inspector');
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
  }
  const c0 = process.cpuUsage();
  const s0 = mainCpuNs();
  const t0 = performance.now();
  // --reuse: one compiled program for every run (its code objects, so their compiled JS, stay)
  const compiled = argv.includes('--reuse') ? (reused ??= compileFile(file, profile)) : compileFile(file, profile);
  let res;
  if (argv.includes('--no-observer')) {
    // The machine alone, without the lost-update detector.
    const m = createMachine(compiled, profile, { maxSteps: 1e9, stdout: () => {}, stderr: (t) => process.stderr.write(t) });
    runExecution(m, new GilScheduler(seed));
    res = { instructions: m.steps, totalLost: NaN };
  } else {
    res = runProgram({
      compiled, profile, createMachine, scheduler: new GilScheduler(seed), maxSteps: 1e9,
      stdout: () => {}, stderr: (t) => process.stderr.write(t),
    });
  }
  const wall = performance.now() - t0;
  const mainMs = (mainCpuNs() - s0) / 1e6;
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1000;
  console.log(`run ${r + 1}: ${res.instructions} instr, main ${mainMs.toFixed(0)} ms, cpu ${cpu.toFixed(0)} ms, wall ${wall.toFixed(0)} ms, ` +
    `${(res.instructions / (cpu / 1000) / 1e6).toFixed(1)} M instr/s (cpu), lost ${res.totalLost}`);
}
if (session) {
  const { profile: prof } = await post('Profiler.stop');
  (await import('node:fs')).writeFileSync(profOut, JSON.stringify(prof));
}

/** On-CPU time of the main thread (ns), from the kernel's scheduler statistics: not inflated by waiting for a busy CPU. */
function mainCpuNs() {
  try {
    return Number((readFileSyncNode(`/proc/self/task/${process.pid}/schedstat`, 'utf8')).split(' ')[0]);
  } catch {
    return NaN;
  }
}
