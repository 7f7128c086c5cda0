// Stage: version data (3.9) = 3.8's stack effects plus the opcodes 3.9 added (compile.c's
// stack_effect of 3.9). Opcodes 3.9 removed never reach it. Depends on py38/stack-effect.ts.
import { stackEffect38 } from '../py38/stack-effect.js';

const ADDED: Readonly<Record<string, number>> = {
  RERAISE: -3, WITH_EXCEPT_START: 1, LOAD_ASSERTION_ERROR: 1, LIST_TO_TUPLE: 0,
  IS_OP: -1, CONTAINS_OP: -1, JUMP_IF_NOT_EXC_MATCH: -2,
  LIST_EXTEND: -1, SET_UPDATE: -1, DICT_MERGE: -1, DICT_UPDATE: -1,
};

export function stackEffect39(op: string, arg: number, jump: boolean): number {
  return ADDED[op] ?? stackEffect38(op, arg, jump);
}
