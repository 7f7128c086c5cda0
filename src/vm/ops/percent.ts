// Stage: VM generic operations. printf-style `str % args` on VM objects: parses the conversions
// and delegates number/str rendering to src/pylib/format.ts. Interim until pylib offers it.
import { formatFloat, formatInt } from '../../pylib/format.js';
import { PyObject } from '../objects/base.js';
import { PyDict, PyTuple } from '../objects/containers.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyFloat, PyInt } from '../objects/scalars.js';
import { repr, str } from './repr.js';
import { typeName } from './call.js';

const CONV = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;

export function percentFormat(fmt: string, arg: PyObject): string {
  const args = arg instanceof PyTuple ? arg.items : [arg];
  const mapping = arg instanceof PyDict ? arg : null;
  let i = 0;
  const next = (): PyObject => {
    if (i >= args.length) return typeError('not enough arguments for format string');
    return args[i++]!;
  };
  const out = fmt.replace(CONV, (_m, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    let v: PyObject;
    if (key !== undefined && mapping) {
      const got = mapping.getStr(key);
      if (!got) return typeError(`'${key}'`);
      v = got;
    } else v = next();
    const w = width === '*' ? Number((next() as PyInt).v) : width ? Number(width) : 0;
    const p = prec === '*' ? Number((next() as PyInt).v) : prec !== undefined ? Number(prec) : -1;
    let body: string;
    const align = flags.includes('-') ? '<' : '>';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !flags.includes('-');
    if (conv === 's' || conv === 'r' || conv === 'a') {
      body = conv === 's' ? str(v) : repr(v);
      if (p >= 0) body = body.slice(0, p);
      return w > body.length ? (align === '<' ? body.padEnd(w) : body.padStart(w)) : body;
    }
    if (conv === 'c') {
      body = v instanceof PyInt ? String.fromCodePoint(Number(v.v)) : str(v);
      return w > body.length ? (align === '<' ? body.padEnd(w) : body.padStart(w)) : body;
    }
    const spec = (zero ? '0' : '') + (flags.includes('-') ? '<' : '') + sign + (flags.includes('#') ? '#' : '') + (w ? String(w) : '');
    if ('diu'.includes(conv)) {
      if (v instanceof PyFloat) return formatInt(BigInt(Math.trunc(v.v)), spec + 'd');
      if (!(v instanceof PyInt)) return typeError(`%${conv} format: a number is required, not ${typeName(v)}`);
      return formatInt(v.v, spec + 'd');
    }
    if ('oxX'.includes(conv)) {
      if (!(v instanceof PyInt)) return typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
      return formatInt(v.v, spec + conv);
    }
    const x = v instanceof PyFloat ? v.v : v instanceof PyInt ? Number(v.v) : typeError(`must be real number, not ${typeName(v)}`);
    return formatFloat(x, spec + '.' + String(p < 0 ? 6 : p) + conv);
  });
  if (i < args.length && !mapping && !(args.length === 1 && arg instanceof PyDict)) {
    return typeError('not all arguments converted during string formatting');
  }
  if (/%(?![diouxXeEfFgGcrsa%(\-+ #0-9.*])/.test(fmt)) valueError('incomplete format');
  return out;
}
