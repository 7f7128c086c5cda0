// Stage: version profile (3.9) = 3.8's VM rules plus its changes: the 3.9 switch-point table and
// absolute script paths in tracebacks (3.9 makes the script path given on the command line
// absolute), 3.9's names interned at startup, and set.add() never refilling deleted slots. Must not depend on the VM.
import { lazyNameSet, type VmRules } from '../vm-rules.js';
import { vm38 } from '../py38/vm.js';
import { switchPoints39 } from './switch-points.js';
import { internedNames39 } from './interned-names.generated.js';

export const vm39: VmRules = {
  ...vm38,
  versionInfo: [3, 9, 18],
  switchPoints: switchPoints39,
  absoluteScriptPath: true,
  setAddReusesDummy: false,
  internedAtStartup: lazyNameSet(internedNames39),
};
