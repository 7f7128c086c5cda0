// Stage: VM simulated modules. `time`: sleep releases the GIL and blocks on the simulated clock;
// time/perf_counter/monotonic read the simulated clock (seconds).
import { PyBuiltin, strKey } from '../objects/callables.js';
import type { PyDict } from '../objects/containers.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyObject } from '../objects/base.js';
import { PyFloat, PyInt, newFloat, newInt, newNone } from '../objects/scalars.js';
import { BLOCKED, vm } from '../interp/state.js';
import { registerModule } from './registry.js';

const EPOCH = 1700000000;

function def(d: PyDict, name: string, f: (a: PyObject[]) => PyObject): void {
  d.setStr(name, strKey(name), new PyBuiltin(name, f));
}

registerModule('time', (d) => {
  def(d, 'sleep', (a) => {
    const th = vm.thread;
    if (th.sleepUntil >= 0) {
      th.sleepUntil = -1;
      return newNone();
    }
    const x = a[0];
    const s = x instanceof PyFloat ? x.v : x instanceof PyInt ? Number(x.v) : typeError(`an integer is required (got type ${x?.type.name})`);
    if (s < 0) valueError('sleep length must be non-negative');
    if (vm.nestDepth > 0) {
      vm.clock += s * 1e9;
      return newNone();
    }
    th.sleepUntil = vm.clock + s * 1e9;
    th.state = 'blocked';
    th.block = { kind: 'sleep', untilTick: th.sleepUntil };
    return BLOCKED;
  });
  def(d, 'time', () => newFloat(EPOCH + vm.clock / 1e9));
  def(d, 'perf_counter', () => newFloat(vm.clock / 1e9));
  def(d, 'monotonic', () => newFloat(vm.clock / 1e9));
  def(d, 'time_ns', () => newInt(EPOCH * 1e9 + Math.floor(vm.clock)));
  def(d, 'perf_counter_ns', () => newInt(Math.floor(vm.clock)));
});
