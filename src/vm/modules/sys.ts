// Stage: VM simulated modules. `sys`: getrefcount (per-version rules in memory/refcounts.ts),
// get/setswitchinterval (CPython's validation and microsecond truncation), version_info,
// maxsize, exc_info, getrecursionlimit, exit.
import { PyDict } from '../objects/containers.js';
import { PyBuiltin, strKey } from '../objects/callables.js';
import { PyThrow, SystemExit, newExceptionArgs, valueError, typeError } from '../objects/exceptions.js';
import { PyObject } from '../objects/base.js';
import { None, PyFloat, PyInt, newFloat, newInt, newNone, newStr } from '../objects/scalars.js';
import { newTuple } from '../objects/containers.js';
import { vm } from '../interp/state.js';
import { registerModule } from './registry.js';
import { observedRefcount } from '../memory/refcounts.js';

/** Set by `--trace-refs`: told what each sys.getrefcount call reports. */
export const refObservers = {
  getrefcount: null as ((o: PyObject, reported: number) => void) | null,
};

function def(d: PyDict, name: string, f: (a: PyObject[]) => PyObject): void {
  d.setStr(name, strKey(name), new PyBuiltin(name, f));
}

registerModule('sys', (d) => {
  def(d, 'getrefcount', (a) => {
    if (a.length !== 1) typeError(`getrefcount() takes exactly one argument (${a.length} given)`);
    const n = observedRefcount(a[0]!, vm.profile.memory);
    refObservers.getrefcount?.(a[0]!, n);
    return newInt(n);
  });
  def(d, 'getswitchinterval', () => newFloat(vm.switchInterval));
  def(d, 'setswitchinterval', (a) => {
    const x = a[0];
    const v = x instanceof PyFloat ? x.v : x instanceof PyInt ? Number(x.v) : typeError(`must be real number, not ${x?.type.name}`);
    if (v <= 0) valueError('switch interval must be strictly positive');
    vm.switchInterval = Math.floor(v * 1e6) * 1e-6;
    return newNone();
  });
  def(d, 'exit', (a) => {
    if (a.length > 1) typeError(`exit expected at most 1 argument, got ${a.length}`);
    throw new PyThrow(newExceptionArgs(SystemExit, a));
  });
  def(d, 'getrecursionlimit', () => newInt(1000));
  def(d, 'exc_info', () => {
    const e = vm.thread.excValue;
    if (!e) return newTuple([newNone(), newNone(), newNone()]);
    e.refcnt++;
    e.type.refcnt++;
    return newTuple([e.type, e, newNone()]);
  });
  d.setStr('maxsize', strKey('maxsize'), newInt(Number.MAX_SAFE_INTEGER) && new PyInt(9223372036854775807n));
  const [major, minor, micro] = vm.profile.vm.versionInfo;
  d.setStr('version_info', strKey('version_info'), newTuple([newInt(major), newInt(minor), newInt(micro), newStr('final'), newInt(0)]));
  d.setStr('platform', strKey('platform'), newStr('linux'));
  void None;
});
