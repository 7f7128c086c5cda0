// Stage: version seam. The list of supported CPython versions. Profiles load lazily so that
// start-up only pays for the version a command uses.
import type { VersionId, VersionProfile } from './profile.js';

type Loader = () => Promise<VersionProfile>;

const loaders: Record<string, Loader> = {
  '3.8': async () => (await import('./py38/profile.js')).py38,
  '3.9': async () => (await import('./py39/profile.js')).py39,
  '3.10': async () => (await import('./py310/profile.js')).py310,
  '3.11': async () => (await import('./py311/profile.js')).py311,
  '3.12': async () => (await import('./py312/profile.js')).py312,
  '3.13': async () => (await import('./py313/profile.js')).py313,
};

export const DEFAULT_VERSION: VersionId = '3.8';

export function supportedVersions(): string[] {
  return Object.keys(loaders);
}

export function isSupportedVersion(v: string): v is VersionId {
  return Object.prototype.hasOwnProperty.call(loaders, v);
}

export async function loadProfile(v: VersionId): Promise<VersionProfile> {
  const load = loaders[v];
  if (!load) throw new Error(`unsupported version ${v}`);
  return load();
}
