#!/usr/bin/env node
// Benchmark helper: aggregate a V8 .cpuprofile (node --cpu-prof) into self time per function,
// so interpreter hot spots can be compared before/after a change. Reads only the profile file.
// Usage: node test/bench/profile.mjs FILE.cpuprofile [--top N]
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const file = argv[0];
if (!file) {
  console.error('usage: node test/bench/profile.mjs FILE.cpuprofile [--top N]');
  process.exit(2);
}
const top = argv.includes('--top') ? Number(argv[argv.indexOf('--top') + 1]) : 30;
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const dt = new Map();
const { samples, timeDeltas } = prof;
for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
const self = new Map();
let total = 0;
for (const [id, us] of dt) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const url = cf.url.replace(/^.*\/(dist|src|node_modules)\//, '$1/');
  const key = `${cf.functionName || '(anonymous)'} ${url}:${cf.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
for (const [k, us] of rows) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
