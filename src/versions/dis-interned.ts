// Stage: version data (dis). The name-like strings interned before `python -m dis FILE` compiles
// FILE: those interned when `python FILE.py` starts, plus what runpy, dis and its imports
// intern (measured per version by test/tools/gen-dis-interned-names.py). Depends on nothing.

/** A lazily built set: the startup list with the `-m dis` differences (space-separated words). */
export function disInternedNames(
  startup: () => ReadonlySet<string>, added: string, removed: string,
): () => ReadonlySet<string> {
  let set: Set<string> | null = null;
  return () => {
    if (set) return set;
    set = new Set(startup());
    for (const w of removed.split(' ')) if (w !== '') set.delete(w);
    for (const w of added.split(' ')) if (w !== '') set.add(w);
    return set;
  };
}
