// Stage: compiler (code generation shared by both generators). `import a.b as c` and
// `from m import x`: the same instruction sequence in every version except the stack swap
// and the star import, which the caller supplies. Depends only on the AST and an emitter.
import type * as A from '../syntax/ast.js';
import type { ConstValue } from '../syntax/constant.js';
import type { ExprContext } from '../syntax/ast.js';

/** What the import statements need of either compiler. */
export interface ImportEmitter {
  addop(op: string): void;
  loadConst(v: ConstValue): void;
  addopName(op: string, name: string): void;
  addopNameRaw(op: string, name: string): void;
  nameop(name: string, ctx: ExprContext): void;
}

/** compiler_import; swapTwo exchanges the two top stack items (ROT_TWO, later SWAP 2). */
export function compileImport(c: ImportEmitter, s: A.Import, swapTwo: () => void): void {
  for (const alias of s.names) {
    c.loadConst({ kind: 'int', value: 0n });
    c.loadConst({ kind: 'none' });
    c.addopName('IMPORT_NAME', alias.name);
    if (alias.asname) {
      const parts = alias.name.split('.');
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          c.addopNameRaw('IMPORT_FROM', parts[i]!);
          if (i === parts.length - 1) break;
          swapTwo();
          c.addop('POP_TOP');
        }
        c.nameop(alias.asname, 'Store');
        c.addop('POP_TOP');
      } else {
        c.nameop(alias.asname, 'Store');
      }
    } else {
      c.nameop(alias.name.split('.')[0]!, 'Store');
    }
  }
}

/** compiler_from_import; importStar emits `from m import *` after IMPORT_NAME. */
export function compileFromImport(c: ImportEmitter, s: A.ImportFrom, importStar: () => void): void {
  c.loadConst({ kind: 'int', value: BigInt(s.level) });
  c.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name })) });
  c.addopName('IMPORT_NAME', s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith('*')) {
      importStar();
      return;
    }
    c.addopName('IMPORT_FROM', alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.addop('POP_TOP');
}
