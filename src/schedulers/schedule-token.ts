// Stage: schedulers. A schedule (the thread picked at every decision point of an execution, one
// decision per slice, slices ending at every switch point) and its printable token. Pure data:
// no VM, no sim imports.
//
// Token format "g1.<base64url>": the payload is a list of unsigned LEB128 varints:
//   n            number of decisions in the execution
//   then for each decision whose pick differs from defaultChoice (keep the current thread if it
//   can run, else the lowest runnable id), in order:
//   gap thread   gap = decision index minus (previous such index + 1); thread = the thread id.
// Decisions not listed take the default choice, so a schedule without preemptions is tiny.
import type { ThreadId } from '../sim/contract.js';

export const TOKEN_PREFIX = 'g1.';

/** A schedule in token form: how many decisions, and the ones that differ from the default. */
export interface SparseSchedule {
  readonly decisions: number;
  /** Ascending by index. */
  readonly overrides: readonly { readonly index: number; readonly thread: ThreadId }[];
}

/** Thrown by decodeSchedule for a string that is not a valid token. */
export class ScheduleTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleTokenError';
  }
}

export function encodeSchedule(s: SparseSchedule): string {
  const bytes: number[] = [];
  putVarint(bytes, s.decisions);
  let next = 0;
  for (const o of s.overrides) {
    if (o.index < next || o.index >= s.decisions) throw new Error(`schedule override at ${o.index} out of order`);
    putVarint(bytes, o.index - next);
    putVarint(bytes, o.thread);
    next = o.index + 1;
  }
  return TOKEN_PREFIX + Buffer.from(bytes).toString('base64url');
}

export function decodeSchedule(token: string): SparseSchedule {
  const t = token.trim();
  if (!t.startsWith(TOKEN_PREFIX)) {
    throw new ScheduleTokenError(`not a gilsim schedule token (expected it to start with '${TOKEN_PREFIX}'): '${clip(t)}'`);
  }
  const body = t.slice(TOKEN_PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) {
    throw new ScheduleTokenError(`schedule token '${clip(t)}' is damaged (invalid base64url)`);
  }
  const bytes = Buffer.from(body, 'base64url');
  const r = { pos: 0 };
  const decisions = getVarint(bytes, r, t);
  const overrides: { index: number; thread: ThreadId }[] = [];
  let next = 0;
  while (r.pos < bytes.length) {
    const index = next + getVarint(bytes, r, t);
    if (r.pos >= bytes.length) throw new ScheduleTokenError(`schedule token '${clip(t)}' is truncated`);
    const thread = getVarint(bytes, r, t);
    if (index >= decisions) throw new ScheduleTokenError(`schedule token '${clip(t)}' is inconsistent (decision ${index} of ${decisions})`);
    overrides.push({ index, thread });
    next = index + 1;
  }
  return { decisions, overrides };
}

/** The sparse form of a full pick list, given which picks were default choices. */
export function sparsify(picks: readonly ThreadId[], defaults: readonly ThreadId[]): SparseSchedule {
  const overrides: { index: number; thread: ThreadId }[] = [];
  for (let i = 0; i < picks.length; i++) if (picks[i] !== defaults[i]) overrides.push({ index: i, thread: picks[i]! });
  return { decisions: picks.length, overrides };
}

function putVarint(out: number[], n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`varint out of range: ${n}`);
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

function getVarint(bytes: Uint8Array, r: { pos: number }, token: string): number {
  let n = 0;
  let scale = 1;
  for (;;) {
    if (r.pos >= bytes.length) throw new ScheduleTokenError(`schedule token '${clip(token)}' is truncated`);
    const b = bytes[r.pos++]!;
    n += (b & 0x7f) * scale;
    if (b < 0x80) break;
    scale *= 0x80;
    if (scale > 2 ** 42) throw new ScheduleTokenError(`schedule token '${clip(token)}' is damaged (number too large)`);
  }
  return n;
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 37) + '...' : s;
}
