// Stage: version profile (3.9) = 3.8 plus its changes: the 3.9 opcode table, the dialect of
// py39/codegen.ts, 3.9's stack effects and the peephole pass that stops at RERAISE. Line
// tables (co_lnotab) and the dis layout are 3.8's. Later versions spread these objects.
import type { VersionProfile } from '../profile.js';
import type { Backend } from '../../compiler/backend.js';
import type { DisStyle } from '../../dis/disassemble.js';
import { disassembleRecursive, disassembleModule } from '../../dis/disassemble.js';
import { disInternedNames } from '../dis-interned.js';
import { disInternedAdded39, disInternedRemoved39 } from './dis-interned-names.generated.js';
import { compileModuleWith } from '../../compiler/compile.js';
import { backend38, disStyle38, py38 } from '../py38/profile.js';
import { makePeephole38 } from '../py38/peephole.js';
import { opcodes } from './opcodes.generated.js';
import { vm39 } from './vm.js';
import { stdlib39 } from './stdlib.js';
import { stackEffect39 } from './stack-effect.js';
import { dialect39 } from './codegen.js';

export const backend39: Backend = {
  ...backend38,
  opcodes,
  stackEffect: stackEffect39,
  optimizeBytecode: makePeephole38(opcodes, ['SETUP_FINALLY', 'RERAISE']),
  dialect: dialect39,
};

export const disStyle39: DisStyle = { ...disStyle38, opcodes };

/** `python -m dis FILE`'s style: also knows what was interned before FILE was compiled. */
const moduleDisStyle39: DisStyle = {
  ...disStyle39,
  internedBeforeDis: disInternedNames(vm39.internedAtStartup, disInternedAdded39, disInternedRemoved39),
};

export const py39: VersionProfile = {
  ...py38,
  id: '3.9',
  opcodes,
  compileModule: (module, source) => compileModuleWith(module, source, backend39),
  disassembleModule: (code) => disassembleModule(code, moduleDisStyle39),
  disassembleCode: (code) => disassembleRecursive(code, disStyle39),
  vm: vm39,
  stdlib: stdlib39,
};
