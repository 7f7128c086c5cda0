#!/usr/bin/env node
// Build step (npm run build): rewrite the bundle as pure ASCII, every other character as a \uXXXX
// escape (the bundle's non-ASCII text sits in string literals, regular expressions and comments,
// where the escape means the same character; it has no tagged templates). bin/gilsim.cjs then
// reads it as latin1, which skips UTF-8 decoding: ~10 ms of every start on this machine.
// Marks the file with a first line the loader checks. Usage: node tools/ascii-bundle.mjs FILE
import { readFileSync, writeFileSync } from 'node:fs';

export const ASCII_MARK = '/* gilsim: ascii bundle */';

const file = process.argv[2];
if (!file) {
  console.error('usage: node tools/ascii-bundle.mjs FILE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
let out = '';
for (const ch of text) {
  const c = ch.codePointAt(0);
  if (c < 0x80) out += ch;
  else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
  else {
    // (astral: its UTF-16 surrogate pair, which string literals and non-u regexps read the same)
    const hi = Math.floor((c - 0x10000) / 0x400) + 0xd800;
    const lo = ((c - 0x10000) % 0x400) + 0xdc00;
    out += '\\u' + hi.toString(16) + '\\u' + lo.toString(16);
  }
}
writeFileSync(file, text.startsWith(ASCII_MARK) ? out : `${ASCII_MARK}\n${out}`);
