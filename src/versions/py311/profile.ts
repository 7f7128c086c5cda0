// Stage: version profile (3.11) = the previous version's profile plus 3.11's changes: the
// exception-table code generator configured by dialect311, 3.11's dis layout and its memory
// rules. py312/profile.ts starts from this object.
import type { VersionProfile } from '../profile.js';
import { py310 } from '../py310/profile.js';
import { compileModuleXt } from '../../compiler/xt/compile-xt.js';
import { disassembleRecursiveXt, disassembleModuleXt } from '../../dis/disassemble-xt.js';
import type { XDisStyle } from '../../dis/disassemble-xt.js';
import { disInternedNames } from '../dis-interned.js';
import { disInternedAdded311, disInternedRemoved311 } from './dis-interned-names.generated.js';
import { opcodes } from './opcodes.generated.js';
import { dialect311 } from './dialect.js';
import { disStyle311 } from './dis-style.js';
import { memory311 } from './memory.js';
import { vm311 } from './vm.js';
import { stdlib311 } from './stdlib.js';

/** `python -m dis FILE`'s style: also knows what was interned before FILE was compiled. */
const moduleDisStyle311: XDisStyle = {
  ...disStyle311,
  internedBeforeDis: disInternedNames(vm311.internedAtStartup, disInternedAdded311, disInternedRemoved311),
};

export const py311: VersionProfile = {
  ...py310,
  id: '3.11',
  opcodes,
  compileModule: (module, source) => compileModuleXt(module, source, dialect311),
  disassembleModule: (code) => disassembleModuleXt(code, moduleDisStyle311),
  disassembleCode: (code) => disassembleRecursiveXt(code, disStyle311),
  memory: memory311,
  vm: vm311,
  stdlib: stdlib311,
};
