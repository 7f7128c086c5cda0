// Stage: version profile (3.8). CPython 3.8's reference-count and cycle-collector rules
// (Modules/gcmodule.c of 3.8: thresholds 700/10/10, collection inside the allocation).
// Later versions copy this object and override what changed. Must not depend on the VM.
import type { MemoryRules } from '../memory-rules.js';

export const memory38: MemoryRules = {
  immortalRefcount: null,
  staticIntRefcountBase: 0,
  parameterRefDelta: 0,
  instanceDictCounted: true,
  fetchedDictCounted: true,
  defaultThresholds: [700, 10, 10],
  autoCollect: 'allocation',
  fullCollectionRatio: 0.25,
  lazyDictTracking: true,
  untrackAtomicTuples: true,
  inlineAttributeKeys: null,
};
