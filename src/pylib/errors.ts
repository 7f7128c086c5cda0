// Stage: pylib (pure Python value semantics shared by the VM and the disassembler).
// The one error type pylib throws; the VM turns it into the Python exception of that name.
// No dependencies.

export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError'
  | 'AttributeError'
  | 'MemoryError';

/**
 * Messages whose wording changed between CPython versions: pylib raises the 3.8 wording and tags
 * it with one of these ids so the VM can reword it through the version profile.
 */
export type PyMessageId = 'intModuloByZero' | 'floatModuloByZero' | 'intStrDigitsLimit';

/** A Python exception raised by a pylib function: `pyType` is the class, `message` its str(). */
export class PyError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string,
    /** Set when the wording is version-dependent (see PyMessageId). */
    readonly messageId?: PyMessageId,
  ) {
    super(message);
    this.name = 'PyError';
  }
}

/** Largest str pylib builds (UTF-16 units); beyond it Python would need gigabytes. */
export const MAX_STR_LEN = 2 ** 28;

/** MemoryError instead of a JS RangeError when a result would exceed MAX_STR_LEN. */
export function checkStrSize(n: number): void {
  if (n > MAX_STR_LEN) throw new PyError('MemoryError', '');
}

export function valueError(msg: string, id?: PyMessageId): PyError {
  return new PyError('ValueError', msg, id);
}
export function typeError(msg: string): PyError {
  return new PyError('TypeError', msg);
}
export function overflowError(msg: string): PyError {
  return new PyError('OverflowError', msg);
}
export function zeroDivisionError(msg: string, id?: PyMessageId): PyError {
  return new PyError('ZeroDivisionError', msg, id);
}
