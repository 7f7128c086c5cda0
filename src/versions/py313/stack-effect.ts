// Stage: version data (3.13) = 3.12's stack effects plus 3.13's instructions: TO_BOOL,
// CALL_KW, SET_FUNCTION_ATTRIBUTE, FORMAT_SIMPLE/WITH_SPEC, CONVERT_VALUE, the paired-local
// superinstructions and the argument-less MAKE_FUNCTION; returns count the value handed to the
// caller (RETURN_CONST +1, RETURN_VALUE 0). Depends on nothing.
import { stackEffect312 } from '../py312/stack-effect.js';

const FIXED313: Readonly<Record<string, number>> = {
  END_FOR: -1, RETURN_CONST: 1, RETURN_VALUE: 0, TO_BOOL: 0, SET_FUNCTION_ATTRIBUTE: -1, FORMAT_SIMPLE: 0, FORMAT_WITH_SPEC: -1, CONVERT_VALUE: 0,
  LOAD_FAST_LOAD_FAST: 2, STORE_FAST_LOAD_FAST: 0, STORE_FAST_STORE_FAST: -2, MAKE_FUNCTION: 0,
};

export function stackEffect313(op: string, arg: number, jump: boolean): number {
  const f = FIXED313[op];
  if (f !== undefined) return f;
  if (op === 'CALL_KW') return -2 - arg;
  return stackEffect312(op, arg, jump);
}
