// Stage: VM entry point for `gilsim run`-style execution and the run golden test: compile,
// run the module and every thread it starts to completion with the simple driver, and return
// stdout, stderr and the exit status as CPython would produce them.
import type { SourceFile } from '../source/source.js';
import type { VersionProfile } from '../versions/profile.js';
import { compileSource } from '../pipeline.js';
import {
  NotSupportedDiagnostic, PySyntaxDiagnostic, formatNotSupported, formatSyntaxDiagnostic,
} from '../source/diagnostics.js';
import { VmMachine } from './machine.js';
import { driveToCompletion } from './simple-driver.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runProgram(source: SourceFile, profile: VersionProfile, opts: { seed: number; maxSteps?: number }): RunResult {
  let code;
  try {
    code = compileSource(source, profile).code;
  } catch (e) {
    if (e instanceof PySyntaxDiagnostic) return { stdout: '', stderr: formatSyntaxDiagnostic(e), exitCode: 1 };
    if (e instanceof NotSupportedDiagnostic) return { stdout: '', stderr: 'gilsim: ' + formatNotSupported(e), exitCode: 2 };
    throw e;
  }
  const m = new VmMachine(source, profile, code, { maxSteps: opts.maxSteps });
  let r;
  try {
    r = driveToCompletion(m);
  } catch (e) {
    // a construct found unsupported only at run time (e.g. `import` of an unsimulated module)
    if (e instanceof NotSupportedDiagnostic) {
      return { stdout: m.stdout, stderr: m.stderr + 'gilsim: ' + formatNotSupported(e), exitCode: 2 };
    }
    throw e;
  }
  let stderr = m.stderr;
  let exit = m.exitStatus();
  if (r.stepLimit) {
    stderr += 'gilsim: step limit reached\n';
    exit = 3;
  } else if (r.deadlock) {
    stderr += 'gilsim: deadlock: every thread is blocked\n';
    exit = 3;
  } else if (m.shutdown() === 'step-limit') {
    // the interpreter's exit finalizes what the module still holds; a finalizer hit the limit
    stderr = m.stderr + 'gilsim: step limit reached\n';
    exit = 3;
  } else stderr = m.stderr;
  void opts.seed;
  return { stdout: m.stdout, stderr, exitCode: exit };
}
