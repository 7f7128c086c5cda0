// Stage: version profile (3.11 memory rules) = 3.8's rules plus 3.11's changes: statically
// allocated small ints start at refcount 999999999, parameters are one reference lower (the
// caller's stack reference moves into the frame), instances keep attributes inline (gc counts
// an instance as one object). Must not depend on the VM.
import type { MemoryRules } from '../memory-rules.js';
import { memory38 } from '../py38/memory.js';

export const memory311: MemoryRules = {
  ...memory38,
  staticIntRefcountBase: 999999999,
  parameterRefDelta: -1,
  instanceDictCounted: false,
  fetchedDictCounted: true,
};
