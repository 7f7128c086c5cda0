// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-interned-names.py from CPython 3.13.0.
// Stage: version data; depends on nothing but the previous list. The name-like strings already
// interned when `python FILE.py` starts compiling FILE (PYTHONHASHSEED=0, gen-golden.py's env).
// 3.13 = 3.12 + added - removed.
import { internedNames312 } from '../py312/interned-names.generated.js';

const added: string =
  'ABI_THREAD AppleFrameworkLoader CAN_USE_PYREPL END_CENTRAL_DIR_LOCATOR_SIZE_64 ' +
  'END_CENTRAL_DIR_SIZE_64 MAX_UINT32 POSIX_SPAWN_CLOSEFROM PYTHON_BASIC_REPL PYTHON_HISTORY ' +
  'PythonFinalizationError SF_DATALESS SF_FIRMLINK SF_RESTRICTED SF_SETTABLE STRING_END_LOCATOR_64 ' +
  'STRING_END_ZIP_64 TFD_CLOEXEC TFD_NONBLOCK TFD_TIMER_ABSTIME TFD_TIMER_CANCEL_ON_SET ' +
  'UF_DATAVAULT UF_SETTABLE UF_TRACKED ZIP64_EXTRA_TAG _IncompleteInputError _ThreadHandle __data ' +
  '__default__ __filenames __firstlineno__ __linecnt __lines __name __replace__ __setup ' +
  '__static_attributes__ _baserepl _clear_internal_caches _error _fwalk_close _fwalk_walk ' +
  '_fwalk_yield _get_cpu_count_config _get_files _get_framelocalsproxy _get_implementation ' +
  '_get_main_thread_ident _inputhook _is_gil_enabled _is_inputhook_installed _is_interned ' +
  '_make_thread_handle _path_splitroot_ex _pyrepl _set_done _strptime _unpack_uint64 ' +
  '_walk_symlinks_as_files abi_thread action add_nested addop autocommit backend bundle_path ' +
  'callback central_directory_position central_directory_size col_offset day editline ' +
  'end_col_offset extension_loaders extra_data extra_data_len first fold framelocalsproxy ' +
  'framework_binary genexpr get_instructions get_nested getencoding gethistoryfile gil grantpt ' +
  'has_default hour implementation_lower interval ios is_done isroot kwdefaults label ' +
  'max_comment_plus_dirs_size maxlen microsecond milliseconds minute month mutex new_label ' +
  'num_entries num_extra_values path_tail pos64 posix_openpt process_cpu_count pth_content ptsname ' +
  'readline_module second spam st_file_attributes st_flags start_joinable_thread start_tail struct ' +
  'timerfd_create timerfd_gettime timerfd_gettime_ns timerfd_settime timerfd_settime_ns topname ' +
  'tvos tzinfo unix_console unlockpt unpack_from use_label utf_8_sig ver watchos windows_31j ' +
  '';

const removed: string =
  'HOMEDRIVE HOMEPATH IO_REPARSE_TAG_MOUNT_POINT LCMAP_LOWERCASE LCMapStringEx ' +
  'LOCALE_NAME_INVARIANT LazyLoader Loader ModuleType TestFrozenUtf8_1 TestFrozenUtf8_2 ' +
  'TestFrozenUtf8_4 USERNAME USERPROFILE _ _Error _LCMAP_LOWERCASE _LCMapStringEx ' +
  '_LOCALE_NAME_INVARIANT _LazyModule _ModifiedArgv0 _TempModule _abspath_fallback _files ' +
  '_find_spec_from_path _get_bothseps _get_code_from_file _get_main_module_details ' +
  '_get_module_details _getfinalpathname _getfinalpathname_nonstrict _getfullpathname ' +
  '_getvolumepathname _incompatible_extension_module_restrictions _joinrealpath _nt_readlink ' +
  '_path_exists _path_isdevdrive _path_islink _readlink_deep _run_code _run_module_as_main ' +
  '_run_module_code _saved_module _saved_value _sentinel _set_sentinel a ab all_suffixes ' +
  'allowed_winerror alter_argv alter_sys ascii_letters attr attrs_now attrs_then attrs_updated b ' +
  'backtick base_exe brace c character colon colon_sep current_user d decoded_path dev1 dev2 digits ' +
  'disable_check dollar drive drivesplits duration e e1 e2 existing extensions fname frequency ' +
  'get_importer had_prefix header_offset importer index2 init_globals initial_winerror initialized ' +
  'ino1 ino2 is_link libedit main_globals main_name mod_globals mod_name mod_spec n new_unc_prefix ' +
  'normp nul ok old_path original_name p p_drive p_path p_root parent_name path_abs path_drive ' +
  'path_name path_rest pathlen percent pkg_main_name pkg_name pkgutil quote r rbrace read_code ' +
  'readline_doc res resolve_name result_drive result_path result_root run_globals run_name run_path ' +
  's saved_main script_name seps sound spath st_reparse_tag start_abs start_drive start_rest ' +
  'target_user temp_module unc_prefix util varchars winerror x ' +
  '';

const gone = new Set(removed.split(' '));

/** Space-separated. */
export const internedNames313: string = internedNames312.split(' ').filter((w) => w && !gone.has(w)).join(' ') + ' ' + added;
