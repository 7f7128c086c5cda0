#!/usr/bin/env node
// Entry point. `npm run build` emits dist/ with tsc, then bundles it into dist/bundle/ (a handful
// of chunks load much faster than ~220 modules). The bundle is used only when it is at least as
// new as tsc's output, so a plain `tsc -p .` after an edit is never shadowed by a stale bundle.
import { statSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(VERSION + '\n');
} else {
  const { main } = await import(bundleIsFresh() ? '../dist/bundle/main.js' : '../dist/cli/main.js');
  process.exitCode = await main(argv);
}

function bundleIsFresh() {
  try {
    const mtime = (rel) => statSync(new URL(rel, import.meta.url)).mtimeMs;
    return mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
  } catch {
    return false;
  }
}
