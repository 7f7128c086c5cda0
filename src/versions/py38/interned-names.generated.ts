// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-interned-names.py from CPython 3.8.18.
// Stage: version data; depends on nothing. The name-like strings already
// interned when `python FILE.py` starts compiling FILE (PYTHONHASHSEED=0, gen-golden.py's env).

/** Space-separated. */
export const internedNames38: string =
  '037 1026 1125 1140 1250 1251 1252 1253 1254 1255 1256 1257 1258 273 424 437 500 646 775 850 852 ' +
  '855 857 858 860 861 862 863 864 865 866 869 8859 932 936 949 950 ABC ABCMeta ABDAY_1 ABDAY_2 ' +
  'ABDAY_3 ABDAY_4 ABDAY_5 ABDAY_6 ABDAY_7 ABMON_1 ABMON_10 ABMON_11 ABMON_12 ABMON_2 ABMON_3 ' +
  'ABMON_4 ABMON_5 ABMON_6 ABMON_7 ABMON_8 ABMON_9 ALT_DIGITS AM_STR APPDATA ASCII ArithmeticError ' +
  'AssertionError AsyncGenerator AsyncIterable AsyncIterator AttributeError Awaitable BOM BOM32_BE ' +
  'BOM32_LE BOM64_BE BOM64_LE BOM_BE BOM_LE BOM_UTF16 BOM_UTF16_BE BOM_UTF16_LE BOM_UTF32 ' +
  'BOM_UTF32_BE BOM_UTF32_LE BOM_UTF8 BYTECODE_SUFFIXES BaseException BlockingIOError ' +
  'BrokenPipeError BufferError BufferedIOBase BufferedIncrementalDecoder BufferedIncrementalEncoder ' +
  'BufferedRWPair BufferedRandom BufferedReader BufferedWriter BuiltinImporter ByteString BytesIO ' +
  'BytesWarning CHAR_MAX CLD_CONTINUED CLD_DUMPED CLD_EXITED CLD_TRAPPED CLOCK_BOOTTIME ' +
  'CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME ' +
  'CLOCK_THREAD_CPUTIME_ID CODESET CRNCYSTR CS_GNU_LIBC_VERSION CS_PATH Callable CallableProxyType ' +
  'ChildProcessError Codec CodecInfo CodecRegistryError Collection ConnectionAbortedError ' +
  'ConnectionError ConnectionRefusedError ConnectionResetError Container Coroutine DAY_1 DAY_2 ' +
  'DAY_3 DAY_4 DAY_5 DAY_6 DAY_7 DEBUG_BUILD DEBUG_BYTECODE_SUFFIXES DEFAULT_BUFFER_SIZE D_FMT ' +
  'D_T_FMT DeprecationWarning DirEntry ENABLE_USER_SITE END_CENTRAL_DIR_SIZE EOFError ERA ERA_D_FMT ' +
  'ERA_D_T_FMT ERA_T_FMT EXTENSION_SUFFIXES EX_CANTCREAT EX_CONFIG EX_DATAERR EX_IOERR EX_NOHOST ' +
  'EX_NOINPUT EX_NOPERM EX_NOUSER EX_OK EX_OSERR EX_OSFILE EX_PROTOCOL EX_SOFTWARE EX_TEMPFAIL ' +
  'EX_UNAVAILABLE EX_USAGE Ellipsis EncodedFile EnvironmentError Error Exception ' +
  'ExtensionFileLoader FILE_ATTRIBUTE_ARCHIVE FILE_ATTRIBUTE_COMPRESSED FILE_ATTRIBUTE_DEVICE ' +
  'FILE_ATTRIBUTE_DIRECTORY FILE_ATTRIBUTE_ENCRYPTED FILE_ATTRIBUTE_HIDDEN ' +
  'FILE_ATTRIBUTE_INTEGRITY_STREAM FILE_ATTRIBUTE_NORMAL FILE_ATTRIBUTE_NOT_CONTENT_INDEXED ' +
  'FILE_ATTRIBUTE_NO_SCRUB_DATA FILE_ATTRIBUTE_OFFLINE FILE_ATTRIBUTE_READONLY ' +
  'FILE_ATTRIBUTE_REPARSE_POINT FILE_ATTRIBUTE_SPARSE_FILE FILE_ATTRIBUTE_SYSTEM ' +
  'FILE_ATTRIBUTE_TEMPORARY FILE_ATTRIBUTE_VIRTUAL F_LOCK F_OK F_TEST F_TLOCK F_ULOCK False ' +
  'FileExistsError FileFinder FileIO FileLoader FileNotFoundError FloatingPointError FrozenImporter ' +
  'FutureWarning GRND_NONBLOCK GRND_RANDOM Generator GeneratorExit HKEY_CURRENT_USER ' +
  'HKEY_LOCAL_MACHINE HOME Hashable IOBase IOError ITIMER_PROF ITIMER_REAL ITIMER_VIRTUAL ' +
  'ImportError ImportWarning IncrementalDecoder IncrementalEncoder IncrementalNewlineDecoder ' +
  'IndentationError IndexError InterruptedError IsADirectoryError ItemsView Iterable Iterator ' +
  'ItimerError KeyError KeyboardInterrupt KeysView LC_ALL LC_COLLATE LC_CTYPE LC_MESSAGES ' +
  'LC_MONETARY LC_NUMERIC LC_TIME LICENSE Library LockType LookupError MAGIC_NUMBER MASK MAX ' +
  'MAXLINES MAX_COMMENT_LEN MFD_ALLOW_SEALING MFD_CLOEXEC MFD_HUGETLB MFD_HUGE_16GB MFD_HUGE_16MB ' +
  'MFD_HUGE_1GB MFD_HUGE_1MB MFD_HUGE_256MB MFD_HUGE_2GB MFD_HUGE_2MB MFD_HUGE_32MB MFD_HUGE_512KB ' +
  'MFD_HUGE_512MB MFD_HUGE_64KB MFD_HUGE_8MB MFD_HUGE_MASK MFD_HUGE_SHIFT MISSING MON_1 MON_10 ' +
  'MON_11 MON_12 MON_2 MON_3 MON_4 MON_5 MON_6 MON_7 MON_8 MON_9 Mapping MappingView MemoryError ' +
  'MetadataPathFinder ModuleNotFoundError ModuleSpec MutableMapping MutableSequence MutableSet ' +
  'NGROUPS_MAX NOEXPR NSIG NameError None NotADirectoryError NotImplemented NotImplementedError ' +
  'OPTIMIZED_BYTECODE_SUFFIXES OSError O_ACCMODE O_APPEND O_ASYNC O_CLOEXEC O_CREAT O_DIRECT ' +
  'O_DIRECTORY O_DSYNC O_EXCL O_LARGEFILE O_NDELAY O_NOATIME O_NOCTTY O_NOFOLLOW O_NONBLOCK O_PATH ' +
  'O_RDONLY O_RDWR O_RSYNC O_SYNC O_TMPFILE O_TRUNC O_WRONLY OpenKey OpenWrapper OverflowError PATH ' +
  'PIPE PM_STR POSIX_FADV_DONTNEED POSIX_FADV_NOREUSE POSIX_FADV_NORMAL POSIX_FADV_RANDOM ' +
  'POSIX_FADV_SEQUENTIAL POSIX_FADV_WILLNEED POSIX_SPAWN_CLOSE POSIX_SPAWN_DUP2 POSIX_SPAWN_OPEN ' +
  'PREFIXES PRIO_PGRP PRIO_PROCESS PRIO_USER PYTHONCASEOK PYTHONUSERBASE P_ALL P_NOWAIT P_NOWAITO ' +
  'P_PGID P_PID P_WAIT Path PathFinder PathLike PendingDeprecationWarning PermissionError Popen ' +
  'ProcessLookupError ProxyType Python QueryValue Quitter RADIXCHAR REGISTRY_KEY REGISTRY_KEY_DEBUG ' +
  'RLock RTLD_DEEPBIND RTLD_GLOBAL RTLD_LAZY RTLD_LOCAL RTLD_NODELETE RTLD_NOLOAD RTLD_NOW ' +
  'RWF_DSYNC RWF_HIPRI RWF_NOWAIT RWF_SYNC R_OK RawIOBase Reader RecursionError ReferenceError ' +
  'ReferenceType ResourceReader ResourceWarning Reversible RuntimeError RuntimeWarning SCHED_BATCH ' +
  'SCHED_FIFO SCHED_IDLE SCHED_OTHER SCHED_RESET_ON_FORK SCHED_RR SC_OPEN_MAX SC_SEM_NSEMS_MAX ' +
  'SEEK_CUR SEEK_DATA SEEK_END SEEK_HOLE SEEK_SET SF_APPEND SF_ARCHIVED SF_IMMUTABLE SF_NOUNLINK ' +
  'SF_SNAPSHOT SIGABRT SIGALRM SIGBUS SIGCHLD SIGCLD SIGCONT SIGFPE SIGHUP SIGILL SIGINT SIGIO ' +
  'SIGIOT SIGKILL SIGPIPE SIGPOLL SIGPROF SIGPWR SIGQUIT SIGRTMAX SIGRTMIN SIGSEGV SIGSTOP SIGSYS ' +
  'SIGTERM SIGTRAP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGUSR1 SIGUSR2 SIGVTALRM SIGWINCH SIGXCPU ' +
  'SIGXFSZ SIG_BLOCK SIG_DFL SIG_IGN SIG_SETMASK SIG_UNBLOCK SOURCE_SUFFIXES STRING_END_ARCHIVE ' +
  'ST_APPEND ST_ATIME ST_CTIME ST_DEV ST_GID ST_INO ST_MANDLOCK ST_MODE ST_MTIME ST_NLINK ' +
  'ST_NOATIME ST_NODEV ST_NODIRATIME ST_NOEXEC ST_NOSUID ST_RDONLY ST_RELATIME ST_SIZE ' +
  'ST_SYNCHRONOUS ST_UID ST_WRITE S_ENFMT S_IEXEC S_IFBLK S_IFCHR S_IFDIR S_IFDOOR S_IFIFO S_IFLNK ' +
  'S_IFMT S_IFPORT S_IFREG S_IFSOCK S_IFWHT S_IMODE S_IREAD S_IRGRP S_IROTH S_IRUSR S_IRWXG S_IRWXO ' +
  'S_IRWXU S_ISBLK S_ISCHR S_ISDIR S_ISDOOR S_ISFIFO S_ISGID S_ISLNK S_ISPORT S_ISREG S_ISSOCK ' +
  'S_ISUID S_ISVTX S_ISWHT S_IWGRP S_IWOTH S_IWRITE S_IWUSR S_IXGRP S_IXOTH S_IXUSR Sequence Set ' +
  'Sized SourceFileLoader SourceLoader SourcelessFileLoader StopAsyncIteration StopIteration ' +
  'StreamConverter StreamReader StreamReaderWriter StreamRecoder StreamWriter StringIO SyntaxError ' +
  'SyntaxWarning SystemError SystemExit THOUSEP TIMEOUT_MAX TMP_MAX T_FMT T_FMT_AMPM TabError ' +
  'TextIOBase TextIOWrapper TimeoutError True TypeError UF_APPEND UF_COMPRESSED UF_HIDDEN ' +
  'UF_IMMUTABLE UF_NODUMP UF_NOUNLINK UF_OPAQUE USER_BASE USER_SITE UnboundLocalError ' +
  'UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning ' +
  'UnsupportedOperation UserWarning ValueError ValuesView WCONTINUED WCOREDUMP WEXITED WEXITSTATUS ' +
  'WIFCONTINUED WIFEXITED WIFSIGNALED WIFSTOPPED WNOHANG WNOWAIT WSTOPPED WSTOPSIG WTERMSIG ' +
  'WUNTRACED W_OK Warning WindowsRegistryFinder Writer XATTR_CREATE XATTR_REPLACE XATTR_SIZE_MAX ' +
  'X_OK YESEXPR ZeroDivisionError ZipImportError _BufferedIOBase _CASE_INSENSITIVE_PLATFORMS ' +
  '_CASE_INSENSITIVE_PLATFORMS_BYTES_KEY _CASE_INSENSITIVE_PLATFORMS_STR_KEY _CHUNK_SIZE _DATE_FMT ' +
  '_DeadlockError _DummyModuleLock _ERR_MSG _ERR_MSG_PREFIX _Environ _ExceptHookArgs _Helper ' +
  '_IOBase _ImportLockContext _LoaderBasics _MS_WINDOWS _ModuleLock _ModuleLockManager ' +
  '_MutableMapping__marker _NEEDS_LOADING _NamespaceLoader _NamespacePath _OPT _ORIGIN _POPULATE ' +
  '_PYCACHE _Printer _Printer__data _Printer__filenames _Printer__linecnt _Printer__lines ' +
  '_Printer__name _Printer__setup _RAW_MAGIC_NUMBER _RawIOBase _STRUCT_TM_ITEMS _TextIOBase ' +
  '_WindowsConsoleIO _ZipImportResourceReader __PYVENV_LAUNCHER__ __abs__ __abstractmethods__ ' +
  '__add__ __aiter__ __all__ __alloc__ __and__ __anext__ __annotations__ __author__ __await__ ' +
  '__base__ __bases__ __basicsize__ __bool__ __breakpointhook__ __build_class__ __builtins__ ' +
  '__bytes__ __cached__ __call__ __callback__ __cause__ __ceil__ __class__ __class_getitem__ ' +
  '__classcell__ __closure__ __code__ __contains__ __context__ __debug__ __defaults__ __del__ ' +
  '__delattr__ __delete__ __delitem__ __dict__ __dictoffset__ __dir__ __displayhook__ __divmod__ ' +
  '__doc__ __enter__ __eq__ __excepthook__ __exit__ __file__ __flags__ __float__ __floor__ ' +
  '__floordiv__ __format__ __fspath__ __func__ __ge__ __get__ __getattr__ __getattribute__ ' +
  '__getformat__ __getitem__ __getnewargs__ __getstate__ __globals__ __gt__ __hash__ __iadd__ ' +
  '__iand__ __ifloordiv__ __ilshift__ __imatmul__ __imod__ __import__ __imul__ __index__ __init__ ' +
  '__init_subclass__ __instancecheck__ __int__ __interactivehook__ __invert__ __ior__ __ipow__ ' +
  '__irshift__ __isabstractmethod__ __isub__ __itemsize__ __iter__ __itruediv__ __ixor__ ' +
  '__kwdefaults__ __le__ __len__ __length_hint__ __loader__ __lshift__ __lt__ __main__ __matmul__ ' +
  '__mod__ __module__ __mro__ __mul__ __name__ __ne__ __neg__ __new__ __next__ __objclass__ __or__ ' +
  '__package__ __path__ __pos__ __pow__ __prepare__ __pycache__ __qualname__ __radd__ __rand__ ' +
  '__rdivmod__ __reduce__ __reduce_ex__ __repr__ __reversed__ __rfloordiv__ __rlshift__ __rmatmul__ ' +
  '__rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ ' +
  '__rxor__ __self__ __self_class__ __set__ __set_format__ __set_name__ __setattr__ __setitem__ ' +
  '__setstate__ __setup __sizeof__ __slots__ __spec__ __stderr__ __stdin__ __stdout__ __str__ ' +
  '__sub__ __subclasscheck__ __subclasses__ __subclasshook__ __suppress_context__ ' +
  '__text_signature__ __thisclass__ __traceback__ __truediv__ __trunc__ __unraisablehook__ ' +
  '__warningregistry__ __weakref__ __weakrefoffset__ __xor__ _abc _abc_cache _abc_caches_clear ' +
  '_abc_impl _abc_init _abc_instancecheck _abc_negative_cache _abc_negative_cache_version ' +
  '_abc_register _abc_registry _abc_registry_clear _abc_subclasscheck _acquire_restore _aliases ' +
  '_base_executable _blksize _blocking_on _bootstrap _bootstrap_external _bootstrap_module ' +
  '_buffer_decode _buffer_encode _builtin_from_name _cache _cache_bytecode _cached ' +
  '_calc___package__ _calc_mode _call_with_frames_removed _checkClosed _checkReadable ' +
  '_checkSeekable _checkWritable _check_arg_types _check_bytes _check_methods _check_name ' +
  '_check_name_wrapper _classify_pyc _clear_type_cache _code_to_hash_pyc _code_to_timestamp_pyc ' +
  '_code_type _codecs _collections_abc _compile_bytecode _compile_source _count _current_frames ' +
  '_data _dealloc_warn _debugmallocstats _defaultaction _dump_registry _empty_charbuffer _eq_mtime ' +
  '_excepthook _exec _execvpe _exists _exit _false _filemode_table _files _fill_cache ' +
  '_filters_mutated _finalizing _find_and_load _find_and_load_unlocked _find_module_shim ' +
  '_find_parent_path_names _find_spec _find_spec_legacy _fix_co_filename _fix_up_module ' +
  '_forget_codec _framework _from_iterable _frozen_importlib _frozen_importlib_external _fspath ' +
  '_fwalk _gcd_import _get_cached _get_data _get_decompress_func _get_dump _get_exports_list ' +
  '_get_module_code _get_module_info _get_module_lock _get_module_path ' +
  '_get_mtime_and_size_of_source _get_parent_path _get_path _get_pyc_source _get_sep ' +
  '_get_sourcefile _get_spec _get_supported_file_loaders _getframe _getuserbase _git ' +
  '_handle_fromlist _hash _have_functions _home _imp _imp_module _import_tail _importing_zlib ' +
  '_init_module_attrs _init_pathinfo _initializing _install _install_external_importers _io _is_dir ' +
  '_is_owned _is_text_encoding _joinrealpath _last_parent_path _legacy_get_spec _load ' +
  '_load_backward_compatible _load_module_shim _load_unlocked _loaders _local _locale _lock ' +
  '_lock_unlock_module _make_relax_case _mapping _mode _module_locks _module_repr ' +
  '_module_repr_from_spec _module_type _multiarch _name _new_module _normalize_line_endings ' +
  '_onceregistry _open_registry _optimize _os _pack_uint32 _parse_dostime _path _path_cache ' +
  '_path_finder _path_hooks _path_importer_cache _path_is_mode_type _path_isabs _path_isdir ' +
  '_path_isfile _path_join _path_mtime _path_split _path_stat _pathseps_with_colon _proc _putenv ' +
  '_read_directory _recalculate _registered _relax_case _relaxed_path_cache _release_save ' +
  '_remove_dead_weakref _requires_builtin _requires_builtin_wrapper _requires_frozen ' +
  '_requires_frozen_wrapper _reset_caches _reset_registry _resolve_name _sanity_check _script ' +
  '_search_registry _set_fileattr _set_sentinel _setup _sitebuiltins _spawnvef _spec_from_module ' +
  '_splitext _stat _stream _thread _unknown _unmarshal_code _unpack_uint16 _unpack_uint32 _unsetenv ' +
  '_validate_hash_pyc _validate_timestamp_pyc _varprog _varprogb _verbose_message _warnings ' +
  '_weakref _winreg _wrap _wrap_close _write_atomic _xoptions _zip_directory_cache _zip_searchorder ' +
  'abc abiflags abort abs abs_paths abspath abstractclassmethod abstractmethod abstractproperty ' +
  'abstractstaticmethod access aclose acquire acquire_lock add addaudithook addpackage addsitedir ' +
  'addsitepackages addusersitepackages ag_await ag_code ag_frame ag_running alarm algorithm alias ' +
  'aliased_encoding aliases all allocate allocate_lock almost_filename alt_path_sep altsep ' +
  'altsepIndex altzone always ansi ansi_x3_4_1968 any api_version append arabic arc_offset archive ' +
  'argrest args argv as_integer_ratio ascii ascii_decode ascii_encode asctime asend asmo_708 ' +
  'async_generator atexit athrow audit backslashreplace backslashreplace_errors base base64 ' +
  'base64_codec base_64 base_exec_prefix base_filename base_path base_prefix basename bases big5 ' +
  'big5_hkscs big5_tw big5hkscs bin bind_textdomain_codeset bindtextdomain bit_length bits ' +
  'bits_per_digit bool breakpoint breakpointhook buffer buffering bufsize builtin_module ' +
  'builtin_module_names builtin_name builtin_os builtins bytearray bytearray_iterator bytebuffer ' +
  'bytecode bytecode_path byteorder bytes bytes_data bytes_iterator bytes_warning bytesdecoded ' +
  'bytesencoded bz2 bz2_codec c_contiguous cache cache_from_source cache_module cache_path ' +
  'cache_tag cached call_tracing callable callstats candidate_confs capitalize casefold cast ' +
  'catch_warnings cb cdir cell_contents center chain characters_written charbuffer charbuffertype ' +
  'charmap_build charmap_decode charmap_encode chars chdir check_enableusersite ' +
  'check_hash_based_pycs check_source checked children_system children_user chinese chmod chown chr ' +
  'chroot classmethod clear clock_getres clock_gettime clock_gettime_ns clock_settime ' +
  'clock_settime_ns close closed closefd closerange cls cmd co_argcount co_cellvars co_code ' +
  'co_consts co_filename co_firstlineno co_flags co_freevars co_kwonlyargcount co_lnotab co_name ' +
  'co_names co_nlocals co_posonlyargcount co_stacksize co_varnames code code_object codecaliases ' +
  'codecs columns comment_size common commonpath commonprefix comp compile complex compress comps ' +
  'conf_basename conffile confstr confstr_names conjugate consumed contents contiguous copy ' +
  'copy_file_range copyright coroutine count cp037 cp1026 cp1051 cp1125 cp1140 cp1250 cp1251 cp1252 ' +
  'cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp1361 cp154 cp273 cp367 cp424 cp437 cp437_table cp500 ' +
  'cp65001 cp775 cp819 cp850 cp852 cp855 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 ' +
  'cp866u cp869 cp932 cp936 cp949 cp950 cp_gr cp_is cpathname cpu_count cr_await cr_code cr_frame ' +
  'cr_origin cr_running crc create_builtin create_dynamic create_module credits csHPRoman8 csascii ' +
  'csbig5 csibm037 csibm1026 csibm273 csibm424 csibm500 csibm855 csibm857 csibm858 csibm860 ' +
  'csibm861 csibm863 csibm864 csibm865 csibm866 csibm869 csiso2022jp csiso2022kr csiso58gb231280 ' +
  'csisolatin1 csisolatin2 csisolatin3 csisolatin4 csisolatin5 csisolatin6 csisolatinarabic ' +
  'csisolatincyrillic csisolatingreek csisolatinhebrew cskoi8r cspc775baltic cspc850multilingual ' +
  'cspc862latinhebrew cspc8codepage437 cspcp852 csptcp154 csshiftjis ctermid ctime curdir cut_off ' +
  'cutoff cwd cygwin cyrillic cyrillic_asian darwin data data_encoding data_info data_size datapath ' +
  'date daylight dbcs dcgettext debug debug_override decode decode_source decodedbytes decodekey ' +
  'decoder decodevalue decoding_map decompress dedent default default_int_handler ' +
  'default_max_str_digits defpath delattr delete deleter denominator detach detect_encoding dev1 ' +
  'dev2 dev_mode device_encoding devnull dgettext dict dict_itemiterator dict_items ' +
  'dict_keyiterator dict_keys dict_valueiterator dict_values difference difference_update dig dir ' +
  'dir_fd dircase dirfd dirname dirpath dirs discard displayhook divmod do_setlocale dont_inherit ' +
  'dont_write_bytecode dot dotIndex dot_count dotdot dump dumps dup dup2 ebcdic_cp_be ebcdic_cp_ca ' +
  'ebcdic_cp_ch ebcdic_cp_he ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ecma_114 ecma_118 elapsed elem ' +
  'elot_928 empty enablerlcompleter encode encodedkey encodekey encoder encodevalue encoding end ' +
  'endswith entries entry enumerate env env_base environ environb eof epsilon err err_msg errno ' +
  'error errors escape_decode escape_encode euc_cn euc_jis2004 euc_jis_2004 euc_jisx0213 euc_jp ' +
  'euc_kr euccn eucgb2312_cn eucjis2004 eucjisx0213 eucjp euckr eval exc exc_details exc_info ' +
  'exc_traceback exc_type exc_value excepthook exe_dir exec exec_builtin exec_dynamic exec_func ' +
  'exec_module exec_prefix execl execle execlp execlpe execsitecustomize execusercustomize ' +
  'executable execv execve execvp execvpe exist_ok exists exit exit_thread expandtabs expanduser ' +
  'expandvars extend extension extension_suffixes extensions extra_size extsep f1 f2 f_back ' +
  'f_bavail f_bfree f_blocks f_bsize f_builtins f_code f_contiguous f_favail f_ffree f_files f_flag ' +
  'f_frsize f_fsid f_globals f_lasti f_lineno f_locals f_namemax f_trace f_trace_lines ' +
  'f_trace_opcodes fchdir fchmod fchown fd fdatasync fdel fdopen fget file file_encoding file_info ' +
  'file_name file_offset file_size filemode filename filename2 filenameIndex filename_base fileno ' +
  'filepath files filter filters final finalizer find find_distributions find_loader find_module ' +
  'find_spec finder firstiter firstline flags float float_info float_repr_style flush fn ' +
  'follow_symlinks followlinks fork forkpty format format_exception format_map ' +
  'found_in_pycache_prefix fp fp1 fp2 fpathconf from_bytes from_name fromhex fromkeys fromlist ' +
  'frozen frozenset fsdecode fsencode fset fspath fstat fstatvfs fsync ftruncate full_path fullname ' +
  'fullname_as_path fullname_path fullpath func funcname funcobj fwalk fxn gb18030 gb18030_2000 ' +
  'gb2312 gb2312_1980 gb2312_80 gbk generator genericpath get get_asyncgen_hooks get_blocking ' +
  'get_cache_token get_clock_info get_code get_coroutine_origin_tracking_depth ' +
  'get_current_history_length get_data get_exec_path get_filename get_frozen_object get_ident ' +
  'get_inheritable get_int_max_str_digits get_native_id get_resource_reader get_source ' +
  'get_terminal_size getaliases getallocatedblocks getatime getattr getbuffer getcheckinterval ' +
  'getctime getcwd getcwdb getdecoder getdefaultencoding getdlopenflags getegid getencoder getenv ' +
  'getenvb geteuid getfilesystemencodeerrors getfilesystemencoding getgid getgrouplist getgroups ' +
  'getincrementaldecoder getincrementalencoder getitimer getloadavg getlogin getmtime getpgid ' +
  'getpgrp getpid getppid getpreferredencoding getpriority getprofile getpwnam getpwuid getrandom ' +
  'getreader getrecursionlimit getrefcount getregentry getresgid getresuid getsid getsignal ' +
  'getsitepackages getsize getsizeof getstate getswitchinterval getter gettext gettrace getuid ' +
  'getuserbase getusersitepackages getvalue getweakrefcount getweakrefs getwriter getxattr gi_code ' +
  'gi_frame gi_running gi_yieldfrom globals globals_ gmtime greek greek8 group has_deadlock ' +
  'has_location hasattr hasbytes hash hash_based hash_bits hash_info hash_randomization hasstr head ' +
  'header_offset header_position header_size hebrew help here hex hex_codec hexversion history hkey ' +
  'hkscs home hook hp_roman8 hx hz hz_gb hz_gb_2312 hzgb ibm037 ibm039 ibm1026 ibm1051 ibm1125 ' +
  'ibm1140 ibm273 ibm367 ibm424 ibm437 ibm500 ibm775 ibm819 ibm850 ibm852 ibm855 ibm857 ibm858 ' +
  'ibm860 ibm861 ibm862 ibm863 ibm864 ibm865 ibm866 ibm869 id ignore ignore_environment ' +
  'ignore_errors imag implementation import_ incrementaldecoder incrementalencoder index indices ' +
  'inf info init_filename init_frozen initgroups initial_slashes ino1 ino2 inode input insert ' +
  'inspect instance int int_info int_max_str_digits interactive intern interrupt_main intersection ' +
  'intersection_update invalidate_caches io is_builtin is_dir is_file is_finalizing is_frozen ' +
  'is_frozen_package is_integer is_namespace is_package is_reload is_resource is_symlink isabs ' +
  'isalnum isalpha isascii isatty isbytecode isbytes isdecimal isdigit isdir isdisjoint isfile ' +
  'isidentifier isinstance islink islower ismount isnumeric iso2022_jp iso2022_jp_1 iso2022_jp_2 ' +
  'iso2022_jp_2004 iso2022_jp_3 iso2022_jp_ext iso2022_kr iso2022jp iso2022jp_1 iso2022jp_2 ' +
  'iso2022jp_2004 iso2022jp_3 iso2022jp_ext iso2022kr iso646_us iso8859 iso8859_1 iso8859_10 ' +
  'iso8859_11 iso8859_13 iso8859_14 iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 ' +
  'iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso_2022_jp iso_2022_jp_1 iso_2022_jp_2 iso_2022_jp_2004 ' +
  'iso_2022_jp_3 iso_2022_jp_ext iso_2022_kr iso_8859_1 iso_8859_10 iso_8859_10_1992 iso_8859_11 ' +
  'iso_8859_11_2001 iso_8859_13 iso_8859_14 iso_8859_14_1998 iso_8859_15 iso_8859_16 ' +
  'iso_8859_16_2001 iso_8859_1_1987 iso_8859_2 iso_8859_2_1987 iso_8859_3 iso_8859_3_1988 ' +
  'iso_8859_4 iso_8859_4_1988 iso_8859_5 iso_8859_5_1988 iso_8859_6 iso_8859_6_1987 iso_8859_7 ' +
  'iso_8859_7_1987 iso_8859_8 iso_8859_8_1988 iso_8859_9 iso_8859_9_1989 iso_celtic iso_ir_100 ' +
  'iso_ir_101 iso_ir_109 iso_ir_110 iso_ir_126 iso_ir_127 iso_ir_138 iso_ir_144 iso_ir_148 ' +
  'iso_ir_157 iso_ir_166 iso_ir_199 iso_ir_226 iso_ir_58 iso_ir_6 isolated ispackage isprintable ' +
  'isspace issubclass issubset issuperset istitle isupper it item itemcase items itemsize iter ' +
  'iterator iterdecode iterencode java jisx0213 johab join joinuser keepends key keys kill killpg ' +
  'known_paths koi8_r korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 kwargs kwds kz1048 ' +
  'kz_1048 l1 l10 l2 l3 l4 l5 l6 l7 l8 l9 last_exc latin latin1 latin10 latin2 latin3 latin4 latin5 ' +
  'latin6 latin7 latin8 latin9 latin_1 latin_1_decode latin_1_encode lchown len level lexists lib ' +
  'libedit license line line0withend line0withoutend line_buffering linebuffer lineno lines linesep ' +
  'link list list_iterator list_reverseiterator listdir listxattr little ljust load load_module ' +
  'loader loader_class loader_details loader_state loaders loads localeconv locals localtime ' +
  'location lock lock_held locked locked_lock lockf longrange_iterator lookup lookup_error lower ' +
  'lower_suffix_contents lseek lstat lstrip mac_cyrillic mac_greek mac_iceland mac_latin2 mac_roman ' +
  'mac_turkish maccentraleurope maccyrillic macgreek machine maciceland macintosh maclatin2 ' +
  'macroman macturkish magic main major make_encoding_map make_identity_dict makedev makedirs ' +
  'makepath mant_dig map mapping mappingproxy marshal max max_10_exp max_comment_start max_exp ' +
  'maxsize maxunicode mbcs mcls me memfd_create memoryview message meta_path metaclass method ' +
  'methods mi micro min min_10_exp min_exp minor mkdir mkfifo mknod mktime mod mode modname ' +
  'modnames modpath module module_from_spec module_repr module_type modules modulus monotonic ' +
  'monotonic_ns move_to_end mro ms1361 ms932 ms936 ms949 ms950 ms_kanji msg mskanji mtime n_fields ' +
  'n_sequence_fields n_unnamed_fields name name_size namereplace namereplace_errors names namespace ' +
  'namespace_path nan nbytes ndim never new new_comps new_name new_path newchars newdata ' +
  'newline_decoder newlines newpath next nice nl_langinfo no_site no_user_site nodename nondirs ' +
  'norm_encoding normalize_encoding normcase normpath ns nt numerator obj object oct offset ok old ' +
  'old_value onerror open open_code open_resource openpty opt_level optimization optimize ord ' +
  'orig_path orig_st origin os os_details os_module other output override owner package ' +
  'package_path pardir parent parent_module parent_module_name parent_name parent_path ' +
  'parse_and_bind part partition path path_attr_name path_finder path_hook path_hook_for_FileFinder ' +
  'path_hooks path_importer_cache path_list path_listb path_mtime path_parts path_repr path_sep ' +
  'path_sep_tuple path_separators path_stats path_tmp path_type pathconf pathconf_names pathlib ' +
  'pathname paths pathsep pause peek perf_counter perf_counter_ns pid pipe pipe2 platform pop popen ' +
  'popitem portions pos posix posix_fadvise posix_fallocate posix_spawn posix_spawnp posixpath pow ' +
  'pread preadv prefix prefixes print print_file_and_line proc process_time process_time_ns prompt ' +
  'property proxy pt154 ptcp154 pthread_getcpuclockid pthread_kill pthread_sigmask punct putenv ' +
  'pw_dir pwd pwent pwrite pwritev py pycache pycache_filename pycache_prefix pydoc quiet quit ' +
  'quopri quopri_codec quoted_printable quotedprintable r8 radix raise_signal range range_iterator ' +
  'raw raw_data raw_unicode_escape_decode raw_unicode_escape_encode rb re read read1 ' +
  'read_history_file read_init_file readable readall readbuffer_encode reader readinto readinto1 ' +
  'readline readline_doc readlines readlink readonly readsize readv real realpath reason ' +
  'reconfigure record recursive ref register register_at_fork register_error register_readline ' +
  'registry_key rel_list relative relative_path relative_to release release_lock releaselevel ' +
  'relpath remove removedirs removeduppaths removexattr rename renames replace replace_errors repr ' +
  'reset resource resource_path rest result return returncode reverse reversed rfind rindex rjust ' +
  'rk1048 rlcompleter rmdir rng roman8 root rot13 rot_13 round rounds rpartition rsplit rstrip run ' +
  'ruscii s1 s2 s_jis s_jis_2004 s_jisx0213 samefile sameopenfile samestat saved_exc scandir ' +
  'scandir_it sched_get_priority_max sched_get_priority_min sched_getaffinity sched_getparam ' +
  'sched_getscheduler sched_param sched_priority sched_rr_get_interval sched_setaffinity ' +
  'sched_setparam sched_setscheduler sched_yield search search_function seed_bits seek seekable ' +
  'seen self self_module send sendfile sep sepIndex serial set set_asyncgen_hooks set_blocking ' +
  'set_coroutine_origin_tracking_depth set_data set_inheritable set_int_max_str_digits set_iterator ' +
  'set_wakeup_fd setattr setcheckinterval setcopyright setdefault setdlopenflags setegid seteuid ' +
  'setgid setgroups sethelper setitimer setlocale setpgid setpgrp setpriority setprofile setquit ' +
  'setrecursionlimit setregid setresgid setresuid setreuid setsid setstate setswitchinterval setter ' +
  'settrace setuid setxattr shape shell shift_jis shift_jis_2004 shift_jisx0213 shiftjis ' +
  'shiftjis2004 shiftjisx0213 si_band si_code si_errno si_pid si_signo si_status si_uid ' +
  'siginterrupt signal sigpending sigtimedwait sigwait sigwaitinfo simplefilter site_prefix ' +
  'sitecustomize sitedir sitedircase sitepackages size sizehint sizeof_digit sjis sjis_2004 ' +
  'sjisx0213 sleep slice smsl sort sorted source source_bytes source_bytes_readline ' +
  'source_from_cache source_hash source_mtime source_path source_size source_to_code span spawnl ' +
  'spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe spec spec_from_file_location ' +
  'spec_from_loader split split_paths splitdrive splitext splitlines sr srw st st_atime st_atime_ns ' +
  'st_blksize st_blocks st_ctime st_ctime_ns st_dev st_gid st_ino st_mode st_mtime st_mtime_ns ' +
  'st_nlink st_rdev st_size st_uid stack_size stacklevel start start_list start_new ' +
  'start_new_thread startswith stat stat_info stat_result state staticmethod statvfs statvfs_result ' +
  'stderr stdin stdout step stop str str_digits_check_threshold str_iterator strcoll stream ' +
  'streamreader streamwriter strerror strftime strict strict_errors strides strip stripped_path ' +
  'strk1048_2002 strptime strsignal struct_siginfo struct_time strxfrm sts subclass subdirs_seen ' +
  'submodule_search_locations suboffsets subprocess suffix suffixes sum super supported_loaders ' +
  'supports_bytes_environ supports_dir_fd supports_effective_ids supports_fd ' +
  'supports_follow_symlinks supports_unicode_filenames surrogateescape surrogatepass swapcase ' +
  'symlink symmetric_difference symmetric_difference_update sync sys sys_module sys_version sysconf ' +
  'sysconf_names sysname system system_site t1 t2 tactis tag tail tail_module tail_name target tb ' +
  'tb_frame tb_lasti tb_lineno tb_next tcgetpgrp tcsetpgrp tell terminal_size text textdomain ' +
  'textwrap thai thread thread_info thread_module thread_time thread_time_ns throw tid tilde time ' +
  'time_ns times times_result timezone tis260 tis620 tis_620 tis_620_0 tis_620_2529_0 ' +
  'tis_620_2529_1 title tm_gmtoff tm_hour tm_isdst tm_mday tm_min tm_mon tm_sec tm_wday tm_yday ' +
  'tm_year tm_zone to_bytes tobytes toc_entry tokenize tolist top topdown topfd toppath toreadonly ' +
  'traceback translate true truncate ttyname tuple tuple_iterator typ type tzname tzset u16 u32 u7 ' +
  'u8 u_jis uhc ujis umask uname uname_result uncompressed_size unicode_1_1_utf_7 ' +
  'unicode_escape_decode unicode_escape_encode unicodebigunmarked unicodelittleunmarked union ' +
  'unknown unlink unraisablehook unsetenv update upper urandom us us_ascii user user_base user_site ' +
  'userbase usercustomize userhome utf utf16 utf32 utf7 utf8 utf8_mode utf8_ucs2 utf8_ucs4 utf_16 ' +
  'utf_16_be utf_16_be_decode utf_16_be_encode utf_16_decode utf_16_encode utf_16_ex_decode ' +
  'utf_16_le utf_16_le_decode utf_16_le_encode utf_16be utf_16le utf_32 utf_32_be utf_32_be_decode ' +
  'utf_32_be_encode utf_32_decode utf_32_encode utf_32_ex_decode utf_32_le utf_32_le_decode ' +
  'utf_32_le_encode utf_32be utf_32le utf_7 utf_7_decode utf_7_encode utf_8 utf_8_decode ' +
  'utf_8_encode utime uu uu_codec val valid_signals value values var vars venv verbose verbosity ' +
  'version version_info virtual_conf wait wait3 wait4 waiters waitid waitid_result waitpid wakeup ' +
  'walk walk_dirs walk_into warn warn_explicit warnings warnoptions wb weakref_module whence where ' +
  'width win windows_1250 windows_1251 windows_1252 windows_1253 windows_1254 windows_1255 ' +
  'windows_1256 windows_1257 windows_1258 winreg winreg_module with_traceback wpid writable write ' +
  'write_history write_history_file write_through writelines writer writev x_mac_japanese ' +
  'x_mac_korean x_mac_simp_chinese x_mac_trad_chinese xmlcharrefreplace xmlcharrefreplace_errors ' +
  'zfill zip zip_iterator zipimporter zlib zlib_codec ' +
  '';
