// Stage: report. Colour for terminal output: chalk at the level the stream supports, none when
// NO_COLOR is set or the stream is not a TTY (FORCE_COLOR forces it on). Only report/ imports chalk.
import { Chalk, type ChalkInstance } from 'chalk';

export function paintFor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return new Chalk({ level: 1 });
  return new Chalk({ level: isTTY ? 1 : 0 });
}

export const plain: ChalkInstance = new Chalk({ level: 0 });
