// Shared option parsing and validation.
import { UsageError } from './io.js';
import { DEFAULT_VERSION, isSupportedVersion, loadProfile, supportedVersions } from '../versions/registry.js';
import type { VersionProfile } from '../versions/profile.js';

export async function profileFromOption(value: string | undefined): Promise<VersionProfile> {
  const v = value ?? DEFAULT_VERSION;
  if (!isSupportedVersion(v)) {
    throw new UsageError(`unsupported Python version '${v}' for --python (supported: ${supportedVersions().join(', ')})`);
  }
  return loadProfile(v);
}

export function parseIntOption(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${name} expects an integer, got '${value}'`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${name} must be an integer >= ${min}, got '${value}'`);
  return n;
}
