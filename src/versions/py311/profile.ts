// Stage: version profile (3.11) = the previous version's profile plus 3.11's changes: the
// exception-table code generator configured by dialect311, 3.11's dis layout and its memory
// rules. py312/profile.ts starts from this object.
import type { VersionProfile } from '../profile.js';
import { py310 } from '../py310/profile.js';
import { compileModuleXt } from '../../compiler/xt/compile-xt.js';
import { disassembleRecursiveXt } from '../../dis/disassemble-xt.js';
import { opcodes } from './opcodes.generated.js';
import { dialect311 } from './dialect.js';
import { disStyle311 } from './dis-style.js';
import { memory311 } from './memory.js';
import { vm311 } from './vm.js';
import { stdlib311 } from './stdlib.js';

export const py311: VersionProfile = {
  ...py310,
  id: '3.11',
  opcodes,
  compileModule: (module, source) => compileModuleXt(module, source, dialect311),
  disassembleModule: (code) => disassembleRecursiveXt(code, disStyle311),
  disassembleCode: (code) => disassembleRecursiveXt(code, disStyle311),
  memory: memory311,
  vm: vm311,
  stdlib: stdlib311,
};
