// Stage: VM simulated modules. `import x` resolves only to the simulated modules (threading,
// sys, time, gc, dis). Any other module stops the run with `not supported yet: module 'x'
// (line N)` and exit status 2 (like every construct outside the subset): programs run by gilsim
// may never touch files, network or processes, and a ModuleNotFoundError could be caught and
// silently change what the program does.
import { PyModule, strKey } from '../objects/callables.js';
import { PyDict } from '../objects/containers.js';
import { NotSupportedDiagnostic } from '../../source/diagnostics.js';
import { incref } from '../objects/base.js';
import { newStr } from '../objects/scalars.js';
import { vm } from '../interp/state.js';

export type ModuleInit = (d: PyDict) => void;
const factories = new Map<string, ModuleInit>();

export function registerModule(name: string, init: ModuleInit): void {
  factories.set(name, init);
}

export function importModule(name: string, line: number): PyModule {
  let m = vm.modules.get(name);
  if (!m) {
    const init = factories.get(name);
    if (!init) throw new NotSupportedDiagnostic(`module '${name}'`, line);
    const d = new PyDict();
    d.setStr('__name__', strKey('__name__'), newStr(name));
    init(d);
    m = new PyModule(name, d);
    vm.modules.set(name, m);
  }
  incref(m);
  return m;
}
