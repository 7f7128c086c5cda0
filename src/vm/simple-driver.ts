// Stage: VM. A minimal deterministic driver (placeholder for the seeded GIL scheduler in
// src/sim/): run the current thread until it blocks or finishes, or until a switch point after
// the simulated switch interval when other threads are runnable; then round-robin.
import type { Machine } from '../sim/contract.js';

export interface DriveResult {
  readonly stepLimit: boolean;
  readonly deadlock: boolean;
}

export function driveToCompletion(m: Machine, intervalTicks = 5_000_000): DriveResult {
  let cur = 0;
  for (;;) {
    const ts = m.threads();
    const runnable = ts.filter((t) => m.isRunnable(t.id)).map((t) => t.id);
    if (runnable.length === 0) {
      const sleepers = ts.filter((t) => t.state === 'blocked' && t.block?.kind === 'sleep');
      if (ts.every((t) => t.state === 'done')) return { stepLimit: false, deadlock: false };
      if (sleepers.length === 0) return { stepLimit: false, deadlock: true };
      const next = Math.min(...sleepers.map((t) => (t.block as { untilTick: number }).untilTick));
      m.advanceClock(next);
      continue;
    }
    if (!runnable.includes(cur)) cur = runnable.find((id) => id > cur) ?? runnable[0]!;
    const others = runnable.length > 1;
    const end = m.runSlice(cur, others ? m.clock + intervalTicks : Infinity);
    if (end.kind === 'step-limit') return { stepLimit: true, deadlock: false };
    if (end.kind === 'switch-point' || end.kind === 'blocked' || end.kind === 'done') {
      const after = m.threads().filter((t) => m.isRunnable(t.id)).map((t) => t.id);
      if (after.length) cur = after.find((id) => id > cur) ?? after[0]!;
    }
  }
}
