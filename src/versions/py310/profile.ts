// Stage: version profile (3.10) = 3.9 plus its changes: the 3.10 opcode table and dialect
// (py310/codegen.ts), the control-flow-graph optimizer instead of the bytecode peephole
// (py310/cfg.ts), jump arguments counted in instructions, co_linetable (py310/linetable.ts),
// and dis showing `(to N)` for every jump; VM rules in vm.ts (switch points, lines, wording).
// 3.11+ spread this profile's VM rules but compile with the exception-table generator (xt).
import type { VersionProfile } from '../profile.js';
import type { Backend } from '../../compiler/backend.js';
import type { DisStyle } from '../../dis/disassemble.js';
import { disassembleRecursive, disassembleModule } from '../../dis/disassemble.js';
import { disInternedNames } from '../dis-interned.js';
import { disInternedAdded310, disInternedRemoved310 } from './dis-interned-names.generated.js';
import { compileModuleWith } from '../../compiler/compile.js';
import { backend39, disStyle39, py39 } from '../py39/profile.js';
import { opcodes } from './opcodes.generated.js';
import { vm310 } from './vm.js';
import { stdlib310 } from './stdlib.js';
import { stackEffect310 } from './stack-effect.js';
import { dialect310 } from './codegen.js';
import { optimizeBlocks310 } from './cfg.js';
import { encodeLinetable310, findLineStarts310 } from './linetable.js';

export const backend310: Backend = {
  ...backend39,
  opcodes,
  stackEffect: stackEffect310,
  encodeLineTable: encodeLinetable310,
  optimizeBlocks: optimizeBlocks310,
  optimizeBytecode: (code, _consts, lineTable) => ({ code, lineTable }),
  jumpArgScale: 1,
  directionalJumps: true,
  dialect: dialect310,
};

export const disStyle310: DisStyle = {
  ...disStyle39,
  opcodes,
  lineStarts: (code) => findLineStarts310(code.linetable, code.firstlineno),
  jumps: { unitBytes: 2, showAbsolute: true },
};

/** `python -m dis FILE`'s style: also knows what was interned before FILE was compiled. */
const moduleDisStyle310: DisStyle = {
  ...disStyle310,
  internedBeforeDis: disInternedNames(vm310.internedAtStartup, disInternedAdded310, disInternedRemoved310),
};

export const py310: VersionProfile = {
  ...py39,
  id: '3.10',
  opcodes,
  compileModule: (module, source) => compileModuleWith(module, source, backend310),
  disassembleModule: (code) => disassembleModule(code, moduleDisStyle310),
  disassembleCode: (code) => disassembleRecursive(code, disStyle310),
  vm: vm310,
  stdlib: stdlib310,
};
