// Stage: version profile (3.13) = 3.12's profile plus 3.13's changes: dialect313 for the
// exception-table code generator, 3.13's label-based dis, the 2000-object gc threshold.
import type { VersionProfile } from '../profile.js';
import { py312 } from '../py312/profile.js';
import { compileModuleXt } from '../../compiler/xt/compile-xt.js';
import { disassembleRecursiveXt, disassembleModuleXt } from '../../dis/disassemble-xt.js';
import type { XDisStyle } from '../../dis/disassemble-xt.js';
import { disInternedNames } from '../dis-interned.js';
import { disInternedAdded313, disInternedRemoved313 } from './dis-interned-names.generated.js';
import { opcodes } from './opcodes.generated.js';
import { dialect313 } from './dialect.js';
import { disStyle313 } from './dis-style.js';
import { memory313 } from './memory.js';
import { vm313 } from './vm.js';
import { stdlib313 } from '../py311/stdlib.js';

/** `python -m dis FILE`'s style: also knows what was interned before FILE was compiled. */
const moduleDisStyle313: XDisStyle = {
  ...disStyle313,
  internedBeforeDis: disInternedNames(vm313.internedAtStartup, disInternedAdded313, disInternedRemoved313),
};

export const py313: VersionProfile = {
  ...py312,
  id: '3.13',
  opcodes,
  compileModule: (module, source) => compileModuleXt(module, source, dialect313),
  disassembleModule: (code) => disassembleModuleXt(code, moduleDisStyle313),
  disassembleCode: (code) => disassembleRecursiveXt(code, disStyle313),
  memory: memory313,
  vm: vm313,
  stdlib: stdlib313,
};
