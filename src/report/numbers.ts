// Stage: reporters. Number formatting shared by the summaries. Pure: no chalk, no VM.
// Thousands separators by hand: Number#toLocaleString loads ICU's locale data on first use,
// which costs ~30 ms of start-up in a command that runs in a fraction of a second.

/** An integer with comma thousands separators ("1,234,567"), like toLocaleString('en-US'). */
export function grouped(x: number): string {
  if (!Number.isSafeInteger(x)) return x.toLocaleString('en-US');
  const s = String(Math.abs(x));
  let out = '';
  for (let end = s.length; end > 0; end -= 3) out = s.slice(Math.max(0, end - 3), end) + (out === '' ? '' : ',' + out);
  return x < 0 ? '-' + out : out;
}
