// Test helper: the program corpus (test/corpus/<dir>/*.py) and the CPython goldens generated
// from it by test/tools/gen-golden.py. Reads files only; never runs Python.
//
// Normalisation (must stay identical to normalise_addresses / normalise_run_output in
// test/tools/gen-golden.py, which applied it to the goldens):
//   1. run output only: the absolute repo root followed by '/' becomes '<REPO>/' (CPython 3.9+
//      print the script's absolute path in tracebacks);
//   2. every `at 0x<hex>` (a code object's address in its repr) becomes `at 0x<NNNN>`, where NNNN
//      is the 4-digit, 1-based rank of that address by first appearance in the text. Distinct
//      objects stay distinct and one object keeps one number, whatever the real addresses were.
// One more rule is applied here only, to BOTH the golden and gilsim's output before comparing
// (the goldens keep CPython's real text):
//   3. run output only: any absolute path prefix ending in `/lib/python3.X/` (where the oracle's
//      standard library lives, e.g. /root/.pyenv/versions/3.8.18/lib/python3.8/ in thread
//      tracebacks) becomes `<PYTHON_LIB>/`. gilsim prints its version profile's stdlib.libDir
//      there (src/versions/py38/stdlib.ts), so only the file name and line numbers must match.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSource, type SourceFile } from '../../src/source/source.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type CorpusDir = 'dis' | 'run' | 'memory' | 'seed';

export interface RunGolden {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const ADDRESS = /at 0x[0-9a-fA-F]+/g;
const STDLIB_PREFIX = /(?:\/[^\s"'\/]+)*\/lib\/python3\.\d+\//g;
const STDLIB_PLACEHOLDER = '<PYTHON_LIB>/';
const ROOT_PLACEHOLDER = '<REPO>';

export function normaliseAddresses(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(ADDRESS, (m) => {
    let r = seen.get(m);
    if (r === undefined) {
      r = `at 0x${String(seen.size + 1).padStart(4, '0')}`;
      seen.set(m, r);
    }
    return r;
  });
}

/** Rule 3: `<anything>/lib/python3.X/` becomes `<PYTHON_LIB>/` (applied to goldens and output). */
export function normaliseStdlibPaths(text: string): string {
  return text.replace(STDLIB_PREFIX, STDLIB_PLACEHOLDER);
}

/** The normalisation the run goldens received (repo root, then addresses), plus rule 3. */
export function normaliseRunOutput(text: string): string {
  let t = text.split(REPO_ROOT + sep).join(ROOT_PLACEHOLDER + '/');
  const cwd = process.cwd();
  if (cwd !== REPO_ROOT) t = t.split(cwd + sep).join(ROOT_PLACEHOLDER + '/');
  return normaliseStdlibPaths(normaliseAddresses(t));
}

/** Program names (file names without `.py`) in test/corpus/<dir>, sorted. */
export function listCorpus(dir: CorpusDir): string[] {
  const folder = join(REPO_ROOT, 'test', 'corpus', dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => n.endsWith('.py'))
    .map((n) => n.slice(0, -3))
    .sort();
}

/** The path exactly as the generator passed it to CPython: relative to the repo root. */
export function corpusPath(dir: CorpusDir, name: string): string {
  return `test/corpus/${dir}/${name}.py`;
}

export function readCorpusSource(dir: CorpusDir, name: string): SourceFile {
  const text = readFileSync(join(REPO_ROOT, corpusPath(dir, name)), 'utf8');
  return makeSource(corpusPath(dir, name), text);
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Versions that have a golden folder, e.g. ['3.10', '3.11', ..., '3.8', '3.9'] (unsorted order not guaranteed). */
export function goldenVersions(kind: 'dis' | 'run'): string[] {
  const folder = join(REPO_ROOT, 'test', 'golden', kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((n) => /^3\.\d+$/.test(n));
}

/** `python<version> -m dis test/corpus/dis/NAME.py`, already normalised; undefined if not generated. */
export function readDisGolden(version: string, name: string): string | undefined {
  return readIfExists(join(REPO_ROOT, 'test', 'golden', 'dis', version, `${name}.dis`));
}

/** stdout, stderr and exit status of `python<version> test/corpus/<dir>/NAME.py`, normalised (rule 3 included). */
export function readRunGolden(version: string, dir: CorpusDir, name: string): RunGolden | undefined {
  const base = join(REPO_ROOT, 'test', 'golden', 'run', version, dir, name);
  const stdout = readIfExists(`${base}.out`);
  const stderr = readIfExists(`${base}.err`);
  const exit = readIfExists(`${base}.exit`);
  if (stdout === undefined || stderr === undefined || exit === undefined) return undefined;
  return { stdout: normaliseStdlibPaths(stdout), stderr: normaliseStdlibPaths(stderr), exitCode: Number.parseInt(exit.trim(), 10) };
}

/** Pass/fail tally per suite, printed by the golden tests' afterAll. */
export class Conformance {
  private readonly results = new Map<string, { pass: number; total: number; failed: string[] }>();

  record(suite: string, name: string, ok: boolean): void {
    let r = this.results.get(suite);
    if (!r) {
      r = { pass: 0, total: 0, failed: [] };
      this.results.set(suite, r);
    }
    r.total += 1;
    if (ok) r.pass += 1;
    else r.failed.push(name);
  }

  summary(title: string): string {
    const lines = [`${title} conformance:`];
    for (const [suite, r] of [...this.results].sort(([a], [b]) => a.localeCompare(b))) {
      const pct = r.total ? ((100 * r.pass) / r.total).toFixed(1) : '0.0';
      lines.push(`  ${suite}: ${r.pass}/${r.total} (${pct}%)`);
    }
    return lines.join('\n');
  }
}
