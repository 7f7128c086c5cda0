// Spawning the built CLI (bin/gilsim.js) as a user would. Requires `npm run build` (npm ci does it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'gilsim.js');

export interface Spawned {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function gilsim(args: string[], opts: { env?: Record<string, string>; input?: string } = {}): Spawned {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    input: opts.input ?? '',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
