// Stage: pylib, the entry point. Pure CPython 3.8 value semantics (reprs, format(), %,
// str.format, int/float arithmetic, parsing, hashing, str methods) over plain JS strings,
// numbers and bigints, shared by the VM and the disassembler. Depends on nothing outside pylib.
//
// Conventions: a Python int is a PyInt (a safe-integer number, or a bigint outside that
// range; see arith.norm). A float is a JS number; callers keep the int/float distinction.
// Python errors are thrown as PyError(pyType, message); the VM maps them to exceptions.
// Indexes into strs count code points, not UTF-16 units (pyseq.ts).

export * from './errors.js';
export * from './repr.js';
export * from './format.js';
export { parseFormatSpec, type FormatSpec } from './format-spec.js';
export * from './percent-format.js';
export * from './str-format.js';
export * from './arith.js';
export * from './float-ops.js';
export * from './hash-str.js';
export * from './parse-number.js';
export * from './pyseq.js';
export * from './strmethods.js';
export * from './strcase.js';
export { exactDecimal, roundFixed, roundSig, shortest } from './dtoa.js';
