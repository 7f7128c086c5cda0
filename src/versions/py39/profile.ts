// Stage: version profile (3.9) = 3.8 plus its changes: the 3.9 opcode table, the dialect of
// py39/codegen.ts, 3.9's stack effects and the peephole pass that stops at RERAISE. Line
// tables (co_lnotab) and the dis layout are 3.8's. Later versions spread these objects.
import type { VersionProfile } from '../profile.js';
import type { Backend } from '../../compiler/backend.js';
import type { DisStyle } from '../../dis/disassemble.js';
import { disassembleRecursive } from '../../dis/disassemble.js';
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

export const py39: VersionProfile = {
  ...py38,
  id: '3.9',
  opcodes,
  compileModule: (module, source) => compileModuleWith(module, source, backend39),
  disassembleModule: (code) => disassembleRecursive(code, disStyle39),
  disassembleCode: (code) => disassembleRecursive(code, disStyle39),
  vm: vm39,
  stdlib: stdlib39,
};
