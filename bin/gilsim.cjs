#!/usr/bin/env node
'use strict';
// Entry point. `npm run build` emits dist/ with tsc, then bundles it into one CommonJS file,
// dist/bundle/gilsim.cjs, compiled here through node:vm with a V8 code cache (Node 20 has no
// module compile cache): start-up skips parsing ~220 modules and the functions a command compiled
// last time. The bundle is used only when at least as new as tsc's output, so a plain `tsc -p .`
// after an edit is never shadowed by a stale bundle; any cache problem falls back to compiling.
// CommonJS, not ESM: Node then starts without its ES module loader (a few ms of every run).
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { Script } = require('node:vm');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');

/** The first line of a bundle tools/ascii-bundle.mjs rewrote as ASCII. */
const ASCII_MARK = '/* gilsim: ascii bundle */';
const DIST = join(__dirname, '..', 'dist');

// The packages the bundle imports on use (src/lazy-import.ts): code compiled by node:vm from a
// code cache cannot import() by itself on Node 20, this module can.
globalThis.__gilsimImport = (name) => import(name);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  import(pathToFileURL(join(DIST, 'cli', 'version.js')).href).then(({ VERSION }) => process.stdout.write(VERSION + '\n'));
} else {
  const loaded = loadBundle(join(DIST, 'bundle', 'gilsim.cjs'));
  const entry = loaded ? Promise.resolve(loaded.exports) : import(pathToFileURL(join(DIST, 'cli', 'main.js')).href);
  entry
    .then(({ main }) => main(argv))
    .then((code) => {
      process.exitCode = code;
      if (loaded) loaded.saveCache();
    });
}

/** The bundle's exports and a function that stores its code cache, or null to use dist/ as is. */
function loadBundle(file) {
  let st;
  try {
    st = statSync(file);
    if (st.mtimeMs < statSync(join(DIST, 'cli', 'main.js')).mtimeMs) return null;
  } catch {
    return null;
  }
  // V8 checks a cache against the source's length only: the name carries the bundle's stamp.
  // One cache per command: each holds the functions that command compiled.
  const cmd = ['run', 'dis', 'explore'].includes(argv[0]) ? argv[0] : 'other';
  const cacheFile = `${file}.${Math.trunc(st.mtimeMs)}-${st.size}.${cmd}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // tools/ascii-bundle.mjs made the bundle ASCII and marked it: read as latin1, no UTF-8 decoding
  const bytes = readFileSync(file);
  const source = bytes.subarray(0, ASCII_MARK.length).toString('latin1') === ASCII_MARK ? bytes.toString('latin1') : bytes.toString('utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    saveCache() {
      if (cachedData !== undefined && !script.cachedDataRejected) return;
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile); // atomic: concurrent runs never read a half-written cache
      } catch {
        // A read-only install: run without a cache.
      }
    },
  };
}
