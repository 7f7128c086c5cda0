// Stage: version profile (3.13 memory rules) = 3.12's rules plus 3.13's change: the young
// generation threshold is 2000 (gc.get_threshold() == (2000, 10, 10)). Must not depend on the VM.
import type { MemoryRules } from '../memory-rules.js';
import { memory312 } from '../py312/memory.js';

export const memory313: MemoryRules = {
  ...memory312,
  defaultThresholds: [2000, 10, 10],
};
