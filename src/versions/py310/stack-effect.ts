// Stage: version data (3.10) = 3.9's stack effects plus ROT_N and GEN_START (compile.c's
// stack_effect of 3.10). Depends on py39/stack-effect.ts.
import { stackEffect39 } from '../py39/stack-effect.js';

export function stackEffect310(op: string, arg: number, jump: boolean): number {
  switch (op) {
    case 'ROT_N': return 0;
    case 'GEN_START': return -1;
    default: return stackEffect39(op, arg, jump);
  }
}
