// `gilsim dis FILE [--python V]`: what `pythonV -m dis FILE` prints.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { profileFromOption } from '../options.js';
import { DEFAULT_VERSION } from '../../versions/registry.js';
import { EXIT_OK } from '../exit-codes.js';

export function registerDis(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('dis')
    .description('print the bytecode of FILE exactly as `python -m dis FILE` prints it')
    .argument('<file>', 'Python source file')
    .option('--python <version>', 'CPython version whose bytecode to produce', DEFAULT_VERSION)
    .action(async (file: string, opts: { python: string }) => {
      const profile = await profileFromOption(opts.python);
      const { compileFile } = await import('../../pipeline.js');
      const { code } = compileFile(file, profile);
      io.stdout(profile.disassembleModule(code));
      setExit(EXIT_OK);
    });
}
