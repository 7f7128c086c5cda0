// Stage: code objects, the output of every version backend and the input of dis and the VM.
// Field names follow CPython's co_* attributes. Byte-level tables (line table, exception
// table) are kept in the version's own encoding; the version profile knows how to read them.
import type { ConstValue } from '../syntax/constant.js';

export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;

export interface CodeObject {
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly nlocals: number;
  readonly stacksize: number;
  readonly flags: number;
  /** The instruction bytes (co_code). */
  readonly code: Uint8Array;
  readonly consts: readonly ConstValue[];
  readonly names: readonly string[];
  readonly varnames: readonly string[];
  readonly freevars: readonly string[];
  readonly cellvars: readonly string[];
  readonly filename: string;
  /** co_name, e.g. "<module>", "foo", "<listcomp>", "<lambda>". */
  readonly name: string;
  /** co_qualname (3.11+); the backend fills it for every version, dis uses it only where CPython does. */
  readonly qualname: string;
  readonly firstlineno: number;
  /** co_lnotab (3.8, 3.9) or co_linetable (3.10+), in the version's encoding. */
  readonly linetable: Uint8Array;
  /** co_exceptiontable (3.11+); empty before. */
  readonly exceptiontable: Uint8Array;
  /** Stable identity used for the deterministic address printed by dis. Assigned by the backend in creation order. */
  readonly serial: number;
}

export function isCodeConst(c: ConstValue): c is { kind: 'code'; code: CodeObject } {
  return c.kind === 'code';
}
