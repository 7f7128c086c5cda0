// Stage: compiler. The identity under which co_consts entries are merged, like CPython's
// _PyCode_ConstantKey: equal values of the same type merge; 0 vs 0.0 vs False and 0.0 vs -0.0
// stay apart; code objects merge when equal as CPython compares them. Depends only on
// syntax/constant.ts and the CodeObject type.
import type { ConstValue } from '../syntax/constant.js';
import type { CodeObject } from './code.js';


function floatKey(v: number): string {
  if (Object.is(v, -0)) return '-0.0';
  return String(v);
}

export function constKey(c: ConstValue): string {
  switch (c.kind) {
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'bool': return c.value ? 'b1' : 'b0';
    case 'int': return `i${c.value}`;
    case 'float': return `f${floatKey(c.value)}`;
    case 'complex': return `c${floatKey(c.real)},${floatKey(c.imag)}`;
    case 'str': return `s${JSON.stringify(c.value)}`;
    case 'bytes': return `y${Array.from(c.value).join(',')}`;
    case 'tuple': return `t(${c.items.map(constKey).join(',')})`;
    case 'frozenset': return `z{${c.items.map(constKey).sort().join(',')}}`;
    case 'code': return codeKey(c.code as CodeObject);
  }
}

const codeKeys = new WeakMap<object, string>();

/**
 * Code objects merge when they compare equal (CPython's code_richcompare: name, argument
 * counts, locals, flags, first line, bytecode, constants, names, variable names; the line and
 * exception tables too, which from 3.11 carry columns), e.g. two identical comprehensions on
 * one line (3.8-3.10; in 3.11+ their columns differ).
 */
function codeKey(co: CodeObject): string {
  let k = codeKeys.get(co);
  if (k === undefined) {
    k = `C${JSON.stringify([
      co.name, co.argcount, co.posonlyargcount, co.kwonlyargcount, co.nlocals, co.flags, co.firstlineno,
      Buffer.from(co.code).toString('hex'), co.consts.map(constKey), co.names, co.varnames, co.freevars, co.cellvars,
      Buffer.from(co.linetable).toString('hex'), Buffer.from(co.exceptiontable).toString('hex'),
    ])}`;
    codeKeys.set(co, k);
  }
  return k;
}

/** For tests: forget cached code-object keys (they are structural, so this only frees memory). */
export function resetConstKeys(): void {
  // WeakMap entries go with their code objects; nothing else is cached.
}
