// Import-direction and seam rules of the source tree (see README, "Source layout").
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = walk(SRC).map((p) => ({ path: relative(SRC, p).replaceAll('\\', '/'), text: readFileSync(p, 'utf8') }));
const staticImports = (text: string): string[] => [...text.matchAll(/^\s*import\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
const importsOf = (text: string): string[] => [...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]!);
const inDir = (f: { path: string }, d: string): boolean => f.path.startsWith(d + '/');

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('no CPython version literal outside src/versions/', () => {
    const offenders = files
      .filter((f) => !inDir(f, 'versions'))
      .filter((f) => /['"`]3\.(?:8|9|1[0-9])['"`]/.test(f.text.replace(/^\s*(\/\/|\*).*$/gm, '')))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('the disassembler and the VM do not import each other', () => {
    const bad = files.filter(
      (f) =>
        (inDir(f, 'dis') && importsOf(f.text).some((i) => i.includes('/vm/'))) ||
        (inDir(f, 'vm') && importsOf(f.text).some((i) => i.includes('/dis/'))),
    );
    expect(bad.map((f) => f.path)).toEqual([]);
  });

  it('schedulers never import the VM', () => {
    const bad = files.filter((f) => inDir(f, 'schedulers') && importsOf(f.text).some((i) => i.includes('/vm/')));
    expect(bad.map((f) => f.path)).toEqual([]);
  });

  it('only src/report imports chalk (through src/lazy-import.ts, the on-use importer)', () => {
    const loader = (f: { path: string }) => f.path === 'lazy-import.ts';
    const bad = files.filter((f) => !inDir(f, 'report') && !loader(f) && importsOf(f.text).includes('chalk'));
    expect(bad.map((f) => f.path)).toEqual([]);
  });

  it('chalk and fast-check are loaded on use only (no static import anywhere: start-up stays lean)', () => {
    const bad = files.filter((f) => staticImports(f.text).some((i) => i === 'chalk' || i === 'fast-check'));
    expect(bad.map((f) => f.path)).toEqual([]);
  });

  it('fast-check is never imported statically by the CLI code (start-up stays lean)', () => {
    const bad = files.filter((f) => staticImports(f.text).includes('fast-check'));
    expect(bad.map((f) => f.path)).toEqual([]);
  });
});
