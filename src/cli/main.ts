// The CLI: builds the commander program and maps every failure to a message and an exit code.
// Commands live in ./commands, one file each; this file stays thin.
import { Command, CommanderError } from 'commander';
import { processIo, UsageError, type Io } from './io.js';
import { EXIT_INTERNAL, EXIT_USAGE } from './exit-codes.js';
import { registerDis } from './commands/dis.js';
import { registerRun } from './commands/run.js';
import { registerExplore } from './commands/explore.js';
import { InputError } from '../source/load.js';
import {
  NotSupportedDiagnostic,
  PySyntaxDiagnostic,
  formatNotSupported,
  formatSyntaxDiagnostic,
} from '../source/diagnostics.js';
import { VERSION } from './version.js';

export function makeProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('gilsim')
    .description('A bytecode race explorer for Python threads under CPython\'s GIL.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'gilsim: error: ')),
    })
    .showHelpAfterError('(run `gilsim --help` for usage)');
  registerDis(program, io, setExit);
  registerRun(program, io, setExit);
  registerExplore(program, io, setExit);
  return program;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exit = 0;
  const program = makeProgram(io, (c) => (exit = c));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (e) {
    return reportFailure(e, io);
  }
}

function reportFailure(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return e.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (e instanceof PySyntaxDiagnostic) {
    io.stderr(formatSyntaxDiagnostic(e));
    return EXIT_USAGE;
  }
  if (e instanceof NotSupportedDiagnostic) {
    io.stderr(formatNotSupported(e));
    return EXIT_USAGE;
  }
  if (e instanceof UsageError || e instanceof InputError) {
    io.stderr(`gilsim: error: ${e.message}\n`);
    return EXIT_USAGE;
  }
  const detail = e instanceof Error ? e.stack ?? e.message : String(e);
  io.stderr(`gilsim: internal error (please report): ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.GILSIM_DEBUG) io.stderr(detail + '\n');
  return EXIT_INTERNAL;
}
