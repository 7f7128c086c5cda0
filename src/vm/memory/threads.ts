// Stage: VM memory. What a finished thread lets go of, as CPython's threading.py does: the
// default Thread.run deletes _target/_args/_kwargs in its `finally`, and _bootstrap_inner
// removes the Thread from threading._active (the reference the interpreter thread held).
// Must not depend on the scheduler.
import { PyFunction } from '../objects/callables.js';
import { xdecref } from '../objects/base.js';
import type { VmThread } from '../interp/frame.js';
import type { ThreadNative } from '../modules/threading.js';

export function releaseFinishedThread(th: VmThread): void {
  const py = th.pyThread;
  if (!py) return;
  th.pyThread = null;
  const n = py.native as ThreadNative | null;
  if (n && 'target' in n && !(py.type.lookup('run') instanceof PyFunction)) {
    const { target, args, kwargs } = n;
    n.target = n.args = n.kwargs = null;
    xdecref(target);
    xdecref(args);
    xdecref(kwargs);
  }
  if (th.id !== 0) xdecref(py);
}
