// Stage: semantics. Private name mangling (`__x` inside class C becomes `_C__x`), shared by
// the symbol table and the code generator. No dependencies.

export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}
