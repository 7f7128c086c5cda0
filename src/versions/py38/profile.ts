// Stage: version profile (3.8). CPython 3.8's backend: the shared code generator with 3.8's
// stack effects, lnotab encoding and peephole optimizer, and dis's 3.8 layout.
// Later versions start from this object and override what changed.
import type { VersionProfile } from '../profile.js';
import type { Backend } from '../../compiler/backend.js';
import type { DisStyle } from '../../dis/disassemble.js';
import { disassembleRecursive, disassembleModule } from '../../dis/disassemble.js';
import { disInternedNames } from '../dis-interned.js';
import { disInternedAdded38, disInternedRemoved38 } from './dis-interned-names.generated.js';
import { compileModuleWith } from '../../compiler/compile.js';
import { opcodes } from './opcodes.generated.js';
import { vm38 } from './vm.js';
import { stackEffect38 } from './stack-effect.js';
import { encodeLnotab, findLineStarts } from './lnotab.js';
import { makePeephole38 } from './peephole.js';
import { stdlib38 } from './stdlib.js';
import { dialect38 } from './codegen.js';
import { memory38 } from './memory.js';

export const backend38: Backend = {
  opcodes,
  stackEffect: stackEffect38,
  encodeLineTable: encodeLnotab,
  optimizeBytecode: makePeephole38(opcodes),
  jumpArgScale: 2,
  dialect: dialect38,
};

export const disStyle38: DisStyle = {
  opcodes,
  layout: { opnameWidth: 20, opargWidth: 5 },
  lineStarts: (code) => findLineStarts(code.linetable, code.firstlineno),
  strHash: vm38.strHash,
};

/** `python -m dis FILE`'s style: also knows what was interned before FILE was compiled. */
const moduleDisStyle38: DisStyle = {
  ...disStyle38,
  internedBeforeDis: disInternedNames(vm38.internedAtStartup, disInternedAdded38, disInternedRemoved38),
};

export const py38: VersionProfile = {
  id: '3.8',
  opcodes,
  compileModule: (module, source) => compileModuleWith(module, source, backend38),
  disassembleModule: (code) => disassembleModule(code, moduleDisStyle38),
  disassembleCode: (code) => disassembleRecursive(code, disStyle38),
  stdlib: stdlib38,
  memory: memory38,
  vm: vm38,
};
