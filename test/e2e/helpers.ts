// Spawning the built CLI (bin/gilsim.cjs) as a user would. Requires `npm run build` (npm ci does it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'gilsim.cjs');

export interface Spawned {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a spawned gilsim. NODE_EXTRA_CA_CERTS (set on some CI machines, this one
 * included) makes Node parse the certificates at every start-up, ~80 ms here; gilsim never opens
 * a connection, so the tests run it without them.
 */
const BASE_ENV = { ...process.env, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: '' };

export function gilsim(args: string[], opts: { env?: Record<string, string>; input?: string } = {}): Spawned {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...BASE_ENV, ...opts.env },
    input: opts.input ?? '',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
