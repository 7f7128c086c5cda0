// Stage: version profile (3.12 memory rules) = 3.11's rules plus 3.12's changes: immortal
// objects (PEP 683) report 4294967295, and the collector runs at the eval breaker instead of
// inside the allocation. Must not depend on the VM.
import type { MemoryRules } from '../memory-rules.js';
import { memory311 } from '../py311/memory.js';

export const memory312: MemoryRules = {
  ...memory311,
  immortalRefcount: 4294967295,
  staticIntRefcountBase: 0,
  autoCollect: 'eval-breaker',
};
