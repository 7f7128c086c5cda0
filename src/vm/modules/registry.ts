// Stage: VM simulated modules. `import x` resolves only to the simulated modules (threading,
// sys, time, gc, dis). Any other module is a clean, documented refusal: the program gets
// `ModuleNotFoundError: No module named 'x'` with the usual traceback (exit status 1), because
// programs run by gilsim may never touch files, network or processes.
import { PyModule, strKey } from '../objects/callables.js';
import { PyDict } from '../objects/containers.js';
import { ModuleNotFoundError, pyThrow } from '../objects/exceptions.js';
import { incref } from '../objects/base.js';
import { newStr } from '../objects/scalars.js';
import { vm } from '../interp/state.js';

export type ModuleInit = (d: PyDict) => void;
const factories = new Map<string, ModuleInit>();

export function registerModule(name: string, init: ModuleInit): void {
  factories.set(name, init);
}

export function importModule(name: string, _line: number): PyModule {
  let m = vm.modules.get(name);
  if (!m) {
    const init = factories.get(name);
    if (!init) return pyThrow(ModuleNotFoundError, `No module named '${name}'`);
    const d = new PyDict();
    d.setStr('__name__', strKey('__name__'), newStr(name));
    init(d);
    m = new PyModule(name, d);
    vm.modules.set(name, m);
  }
  incref(m);
  return m;
}
