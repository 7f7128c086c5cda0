// Stage: source text. Reading a program file, with one clear message for each way it can fail.
import { readFileSync, statSync } from 'node:fs';
import { makeSource, type SourceFile } from './source.js';

/** An input problem that is not a Python error: printed as one line, exit status 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function loadSource(path: string): SourceFile {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError(`can't open file '${path}': No such file or directory`);
  }
  if (st.isDirectory()) throw new InputError(`can't open file '${path}': Is a directory`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`can't open file '${path}': ${(e as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
  if (bytes.includes(0)) throw new InputError(`${path}: source code cannot contain null bytes (binary file?)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: file is not valid UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return makeSource(path, text);
}
