// Stage: report. Colour for terminal output: chalk at the level the stream supports, none when
// NO_COLOR is set or the stream is not a TTY (FORCE_COLOR forces it on). Only this file loads
// chalk, and only when colour is on (a terminal): scripted runs never pay for loading it.

import { lazyImport } from '../lazy-import.js';

/** A style: text in, text out, and the same style in bold. */
export type Style = ((text: string) => string) & { readonly bold: (text: string) => string };

/** The styles reports use (a chalk instance is one; `plain` is the colourless one). */
export interface Paint {
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly dim: Style;
  readonly bold: Style;
}

const same: Style = Object.assign((text: string) => text, { bold: (text: string) => text });

const plain: Paint = { red: same, green: same, yellow: same, cyan: same, dim: same, bold: same };

export async function paintFor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): Promise<Paint> {
  let level: 0 | 1 = isTTY ? 1 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') level = 0;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') level = 1;
  if (level === 0) return plain;
  const { Chalk } = await lazyImport('chalk');
  return new Chalk({ level });
}
