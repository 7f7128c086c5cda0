// Stage: version profile (3.12) = 3.11's profile plus 3.12's changes: dialect312 for the
// exception-table code generator, 3.12's dis, immortal objects in the memory rules.
import type { VersionProfile } from '../profile.js';
import { py311 } from '../py311/profile.js';
import { compileModuleXt } from '../../compiler/xt/compile-xt.js';
import { disassembleRecursiveXt, disassembleModuleXt } from '../../dis/disassemble-xt.js';
import type { XDisStyle } from '../../dis/disassemble-xt.js';
import { disInternedNames } from '../dis-interned.js';
import { disInternedAdded312, disInternedRemoved312 } from './dis-interned-names.generated.js';
import { opcodes } from './opcodes.generated.js';
import { dialect312 } from './dialect.js';
import { disStyle312 } from './dis-style.js';
import { memory312 } from './memory.js';
import { vm312 } from './vm.js';
import { stdlib312 } from '../py311/stdlib.js';

/** `python -m dis FILE`'s style: also knows what was interned before FILE was compiled. */
const moduleDisStyle312: XDisStyle = {
  ...disStyle312,
  internedBeforeDis: disInternedNames(vm312.internedAtStartup, disInternedAdded312, disInternedRemoved312),
};

export const py312: VersionProfile = {
  ...py311,
  id: '3.12',
  opcodes,
  compileModule: (module, source) => compileModuleXt(module, source, dialect312),
  disassembleModule: (code) => disassembleModuleXt(code, moduleDisStyle312),
  disassembleCode: (code) => disassembleRecursiveXt(code, disStyle312),
  memory: memory312,
  vm: vm312,
  stdlib: stdlib312,
};
