// The packages gilsim loads only when a command needs them (chalk for colour on a terminal,
// fast-check for the randomized explore strategies): kept out of the bundle, imported on use.
// Code that bin/gilsim.cjs compiled from the bundle with a V8 code cache cannot import() by
// itself on Node 20, so the entry point installs an importer of its own; without one (dist/
// run directly, tests), import() does it.

interface Packages {
  chalk: typeof import('chalk');
  'fast-check': typeof import('fast-check');
}

export function lazyImport<K extends keyof Packages>(name: K): Promise<Packages[K]> {
  const importer = (globalThis as { __gilsimImport?: (name: string) => Promise<unknown> }).__gilsimImport;
  if (importer !== undefined) return importer(name) as Promise<Packages[K]>;
  return (name === 'chalk' ? import('chalk') : import('fast-check')) as Promise<Packages[K]>;
}
