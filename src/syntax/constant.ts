// Stage: shared by syntax, compiler and VM. Python constant values as they appear in
// source literals (ast.Constant) and in code objects' co_consts. No dependencies.

export type ConstValue =
  | { readonly kind: 'none' }
  | { readonly kind: 'ellipsis' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'complex'; readonly real: number; readonly imag: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  | { readonly kind: 'tuple'; readonly items: readonly ConstValue[] }
  | { readonly kind: 'frozenset'; readonly items: readonly ConstValue[] }
  // A nested code object (function, class body, lambda, comprehension).
  // Typed loosely here to keep this module dependency-free; see compiler/code.ts.
  | { readonly kind: 'code'; readonly code: unknown };

export const NONE: ConstValue = { kind: 'none' };
export const ELLIPSIS: ConstValue = { kind: 'ellipsis' };
export const TRUE: ConstValue = { kind: 'bool', value: true };
export const FALSE: ConstValue = { kind: 'bool', value: false };
