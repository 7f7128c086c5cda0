// Stage: VM builtins. float.hex() and float.fromhex() with CPython's text format
// ('0x1.8000000000000p+1'; subnormals as '0x0.…p-1022'), exact in both directions except
// fromhex's round-half-even of mantissas longer than 53 bits. Pure functions over JS numbers.

/** float.hex(x). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  const biased = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0 && mant === 0n) return sign + '0x0.0p+0';
  const digits = mant.toString(16).padStart(13, '0');
  if (biased === 0) return `${sign}0x0.${digits}p-1022`;
  const e = biased - 1023;
  return `${sign}0x1.${digits}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** float.fromhex(s); undefined when s is not a hex float literal. */
export function floatFromHex(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const intPart = m[2]!;
  const frac = m[3] ?? '';
  let mant = BigInt('0x' + (intPart + frac || '0'));
  let e = (m[4] ? Number(m[4]) : 0) - 4 * frac.length;
  if (mant === 0n) return m[1] === '-' ? -0 : 0;
  const bits = mant.toString(2).length;
  // keep 53 significant bits (fewer below the normal range), rounding half to even
  const minExp = -1074;
  let shift = Math.max(bits - 53, minExp - e);
  if (shift > 0) {
    const q = mant >> BigInt(shift);
    const rem = mant - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    mant = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  let v = Number(mant);
  // scale in two steps so that 2**e alone never over- or underflows
  const e1 = Math.trunc(e / 2);
  v = v * 2 ** e1 * 2 ** (e - e1);
  return m[1] === '-' ? -v : v;
}
