// Stage: VM simulated modules. `dis.dis(x)` prints the version profile's disassembly of a
// function's (or method's, or code object's) code, as CPython's dis.dis does.
import { PyObject } from '../objects/base.js';
import { PyBuiltin, PyCode, PyFunction, PyMethod, strKey } from '../objects/callables.js';
import { typeError } from '../objects/exceptions.js';
import { newNone } from '../objects/scalars.js';
import { vm } from '../interp/state.js';
import { registerModule } from './registry.js';

registerModule('dis', (d) => {
  d.setStr('dis', strKey('dis'), new PyBuiltin('dis', (a: PyObject[]) => {
    let x = a[0];
    if (x instanceof PyMethod) x = x.func;
    let code: PyCode | null = null;
    if (x instanceof PyFunction) code = x.code;
    else if (x instanceof PyCode) code = x;
    if (!code) return typeError(`gilsim: dis.dis() of ${x ? x.type.name : 'nothing'} is not supported`);
    vm.out.push(vm.profile.disassembleCode(code.code));
    return newNone();
  }));
});
