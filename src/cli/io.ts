// The CLI's window on the world, injectable for in-process tests.
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/**
 * The process's standard streams, written with fs.writeSync: gilsim's output is synchronous
 * anyway, and Node's process.stdout / process.stderr objects cost ~4 ms of start-up when the
 * streams are pipes (the usual case in scripts), which gilsim is run from thousands of times.
 * Whether a stream is a terminal is asked only when a command needs it.
 */
export const processIo: Io = {
  stdout: (t) => writeAll(1, t),
  stderr: (t) => writeAll(2, t),
  get stdoutIsTTY() {
    return isTerminal(1);
  },
  get stderrIsTTY() {
    return isTerminal(2);
  },
};

/** fds whose reader went away (EPIPE: `gilsim run x | head`): later output is dropped. */
const closed = new Set<number>();

function writeAll(fd: number, text: string): void {
  if (closed.has(fd) || text.length === 0) return;
  const buf = Buffer.from(text, 'utf8');
  for (let off = 0; off < buf.length; ) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // a non-blocking stream (shared with a parent that made it so) is full: wait a little
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') {
        closed.add(fd);
        return;
      }
      throw e;
    }
  }
}

/**
 * A terminal is a character device; only then is node:tty (which loads Node's networking
 * modules, ~2 ms) asked to tell a terminal from /dev/null.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}

/** Thrown by commands for usage problems; main() prints `gilsim: error: <message>` and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
