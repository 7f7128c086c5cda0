// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-interned-names.py from CPython 3.9.18.
// Stage: version data; depends on nothing but the previous list. The name-like strings already
// interned when `python FILE.py` starts compiling FILE (PYTHONHASHSEED=0, gen-golden.py's env).
// 3.9 = 3.8 + added - removed.
import { internedNames38 } from '../py38/interned-names.generated.js';

const added: string =
  'CLD_KILLED CLD_STOPPED CLOCK_TAI EllipsisType FunctionType GenericAlias P_PIDFD ' +
  '_CallableGenericAlias _CallableGenericAlias__create_ga __args__ __create_ga __mro_entries__ ' +
  '__origin__ __parameters__ __setformat__ _at_fork_reinit _epoch _last_epoch _type_repr _walk ' +
  'builtin_names child ga ga_args libdir libdirs mac_centeuro pidfd_open pidfd_send_signal ' +
  'platlibdir removeprefix removesuffix t_args t_result waitstatus_to_exitcode ' +
  '';

const removed: string =
  '__set_format__ _putenv _unsetenv _winreg callstats getcheckinterval setcheckinterval tactis ' +
  'thread_module tis260 weakref_module winreg_module ' +
  '';

const gone = new Set(removed.split(' '));

/** Space-separated. */
export const internedNames39: string = internedNames38.split(' ').filter((w) => w && !gone.has(w)).join(' ') + ' ' + added;
