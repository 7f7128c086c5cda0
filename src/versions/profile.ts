// Stage: version seam. Everything that differs between CPython versions is reached through a
// VersionProfile. Nothing outside src/versions/ compares version numbers: it asks the profile.
// Each pyXY/profile.ts is written as "the previous version plus its changes".
import type { Module } from '../syntax/ast.js';
import type { SourceFile } from '../source/source.js';
import type { CodeObject } from '../compiler/code.js';
import type { StdlibFacts } from './stdlib-facts.js';
import type { MemoryRules } from './memory-rules.js';
import type { VmRules } from './vm-rules.js';

export type { MemoryRules } from './memory-rules.js';
export type { VmRules } from './vm-rules.js';

export type VersionId = '3.8' | '3.9' | '3.10' | '3.11' | '3.12' | '3.13';

export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
}

/** Opcode metadata generated from the real interpreter's `opcode` module (see test/tools/gen-opcodes.py). */
export interface OpcodeTable {
  readonly opname: readonly string[]; // 256 entries, '<N>' for unused
  readonly opmap: Readonly<Record<string, number>>;
  readonly HAVE_ARGUMENT: number;
  readonly EXTENDED_ARG: number;
  readonly hasconst: readonly number[];
  readonly hasname: readonly number[];
  readonly hasjrel: readonly number[];
  readonly hasjabs: readonly number[];
  readonly haslocal: readonly number[];
  readonly hascompare: readonly number[];
  readonly hasfree: readonly number[];
  readonly cmp_op: readonly string[];
  /** Extra per-version data (inline cache sizes, BINARY_OP names...). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface VersionProfile {
  readonly id: VersionId;
  readonly opcodes: OpcodeTable;
  /** The backend: AST (already subset-checked) to the module code object. */
  compileModule(module: Module, source: SourceFile): CodeObject;
  /** `python -m dis FILE` text for a module code object. */
  disassembleModule(code: CodeObject): string;
  /** `dis.dis(obj)` text for one code object (as called from inside a program). */
  disassembleCode(code: CodeObject): string;
  /** Standard-library facts printed in tracebacks (absent: thread tracebacks omit threading.py frames). */
  readonly stdlib?: StdlibFacts;
  /** Reference-count and cycle-collector rules (sys.getrefcount, gc module), see memory-rules.ts. */
  readonly memory: MemoryRules;
  /** Switch points, costs, line tables and version-visible runtime behaviour, see vm-rules.ts. */
  readonly vm: VmRules;
}
