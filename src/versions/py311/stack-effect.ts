// Stage: version data (3.11). Stack effect of each instruction and pseudo-instruction as
// CPython 3.11's compiler counts it, for co_stacksize and exception-handler depths. `jump`
// selects the taken-branch effect. 3.12/3.13 extend this table. Depends on nothing.

export const FIXED311: Readonly<Record<string, number>> = {
  NOP: 0, EXTENDED_ARG: 0, RESUME: 0, CACHE: 0, POP_TOP: -1, PUSH_NULL: 1, SWAP: 0, COPY: 1,
  UNARY_POSITIVE: 0, UNARY_NEGATIVE: 0, UNARY_NOT: 0, UNARY_INVERT: 0,
  SET_ADD: -1, LIST_APPEND: -1, MAP_ADD: -2, BINARY_SUBSCR: -1, STORE_SUBSCR: -3, DELETE_SUBSCR: -2,
  GET_ITER: 0, PRINT_EXPR: -1, LOAD_BUILD_CLASS: 1, RETURN_VALUE: -1, IMPORT_STAR: -1,
  SETUP_ANNOTATIONS: 0, ASYNC_GEN_WRAP: 0, YIELD_VALUE: 0, POP_BLOCK: 0, POP_EXCEPT: -1,
  STORE_NAME: -1, DELETE_NAME: 0, STORE_ATTR: -2, DELETE_ATTR: -1, STORE_GLOBAL: -1, DELETE_GLOBAL: 0,
  LOAD_CONST: 1, LOAD_NAME: 1, LOAD_ATTR: 0, COMPARE_OP: -1, IS_OP: -1, CONTAINS_OP: -1,
  CHECK_EXC_MATCH: 0, CHECK_EG_MATCH: 0, IMPORT_NAME: -1, IMPORT_FROM: 1,
  JUMP_FORWARD: 0, JUMP_BACKWARD: 0, JUMP: 0, JUMP_BACKWARD_NO_INTERRUPT: 0, JUMP_NO_INTERRUPT: 0,
  PREP_RERAISE_STAR: -1, RERAISE: -1, PUSH_EXC_INFO: 1, WITH_EXCEPT_START: 1,
  LOAD_FAST: 1, STORE_FAST: -1, DELETE_FAST: 0, KW_NAMES: 0, MAKE_CELL: 0, COPY_FREE_VARS: 0,
  LOAD_CLOSURE: 1, LOAD_DEREF: 1, LOAD_CLASSDEREF: 1, STORE_DEREF: -1, DELETE_DEREF: 0,
  GET_AWAITABLE: 0, BEFORE_ASYNC_WITH: 1, BEFORE_WITH: 1, GET_AITER: 0, GET_ANEXT: 1,
  GET_YIELD_FROM_ITER: 0, END_ASYNC_FOR: -2, LOAD_METHOD: 1, LOAD_ASSERTION_ERROR: 1,
  LIST_TO_TUPLE: 0, LIST_EXTEND: -1, SET_UPDATE: -1, DICT_MERGE: -1, DICT_UPDATE: -1,
  GET_LEN: 1, MATCH_CLASS: -2, MATCH_MAPPING: 1, MATCH_SEQUENCE: 1, MATCH_KEYS: 1,
  RETURN_GENERATOR: 0, BINARY_OP: -1,
};

export function stackEffect311(op: string, arg: number, jump: boolean): number {
  const f = FIXED311[op];
  if (f !== undefined) return f;
  switch (op) {
    case 'UNPACK_SEQUENCE': return arg - 1;
    case 'UNPACK_EX': return (arg & 0xff) + (arg >> 8);
    case 'FOR_ITER': return jump ? -1 : 1;
    case 'SEND': return jump ? -1 : 0;
    case 'BUILD_TUPLE': case 'BUILD_LIST': case 'BUILD_SET': case 'BUILD_STRING': return 1 - arg;
    case 'BUILD_MAP': return 1 - 2 * arg;
    case 'BUILD_CONST_KEY_MAP': return -arg;
    case 'JUMP_IF_TRUE_OR_POP': case 'JUMP_IF_FALSE_OR_POP': return jump ? 0 : -1;
    case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': case 'POP_JUMP_IF_NONE': case 'POP_JUMP_IF_NOT_NONE':
    case 'POP_JUMP_FORWARD_IF_FALSE': case 'POP_JUMP_FORWARD_IF_TRUE':
    case 'POP_JUMP_BACKWARD_IF_FALSE': case 'POP_JUMP_BACKWARD_IF_TRUE':
    case 'POP_JUMP_FORWARD_IF_NONE': case 'POP_JUMP_FORWARD_IF_NOT_NONE':
    case 'POP_JUMP_BACKWARD_IF_NONE': case 'POP_JUMP_BACKWARD_IF_NOT_NONE':
      return -1;
    case 'LOAD_GLOBAL': return (arg & 1) + 1;
    case 'SETUP_FINALLY': return jump ? 1 : 0;
    case 'SETUP_CLEANUP': return jump ? 2 : 0;
    case 'SETUP_WITH': return jump ? 1 : 0;
    case 'RAISE_VARARGS': return -arg;
    case 'PRECALL': return -arg;
    case 'CALL': return -1;
    case 'CALL_FUNCTION_EX': return -2 - (arg & 1);
    case 'MAKE_FUNCTION': return -((arg & 1) ? 1 : 0) - ((arg & 2) ? 1 : 0) - ((arg & 4) ? 1 : 0) - ((arg & 8) ? 1 : 0);
    case 'BUILD_SLICE': return arg === 3 ? -2 : -1;
    case 'FORMAT_VALUE': return (arg & 4) === 4 ? -1 : 0;
    default: throw new Error(`gilsim bug: no 3.11 stack effect for ${op}`);
  }
}
