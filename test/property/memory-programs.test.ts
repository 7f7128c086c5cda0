// Property and golden tests of reference counting and the cycle collector on generated
// straight-line programs (grammar: test/helpers/memory-model.ts, mirrored by the seeded
// generator test/tools/gen-memory-programs.py whose CPython outputs are the goldens).
//  - golden: gilsim prints exactly CPython 3.8's output for every recorded program;
//  - the reference model agrees with the recorded CPython outputs (3.8 and 3.11 rules);
//  - fast-check: for generated programs gilsim prints what the model predicts, no object a
//    frame or the collector can see ever has a count <= 0, and once every variable is deleted
//    and collected the live gc objects are exactly those of the bare header program.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/corpus.js';
import { HEADER, modelOutput, parseProgram, printProgram, programArb } from '../helpers/memory-model.js';
import { makeSource } from '../../src/source/source.js';
import { compileSource } from '../../src/pipeline.js';
import { py38 } from '../../src/versions/py38/profile.js';
import { VmMachine } from '../../src/vm/machine.js';
import { driveToCompletion } from '../../src/vm/simple-driver.js';
import { heap } from '../../src/vm/objects/base.js';
import { older } from '../../src/vm/memory/tracking.js';

interface Golden {
  readonly programs: readonly { name: string; source: string; stdout: Record<string, string> }[];
}
const golden = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'golden', 'memory-programs', 'programs.json'), 'utf8')) as Golden;

interface RunOutcome {
  stdout: string;
  stderr: string;
  live: number;
  badCounts: string[];
}

function liveGcObjects(): number {
  return heap.tracked.size + older.gen1.size + older.gen2.size + older.untracked.size;
}

function run(source: string): RunOutcome {
  const src = makeSource('mem.py', source);
  const m = new VmMachine(src, py38, compileSource(src, py38).code);
  const bad: string[] = [];
  m.state.stepHook = (f) => {
    for (let k = 0; k < f.sp; k++) {
      const o = f.stack[k];
      if (o && o.refcnt <= 0) bad.push(`stack slot with count ${o.refcnt} at line ${f.d.lines[f.pc - 1]}`);
    }
    for (const o of f.locals) if (o && o.refcnt <= 0) bad.push(`local with count ${o.refcnt}`);
  };
  driveToCompletion(m);
  for (const set of [heap.tracked, older.gen1, older.gen2, older.untracked]) {
    for (const o of set) if (o.refcnt <= 0) bad.push(`${o.type.name} #${o.id} still tracked with count ${o.refcnt}`);
  }
  return { stdout: m.stdout, stderr: m.stderr, live: liveGcObjects(), badCounts: bad };
}

const baseline = run(HEADER + 'print(gc.collect())\n').live;

describe('memory programs: recorded CPython outputs', () => {
  it('has the recorded program set', () => {
    expect(golden.programs.length).toBeGreaterThanOrEqual(50);
  });
  for (const p of golden.programs) {
    it(`${p.name}: gilsim prints CPython 3.8's output`, () => {
      const r = run(p.source);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(p.stdout['3.8']);
      expect(r.badCounts).toEqual([]);
      expect(r.live).toBe(baseline);
    });
  }
  it('the reference model predicts every recorded output (3.8 and 3.11 rules)', () => {
    for (const p of golden.programs) {
      const stmts = parseProgram(p.source);
      expect(printProgram(stmts)).toBe(p.source);
      expect(modelOutput(stmts, { instanceDictCounted: true }), p.name).toBe(p.stdout['3.8']);
      if (p.stdout['3.11'] !== undefined) {
        expect(modelOutput(stmts, { instanceDictCounted: false }), p.name).toBe(p.stdout['3.11']);
      }
    }
  });
});

describe('memory programs: generated (fast-check)', () => {
  it('gilsim agrees with the model, counts stay positive, everything dropped is freed', () => {
    fc.assert(
      fc.property(programArb, (stmts) => {
        const r = run(printProgram(stmts));
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(modelOutput(stmts, { instanceDictCounted: true }));
        expect(r.badCounts).toEqual([]);
        expect(r.live).toBe(baseline);
      }),
      { numRuns: 150, seed: 4242 },
    );
  });
});
