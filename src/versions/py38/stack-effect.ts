// Stage: version data (3.8). Stack effect of each instruction as CPython 3.8's compiler counts
// it (stack_effect in compile.c), for co_stacksize. `jump` selects the taken-branch effect.
// Depends on nothing.

const FIXED: Readonly<Record<string, number>> = {
  NOP: 0, EXTENDED_ARG: 0, POP_TOP: -1, ROT_TWO: 0, ROT_THREE: 0, ROT_FOUR: 0, DUP_TOP: 1, DUP_TOP_TWO: 2,
  UNARY_POSITIVE: 0, UNARY_NEGATIVE: 0, UNARY_NOT: 0, UNARY_INVERT: 0,
  SET_ADD: -1, LIST_APPEND: -1, MAP_ADD: -2,
  BINARY_POWER: -1, BINARY_MULTIPLY: -1, BINARY_MATRIX_MULTIPLY: -1, BINARY_MODULO: -1, BINARY_ADD: -1,
  BINARY_SUBTRACT: -1, BINARY_SUBSCR: -1, BINARY_FLOOR_DIVIDE: -1, BINARY_TRUE_DIVIDE: -1,
  INPLACE_FLOOR_DIVIDE: -1, INPLACE_TRUE_DIVIDE: -1, INPLACE_ADD: -1, INPLACE_SUBTRACT: -1,
  INPLACE_MULTIPLY: -1, INPLACE_MATRIX_MULTIPLY: -1, INPLACE_MODULO: -1,
  STORE_SUBSCR: -3, DELETE_SUBSCR: -2,
  BINARY_LSHIFT: -1, BINARY_RSHIFT: -1, BINARY_AND: -1, BINARY_XOR: -1, BINARY_OR: -1,
  INPLACE_POWER: -1, GET_ITER: 0, PRINT_EXPR: -1, LOAD_BUILD_CLASS: 1,
  INPLACE_LSHIFT: -1, INPLACE_RSHIFT: -1, INPLACE_AND: -1, INPLACE_XOR: -1, INPLACE_OR: -1,
  WITH_CLEANUP_START: 2, WITH_CLEANUP_FINISH: -3, RETURN_VALUE: -1, IMPORT_STAR: -1,
  SETUP_ANNOTATIONS: 0, YIELD_VALUE: 0, YIELD_FROM: -1, POP_BLOCK: 0, POP_EXCEPT: -3,
  POP_FINALLY: -6, END_FINALLY: -6, BEGIN_FINALLY: 6,
  STORE_NAME: -1, DELETE_NAME: 0, STORE_ATTR: -2, DELETE_ATTR: -1, STORE_GLOBAL: -1, DELETE_GLOBAL: 0,
  LOAD_CONST: 1, LOAD_NAME: 1, LOAD_ATTR: 0, COMPARE_OP: -1, IMPORT_NAME: -1, IMPORT_FROM: 1,
  JUMP_FORWARD: 0, JUMP_ABSOLUTE: 0, POP_JUMP_IF_FALSE: -1, POP_JUMP_IF_TRUE: -1, LOAD_GLOBAL: 1,
  LOAD_FAST: 1, STORE_FAST: -1, DELETE_FAST: 0,
  LOAD_CLOSURE: 1, LOAD_DEREF: 1, LOAD_CLASSDEREF: 1, STORE_DEREF: -1, DELETE_DEREF: 0,
  GET_AWAITABLE: 0, BEFORE_ASYNC_WITH: 1, GET_AITER: 0, GET_ANEXT: 1, GET_YIELD_FROM_ITER: 0,
  END_ASYNC_FOR: -7, LOAD_METHOD: 1,
};

export function stackEffect38(op: string, arg: number, jump: boolean): number {
  const f = FIXED[op];
  if (f !== undefined) return f;
  switch (op) {
    case 'UNPACK_SEQUENCE': return arg - 1;
    case 'UNPACK_EX': return (arg & 0xff) + (arg >> 8);
    case 'FOR_ITER': return jump ? -1 : 1;
    case 'BUILD_TUPLE': case 'BUILD_LIST': case 'BUILD_SET': case 'BUILD_STRING':
    case 'BUILD_LIST_UNPACK': case 'BUILD_TUPLE_UNPACK': case 'BUILD_TUPLE_UNPACK_WITH_CALL':
    case 'BUILD_SET_UNPACK': case 'BUILD_MAP_UNPACK': case 'BUILD_MAP_UNPACK_WITH_CALL':
      return 1 - arg;
    case 'BUILD_MAP': return 1 - 2 * arg;
    case 'BUILD_CONST_KEY_MAP': return -arg;
    case 'JUMP_IF_TRUE_OR_POP': case 'JUMP_IF_FALSE_OR_POP': return jump ? 0 : -1;
    case 'SETUP_FINALLY': return jump ? 6 : 0;
    case 'CALL_FINALLY': return jump ? 1 : 0;
    case 'SETUP_WITH': return jump ? 6 : 1;
    case 'SETUP_ASYNC_WITH': return jump ? -1 + 6 : 0;
    case 'RAISE_VARARGS': return -arg;
    case 'CALL_FUNCTION': return -arg;
    case 'CALL_METHOD': return -arg - 1;
    case 'CALL_FUNCTION_KW': return -arg - 1;
    case 'CALL_FUNCTION_EX': return -1 - (arg & 1);
    case 'MAKE_FUNCTION': return -1 - (arg & 1 ? 1 : 0) - (arg & 2 ? 1 : 0) - (arg & 4 ? 1 : 0) - (arg & 8 ? 1 : 0);
    case 'BUILD_SLICE': return arg === 3 ? -2 : -1;
    case 'FORMAT_VALUE': return (arg & 0x04) === 0x04 ? -1 : 0;
    default: throw new Error(`gilsim bug: no stack effect for ${op}`);
  }
}
