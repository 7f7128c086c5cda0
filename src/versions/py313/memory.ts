// Stage: version profile (3.13 memory rules) = 3.12's rules plus 3.13's changes: the young
// generation threshold is 2000 (gc.get_threshold() == (2000, 10, 10)), and attribute values stay
// inline after __dict__ is materialised (29 names per class's shared keys). Must not depend on the VM.
import type { MemoryRules } from '../memory-rules.js';
import { memory312 } from '../py312/memory.js';

export const memory313: MemoryRules = {
  ...memory312,
  defaultThresholds: [2000, 10, 10],
  inlineAttributeKeys: 29,
  fetchedDictCounted: false,
};
