// Stage: explore. The exceptions that ended threads, for the assertion / exception properties.
import type { Machine, UncaughtException } from '../sim/contract.js';

export type { UncaughtException };

export function uncaughtExceptions(m: Machine): readonly UncaughtException[] {
  return m.uncaughtExceptions();
}
