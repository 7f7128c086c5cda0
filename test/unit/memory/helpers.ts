// Test helper for the memory unit tests: run a program on the VM under a (possibly modified)
// version profile and read its output and the collector's state afterwards.
import { makeSource } from '../../../src/source/source.js';
import { compileSource } from '../../../src/pipeline.js';
import { py38 } from '../../../src/versions/py38/profile.js';
import type { MemoryRules, VersionProfile } from '../../../src/versions/profile.js';
import { VmMachine } from '../../../src/vm/machine.js';
import { driveToCompletion } from '../../../src/vm/simple-driver.js';
import { heap } from '../../../src/vm/objects/base.js';
import { older } from '../../../src/vm/memory/tracking.js';

export function profileWith(memory: Partial<MemoryRules>): VersionProfile {
  return { ...py38, memory: { ...py38.memory, ...memory } };
}

export function runVm(source: string, profile: VersionProfile = py38): { stdout: string; stderr: string; machine: VmMachine } {
  const src = makeSource('t.py', source);
  const m = new VmMachine(src, profile, compileSource(src, profile).code);
  driveToCompletion(m);
  return { stdout: m.stdout, stderr: m.stderr, machine: m };
}

export function liveGcObjects(): number {
  return heap.tracked.size + older.gen1.size + older.gen2.size + older.untracked.size;
}
