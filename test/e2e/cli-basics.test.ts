// End-to-end: the built binary's help, version, and one clear line for each bad-input case.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gilsim, ROOT } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gilsim-e2e-'));
  writeFileSync(join(dir, 'binary.py'), Buffer.from([0x70, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.py'), Buffer.from('x = "caf\xe9"\n', 'latin1'));
  writeFileSync(join(dir, 'ok.py'), 'x = 1\n');
});

const noStack = (s: string): void => {
  expect(s).not.toMatch(/\n\s+at .*\.js:\d+/);
  expect(s).not.toContain('internal error');
};

describe('gilsim binary', () => {
  it('--help lists the commands and exits 0', () => {
    const r = gilsim(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: gilsim');
    for (const c of ['dis', 'run']) expect(r.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'm'));
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = gilsim(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('no arguments prints usage and exits 2', () => {
    const r = gilsim([]);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toContain('Usage: gilsim');
  });

  it('an unknown command is one clear line, exit 2', () => {
    const r = gilsim(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    noStack(r.stderr);
  });

  it('an unknown flag is one clear line, exit 2', () => {
    const r = gilsim(['dis', join(dir, 'ok.py'), '--frob']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--frob'");
    noStack(r.stderr);
  });

  it('a missing file', () => {
    const r = gilsim(['dis', join(dir, 'nope.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`gilsim: error: can't open file '${join(dir, 'nope.py')}': No such file or directory\n`);
  });

  it('a directory', () => {
    const r = gilsim(['dis', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`gilsim: error: can't open file '${dir}': Is a directory\n`);
  });

  it('a binary file', () => {
    const r = gilsim(['dis', join(dir, 'binary.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('null bytes');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a non-UTF-8 file', () => {
    const r = gilsim(['dis', join(dir, 'latin1.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not valid UTF-8');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unsupported --python version', () => {
    const r = gilsim(['dis', join(dir, 'ok.py'), '--python', '2.7']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unsupported Python version '2\.7'.*supported: 3\.8/);
    noStack(r.stderr);
  });
});

describe('gilsim binary: its output streams', () => {
  it('colour on (FORCE_COLOR) loads chalk on use, also from the code cache of an earlier run', () => {
    // two runs: the second compiles the bundle from the V8 code cache the first one left
    for (let k = 0; k < 2; k++) {
      const r = gilsim(['run', join(dir, 'ok.py'), '--seed', '1'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
      expect(r.status).toBe(0);
      noStack(r.stderr);
      expect(r.stderr).toContain('\u001b['); // ANSI styles in the summary
    }
    const plain = gilsim(['run', join(dir, 'ok.py'), '--seed', '1']);
    expect(plain.stderr).not.toContain('\u001b[');
  });

  it('a reader that goes away early (| head -1) ends the run quietly', () => {
    writeFileSync(join(dir, 'many.py'), 'for i in range(200000):\n    print(i)\n');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'gilsim.cjs')}" run "${join(dir, 'many.py')}" --seed 1 | head -1`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: '' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('0\n');
    noStack(r.stderr);
  });
});
