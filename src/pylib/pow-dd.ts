// Stage: pylib. x ** y for doubles with non-integral (or huge) exponents, evaluated as
// exp(y * log(x)) in double-double arithmetic (~100 bits) and rounded once, so results
// match a correctly rounded pow (as glibc's, which CPython uses) where Math.pow may be an
// ulp off. No dependencies.

/** A double-double value hi + lo with |lo| <= ulp(hi) / 2. */
interface DD {
  hi: number;
  lo: number;
}

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { hi: s, lo: b - (s - a) };
}

const SPLITTER = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  let r = quickTwoSum(s.hi, s.lo + t.hi);
  r = quickTwoSum(r.hi, r.lo + t.lo);
  return r;
}

function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

function mulD(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = add(a, mulD(b, -q1));
  const q2 = r.hi / b.hi;
  r = add(r, mulD(b, -q2));
  const q3 = r.hi / b.hi;
  return add(quickTwoSum(q1, q2), { hi: q3, lo: 0 });
}

const LN2: DD = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17 };

/** Natural log of a finite positive double, as a double-double. */
function logDD(x: number): DD {
  let k = 0;
  let m = x;
  if (m < 2 ** -1000) {
    m *= 2 ** 100;
    k -= 100;
  }
  // log2 may round up to 1024 near DBL_MAX: clamp so 2^e stays finite
  const e = Math.min(1023, Math.floor(Math.log2(m)));
  m /= 2 ** e; // exact: power-of-two scaling of a normal number
  k += e;
  while (m >= Math.SQRT2) {
    m /= 2;
    k++;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    k--;
  }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1)
  const s = div({ hi: m - 1, lo: 0 }, twoSum(m, 1));
  const s2 = mul(s, s);
  let power = s;
  let sum = s;
  for (let n = 3; n < 80; n += 2) {
    power = mul(power, s2);
    const term = div(power, { hi: n, lo: 0 });
    sum = add(sum, term);
    if (Math.abs(term.hi) < 2 ** -110 * Math.abs(sum.hi) || term.hi === 0) break;
  }
  return add(mulD(sum, 2), mulD(LN2, k));
}

/** exp of a double-double z, rounded once to a double. */
function expDD(z: DD): number {
  if (z.hi > 710) return Infinity;
  if (z.hi < -746) return 0;
  const k = Math.round(z.hi / LN2.hi);
  const r = add(z, mulD(LN2, -k));
  // e^r = (e^(r/256))^256, with p = e^(r/256) - 1 from its Taylor series
  const t = { hi: r.hi / 256, lo: r.lo / 256 };
  let term = t;
  let p = t;
  for (let n = 2; n <= 11; n++) {
    term = div(mul(term, t), { hi: n, lo: 0 });
    p = add(p, term);
  }
  for (let i = 0; i < 8; i++) p = mul(p, add(p, { hi: 2, lo: 0 })); // e^2a - 1 = p (p + 2)
  const v = add(p, { hi: 1, lo: 0 });
  // scale by 2^k in two steps so neither factor over/underflows, then round once
  const k1 = Math.trunc(k / 2);
  const f1 = 2 ** k1;
  const f2 = 2 ** (k - k1);
  if (k < -1000) {
    // subnormal range: combine before the final (inexact) scaling
    return (v.hi * f1 + v.lo * f1) * f2;
  }
  return v.hi * f1 * f2 + v.lo * f1 * f2;
}

/** |x| ** y for finite non-zero x and finite y (caller handles signs and special values). */
export function powAbsDD(x: number, y: number): number {
  if (Math.abs(x) === 1) return 1; // also keeps huge y out of the Dekker split below
  const l = logDD(Math.abs(x));
  const est = l.hi * y;
  if (est > 1100) return Infinity;
  if (est < -1100) return 0;
  return expDD(mulD(l, y));
}
