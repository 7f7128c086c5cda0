// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-interned-names.py from CPython 3.10.13.
// Stage: version data; depends on nothing but the previous list. The name-like strings already
// interned when `python FILE.py` starts compiling FILE (PYTHONHASHSEED=0, gen-golden.py's env).
// 3.10 = 3.9 + added - removed.
import { internedNames39 } from '../py39/interned-names.generated.js';

const added: string =
  'DISTUTILS_FINDER DistutilsLoader DistutilsMetaFinder EFD_CLOEXEC EFD_NONBLOCK EFD_SEMAPHORE ' +
  'EncodingWarning FileReader Loader NamespaceReader O_FSYNC ParamSpec RWF_APPEND ' +
  'SETUPTOOLS_USE_DISTUTILS SPLICE_F_MORE SPLICE_F_MOVE SPLICE_F_NONBLOCK TypeVar ZipReader ' +
  '_ConcatenateGenericAlias _TrivialRe __abc_tpflags__ __match_args__ __wrapped__ ' +
  '_current_exceptions _deactivate_opcache _distutils _distutils_hack _is_param_expr ' +
  '_is_typevarlike _object_name _patterns _set_bootstrap_module _trace abstracts add_shim aiter ' +
  'anext arg bit_count children clear_distutils co_lines co_linetable core distutils do_override ' +
  'enabled end_lineno end_offset ensure_local_distutils eventfd eventfd_read eventfd_write few ' +
  'frame frame_file_is_setup import_error import_module importlib insert_shim is_cpython is_link ' +
  'is_pypy item_len loader_module local locale many match method_name mods module_info nested ' +
  'new_args newline orig_argv param_len params pat patterns pip_imported_during_build remove_shim ' +
  'scls sensitive_tests shim spec_for_distutils spec_for_pip spec_for_sensitive_tests splice ' +
  'start_offset stdlib_module_names string subargs subparams subst symbols text_encoding types ' +
  'typing unregister update_abstractmethods util varnames ver_nodot vxworks walk_stack ' +
  'warn_default_encoding warn_distutils_present which winver ' +
  '';

const removed: string =
  'ABDAY_1 ABDAY_2 ABDAY_3 ABDAY_4 ABDAY_5 ABDAY_6 ABDAY_7 ABMON_1 ABMON_10 ABMON_11 ABMON_12 ' +
  'ABMON_2 ABMON_3 ABMON_4 ABMON_5 ABMON_6 ABMON_7 ABMON_8 ABMON_9 ALT_DIGITS AM_STR CHAR_MAX ' +
  'CODESET CRNCYSTR DAY_1 DAY_2 DAY_3 DAY_4 DAY_5 DAY_6 DAY_7 D_FMT D_T_FMT ERA ERA_D_FMT ' +
  'ERA_D_T_FMT ERA_T_FMT Error LC_ALL LC_COLLATE LC_CTYPE LC_MESSAGES LC_MONETARY LC_NUMERIC ' +
  'LC_TIME MON_1 MON_10 MON_11 MON_12 MON_2 MON_3 MON_4 MON_5 MON_6 MON_7 MON_8 MON_9 NOEXPR PM_STR ' +
  'Path RADIXCHAR ResourceReader StreamConverter THOUSEP T_FMT T_FMT_AMPM YESEXPR ' +
  '_CallableGenericAlias__create_ga _DATE_FMT _ZipImportResourceReader __create_ga _forget_codec ' +
  '_locale _registered bind_textdomain_codeset bindtextdomain builtin_names builtin_os dcgettext ' +
  'dgettext do_setlocale fullname_as_path fullname_path ga ga_args getpreferredencoding gettext ' +
  'is_resource localeconv nl_langinfo open_resource os_details os_module package_path parent_name ' +
  'pathlib relative relative_path relative_to resource resource_path setlocale strcoll strxfrm ' +
  'subdirs_seen textdomain ' +
  '';

const gone = new Set(removed.split(' '));

/** Space-separated. */
export const internedNames310: string = internedNames39.split(' ').filter((w) => w && !gone.has(w)).join(' ') + ' ' + added;
