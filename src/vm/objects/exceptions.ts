// Stage: VM object model. The BaseException hierarchy with CPython's names, exception instances
// (args, traceback entries, __context__/__cause__) and PyThrow, the JS carrier of a raised
// Python exception. Must not depend on the interpreter.
import { PyObject, PyType, decref, incref, makeType, xdecref } from './base.js';
import { PyInstance } from './callables.js';
import { newTuple, type PyTuple } from './containers.js';
import { PyStr } from './scalars.js';

export interface TbEntry {
  readonly filename: string;
  readonly name: string;
  readonly line: number;
  /** 3.11+: the failing instruction's end line, column and end column (byte offsets). */
  readonly pos?: readonly [number, number, number];
}

export const exceptionTypes = new Map<string, PyType>();

function exc(name: string, base: PyType | null): PyType {
  const t = makeType(name, base, 'exception');
  t.hasInstanceDict = true;
  exceptionTypes.set(name, t);
  return t;
}

export const BaseException = exc('BaseException', null);
export const SystemExit = exc('SystemExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const StopIteration = exc('StopIteration', Exception);
exc('StopAsyncIteration', Exception);
export const ArithmeticError = exc('ArithmeticError', Exception);
exc('FloatingPointError', ArithmeticError);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
exc('BufferError', Exception);
exc('EOFError', Exception);
export const ImportError = exc('ImportError', Exception);
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const MemoryError = exc('MemoryError', Exception);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const OSError = exc('OSError', Exception);
for (const n of ['BlockingIOError', 'ChildProcessError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError']) exc(n, OSError);
const ConnectionError = exc('ConnectionError', OSError);
for (const n of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError']) exc(n, ConnectionError);
exceptionTypes.set('EnvironmentError', OSError);
exceptionTypes.set('IOError', OSError);
exc('ReferenceError', Exception);
export const RuntimeError = exc('RuntimeError', Exception);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const RecursionError = exc('RecursionError', RuntimeError);
const SyntaxErrorT = exc('SyntaxError', Exception);
exc('TabError', exc('IndentationError', SyntaxErrorT));
exc('SystemError', Exception);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
const UnicodeError = exc('UnicodeError', ValueError);
for (const n of ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']) exc(n, UnicodeError);
const Warning = exc('Warning', Exception);
for (const w of ['DeprecationWarning', 'PendingDeprecationWarning', 'RuntimeWarning', 'UserWarning', 'SyntaxWarning',
  'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning']) exc(w, Warning);

export class PyException extends PyInstance {
  args: PyTuple;
  tb: TbEntry[] = [];
  context: PyException | null = null;
  cause: PyException | null = null;
  suppressContext = false;
  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
  }
  override clear(): void {
    super.clear();
    const { args, context, cause } = this;
    this.context = this.cause = null;
    decref(args);
    xdecref(context);
    xdecref(cause);
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    visit(this.args);
    if (this.context) visit(this.context);
    if (this.cause) visit(this.cause);
  }
}

/** A raised Python exception travelling through JS frames. Not an Error: no stack capture. */
export class PyThrow {
  constructor(public exc: PyException) {}
}

/** A new exception instance of `type` with one str argument (or none when msg is undefined). */
export function newException(type: PyType, msg?: string): PyException {
  return new PyException(type, msg === undefined ? newTuple([]) : newTuple([new PyStr(msg)]));
}

export function newExceptionArgs(type: PyType, args: PyObject[]): PyException {
  for (const a of args) incref(a);
  return new PyException(type, newTuple(args.slice()));
}

export function pyThrow(type: PyType, msg?: string): never {
  throw new PyThrow(newException(type, msg));
}

export const typeError = (msg: string): never => pyThrow(TypeError, msg);
export const valueError = (msg: string): never => pyThrow(ValueError, msg);
export const indexError = (msg: string): never => pyThrow(IndexError, msg);
export const attributeError = (msg: string): never => pyThrow(AttributeError, msg);
export const zeroDivision = (msg: string): never => pyThrow(ZeroDivisionError, msg);
export const overflowError = (msg: string): never => pyThrow(OverflowError, msg);
export const runtimeError = (msg: string): never => pyThrow(RuntimeError, msg);

export function keyError(key: PyObject): never {
  incref(key);
  throw new PyThrow(new PyException(KeyError, newTuple([key])));
}

export function isExceptionType(t: PyObject): t is PyType {
  return t instanceof PyType && t.isSubtypeOf(BaseException);
}
