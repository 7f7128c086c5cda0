// Stage: sim. Combinators for access observers.
import type { AccessObserver, ThreadId } from './contract.js';

/** One observer that forwards every event to each of `observers` in order. */
export function teeObserver(...observers: AccessObserver[]): AccessObserver {
  if (observers.length === 1) return observers[0]!;
  return {
    plainReads: observers.every((x) => x.plainReads === true),
    read(t: ThreadId, o: number, k: string, v: unknown, line?: number) {
      for (const x of observers) x.read(t, o, k, v, line);
    },
    write(t: ThreadId, o: number, k: string, v: unknown) {
      for (const x of observers) x.write(t, o, k, v);
    },
    sync(t: ThreadId, kind, o: number) {
      for (const x of observers) x.sync(t, kind, o);
    },
  };
}
