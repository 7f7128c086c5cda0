// `gilsim run FILE ...`: run a program on the simulated interpreter under the seeded GIL
// scheduler (or a replayed schedule); program output on stdout, gilsim's summary on stderr.
// The implementation (./run-action.ts) loads only when the command runs: start-up stays lean.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { DEFAULT_VERSION } from '../../versions/registry.js';
import type { RunOptions } from './run-action.js';

export const DEFAULT_MAX_STEPS = 200_000_000;

export function registerRun(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('run')
    .description('run FILE on the simulated multithreaded interpreter and report lost updates')
    .argument('<file>', 'Python source file')
    .option('--python <version>', 'CPython version to simulate', DEFAULT_VERSION)
    .option('--seed <n>', 'seed of the GIL scheduler (default: a fresh one, printed)')
    .option('--switch-interval <seconds>', 'initial sys.getswitchinterval() (default 0.005)')
    .option('--threads <n>', 'after the module body, start N threads that call --target')
    .option('--target <name>', 'the top-level function each --threads thread calls')
    .option('--schedule <token>', 'replay an explicit schedule printed by `gilsim explore`')
    .option('--max-steps <n>', 'stop after this many instructions', String(DEFAULT_MAX_STEPS))
    .option('--json', 'print one JSON document on stdout instead of the program output and summary')
    .option('--trace-refs <name|line>', 'follow one object (the first bound to NAME, or the first one LINE creates): every refcount change, its instruction and holders, on stderr')
    .action(async (file: string, opts: RunOptions) => setExit(await (await import('./run-action.js')).runCommand(file, opts, io)));
}

