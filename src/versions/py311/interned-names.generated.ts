// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-interned-names.py from CPython 3.11.7.
// Stage: version data; depends on nothing but the previous list. The name-like strings already
// interned when `python FILE.py` starts compiling FILE (PYTHONHASHSEED=0, gen-golden.py's env).
// 3.11 = 3.10 + added - removed.
import { internedNames310 } from '../py310/interned-names.generated.js';

const added: string =
  '0123456789ABCDEFabcdef 30 ANY ANY_ALL ASCIILETTERS ASSERT ASSERT_CODES ASSERT_NOT AT ATCODES ' +
  'ATOMIC_GROUP AT_ AT_BEGINNING AT_BEGINNING_LINE AT_BEGINNING_STRING AT_BOUNDARY AT_END ' +
  'AT_END_LINE AT_END_STRING AT_LOCALE AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_MULTILINE ' +
  'AT_NON_BOUNDARY AT_UNICODE AT_UNI_BOUNDARY AT_UNI_NON_BOUNDARY AUX AbstractAsyncContextManager ' +
  'AbstractContextManager AbstractSet Adding AddressValueError Annotated Any AnyStr ArgumentParser ' +
  'AsyncContextDecorator AsyncContextManager AsyncExitStack AsyncGeneratorType B BIGCHARSET BPF ' +
  'BRANCH BUFFER_SIZE BZ2Compressor BZ2Decompressor BZ2File BZIP2_VERSION BadZipFile BadZipfile ' +
  'Barrier BaseExceptionGroup BaseStream BinaryIO BoundedSemaphore BrokenBarrierError ' +
  'BuiltinFunctionType BuiltinMethodType C CATEGORIES CATEGORY CATEGORY_ CATEGORY_DIGIT ' +
  'CATEGORY_LINEBREAK CATEGORY_LOC_NOT_WORD CATEGORY_LOC_WORD CATEGORY_NOT_DIGIT ' +
  'CATEGORY_NOT_LINEBREAK CATEGORY_NOT_SPACE CATEGORY_NOT_WORD CATEGORY_SPACE CATEGORY_UNI_DIGIT ' +
  'CATEGORY_UNI_LINEBREAK CATEGORY_UNI_NOT_DIGIT CATEGORY_UNI_NOT_LINEBREAK CATEGORY_UNI_NOT_SPACE ' +
  'CATEGORY_UNI_NOT_WORD CATEGORY_UNI_SPACE CATEGORY_UNI_WORD CATEGORY_WORD CHARSET CHCODES ' +
  'CHECK_CRC32 CHECK_CRC64 CHECK_ID_MAX CHECK_NONE CHECK_SHA256 CHECK_UNKNOWN CH_LOCALE CH_UNICODE ' +
  'CODESIZE COLUMNS CON CONFORM CONTINUOUS COPY_BUFSIZE CRC CT_co CacheInfo CellType ChainMap ' +
  'ChildPath ClassMethodDescriptorType ClassVar CodeType CompatibilityFiles Compiling CompleteDirs ' +
  'Concatenate Condition ContextDecorator ContextManager CoroutineType Counter DEBUG ' +
  'DEFAULT_VERSION DEFLATED DEF_BUF_SIZE DEF_MEM_LEVEL DIGITS DOTALL DecompressReader DefaultDict ' +
  'DefragResult DefragResultBytes Deque Dict Dummy DynamicClassAttribute EBADF EEXIST EINVAL EJECT ' +
  'ELOOP ELSE ENODATA ENOENT ENOSPC ENOTDIR ENOTSOCK ENOTSUP EOPNOTSUPP EPERM ESCAPES ' +
  'EXCLUDED_ATTRIBUTES Enum EnumCheck EnumMeta EnumType Error Event ExceptHookArgs ExceptionGroup ' +
  'ExecError ExitStack FAILURE FILTER_ARM FILTER_ARMTHUMB FILTER_DELTA FILTER_IA64 FILTER_LZMA1 ' +
  'FILTER_LZMA2 FILTER_POWERPC FILTER_SPARC FILTER_X86 FLAGS FORMAT_ALONE FORMAT_AUTO FORMAT_RAW ' +
  'FORMAT_XZ FastLookup FileHeader Filesize Final Flag FlagBoundary ForwardRef FrameType FrozenSet ' +
  'GLOBAL_FLAGS GROUPREF GROUPREF_EXISTS GROUPREF_IGNORE GROUPREF_LOC_IGNORE GROUPREF_UNI_IGNORE ' +
  'GeneratorType Generic GetSetDescriptorType HAVE_FACCESSAT HAVE_FCHDIR HAVE_FCHMOD HAVE_FCHMODAT ' +
  'HAVE_FCHOWN HAVE_FCHOWNAT HAVE_FDOPENDIR HAVE_FEXECVE HAVE_FPATHCONF HAVE_FSTATAT HAVE_FSTATVFS ' +
  'HAVE_FTRUNCATE HAVE_FUTIMENS HAVE_FUTIMES HAVE_FUTIMESAT HAVE_LCHFLAGS HAVE_LCHMOD HAVE_LCHOWN ' +
  'HAVE_LINKAT HAVE_LSTAT HAVE_LUTIMES HAVE_MKDIRAT HAVE_MKFIFOAT HAVE_MKNODAT HAVE_OPENAT ' +
  'HAVE_READLINKAT HAVE_RENAMEAT HAVE_SYMLINKAT HAVE_UNLINKAT HAVE_UTIMENSAT HEXDIGITS HOMEDRIVE ' +
  'HOMEPATH IGNORECASE IN INFO IN_IGNORE IN_LOC_IGNORE IN_UNI_IGNORE IO IO_REPARSE_TAG_MOUNT_POINT ' +
  'IPV4LENGTH IPV6LENGTH IPv4Address IPv4Interface IPv4Network IPv6Address IPv6Interface ' +
  'IPv6Network Incomplete IntEnum IntFlag JUMP KEEP KT KeyedRef L LCMAP_LOWERCASE LCMapStringEx ' +
  'LINES LITERAL LITERAL_CODES LITERAL_IGNORE LITERAL_LOC_IGNORE LITERAL_UNI_IGNORE LOCALE ' +
  'LOCALE_NAME_INVARIANT LOG4 LZMACompressor LZMADecompressor LZMAError LZMAFile LZMA_VERSION ' +
  'LambdaType LargeZipFile LazyLoader Lib List Literal LiteralString Lock MAGIC MARK MAXCODE ' +
  'MAXGROUPS MAXREPEAT MAXWIDTH MAX_EXTRACT_VERSION MAX_N MAX_REPEAT MAX_SEEK_READ MAX_UNTIL ' +
  'MAX_WBITS MF_BT2 MF_BT3 MF_BT4 MF_HC3 MF_HC4 MIN_READ_SIZE MIN_REPEAT MIN_REPEAT_ONE MIN_UNTIL ' +
  'MODE_FAST MODE_NORMAL MS_WINDOWS MULTILINE MainThread MappingProxyType Match ' +
  'MemberDescriptorType MethodDescriptorType MethodType MethodWrapperType ModuleType ' +
  'MultiplexedPath NAMED_FLAGS NEGATE NFKC NOFLAG NOT_LITERAL NOT_LITERAL_IGNORE ' +
  'NOT_LITERAL_LOC_IGNORE NOT_LITERAL_UNI_IGNORE NUL NV_MAGICCONST NameToInfo NamedTemporaryFile ' +
  'NamedTuple NamedTupleMeta NamespaceLoader NamespacePath NetmaskValueError Never NewType NoName ' +
  'NoReturn NoneType NotImplementedType NotRequired NullImporter OCTDIGITS OPCODES OP_IGNORE ' +
  'OP_LOCALE_IGNORE OP_UNICODE_IGNORE OR O_BINARY O_TEMPORARY Optional OrderedDict OrphanPath ' +
  'PATHEXT POSSESSIVE_REPEAT POSSESSIVE_REPEAT_ONE PRESET_DEFAULT PRESET_EXTREME PRN Package ' +
  'ParamSpecArgs ParamSpecKwargs ParseResult ParseResultBytes Path Pattern PosixPath Protocol ' +
  'ProxyTypes PurePath PurePosixPath PureWindowsPath PyCompileError PyZipFile Quoter RANGE ' +
  'RANGE_UNI_IGNORE RECIP_BPF REPEAT REPEATING_CODES REPEAT_CHARS REPEAT_ONE Random ReadError ' +
  'RegexFlag RegistryError Repr ReprEnum Required Resource ResourceReader ResultBase S ' +
  'SG_MAGICCONST SHA384Type SIGSTKFLT SPECIAL_CHARS SRE_FLAG_ASCII SRE_FLAG_DEBUG SRE_FLAG_DOTALL ' +
  'SRE_FLAG_IGNORECASE SRE_FLAG_LOCALE SRE_FLAG_MULTILINE SRE_FLAG_TEMPLATE SRE_FLAG_UNICODE ' +
  'SRE_FLAG_VERBOSE SRE_INFO_CHARSET SRE_INFO_LITERAL SRE_INFO_PREFIX STAR STRICT SUBPATTERN ' +
  'SUCCESS SUCCESS_CODES SameFileError Scanner Self Semaphore SimpleNamespace Size ' +
  'SpecLoaderAdapter SpecPath SpecialFileError SplitResult SplitResultBytes SpooledTemporaryFile ' +
  'State StrEnum StrPath Struct SubPattern SupportsAbs SupportsBytes SupportsComplex SupportsFloat ' +
  'SupportsIndex SupportsInt SupportsRound SystemRandom T TEMP TEMPLATE TMP TMPDIR TWOPI ' +
  'TYPE_CHECKING TYPE_FLAGS T_co T_contra TarError TemporaryDirectory TemporaryFile ' +
  'TestFrozenUtf8_1 TestFrozenUtf8_2 TestFrozenUtf8_4 Text TextIO Thread ThreadError Timer ' +
  'Tokenizer TracebackType Traversable TraversableResources TraversableResourcesLoader Tuple Type ' +
  'TypeAlias TypeGuard TypeVarTuple TypedDict UNICODE UNIQUE USERNAME USERPROFILE Union UnionType ' +
  'Unpack UserDict UserList UserString VERBOSE VERSION VT VT_co V_co WHITESPACE WRAPPER_ASSIGNMENTS ' +
  'WRAPPER_UPDATES WarningMessage WeakKeyDictionary WeakMethod WeakSet WeakValueDictionary ' +
  'WindowsPath WrapperDescriptorType ZIP64_LIMIT ZIP64_VERSION ZIP_BZIP2 ZIP_DEFLATED ' +
  'ZIP_FILECOUNT_LIMIT ZIP_LZMA ZIP_MAX_COMMENT ZIP_STORED ZLIB_RUNTIME_VERSION ZLIB_VERSION ' +
  'Z_BEST_COMPRESSION Z_BEST_SPEED Z_BLOCK Z_DEFAULT_COMPRESSION Z_DEFAULT_STRATEGY Z_FILTERED ' +
  'Z_FINISH Z_FIXED Z_FULL_FLUSH Z_HUFFMAN_ONLY Z_NO_COMPRESSION Z_NO_FLUSH Z_PARTIAL_FLUSH Z_RLE ' +
  'Z_SYNC_FLUSH Z_TREES ZipExtFile ZipFile ZipInfo _ _ALL_ONES _ALWAYS_SAFE _ALWAYS_SAFE_BYTES ' +
  '_ARCHIVE_FORMATS _ASSERT_CODES _ASSERT_NEVER_REPR_MAX_LENGTH _AddedDllDirectory _AnnotatedAlias ' +
  '_AnyMeta _AsyncGeneratorContextManager _BITS_TRANS _BZ2_SUPPORTED _BaseAddress _BaseConstants ' +
  '_BaseExitStack _BaseGenericAlias _BaseNetwork _BaseV4 _BaseV6 _BoundVarianceMixin _CACERT_CTX ' +
  '_CACERT_PATH _CD64_CREATE_VERSION _CD64_DIRECTORY_RECSIZE _CD64_DIRECTORY_SIZE _CD64_DISK_NUMBER ' +
  '_CD64_DISK_NUMBER_START _CD64_EXTRACT_VERSION _CD64_NUMBER_ENTRIES_THIS_DISK ' +
  '_CD64_NUMBER_ENTRIES_TOTAL _CD64_OFFSET_START_CENTDIR _CD64_SIGNATURE _CD_COMMENT_LENGTH ' +
  '_CD_COMPRESSED_SIZE _CD_COMPRESS_TYPE _CD_CRC _CD_CREATE_SYSTEM _CD_CREATE_VERSION _CD_DATE ' +
  '_CD_DISK_NUMBER_START _CD_EXTERNAL_FILE_ATTRIBUTES _CD_EXTRACT_SYSTEM _CD_EXTRACT_VERSION ' +
  '_CD_EXTRA_FIELD_LENGTH _CD_FILENAME_LENGTH _CD_FLAG_BITS _CD_INTERNAL_FILE_ATTRIBUTES ' +
  '_CD_LOCAL_HEADER_OFFSET _CD_SIGNATURE _CD_TIME _CD_UNCOMPRESSED_SIZE _CODEBITS _COPYFILE_DATA ' +
  '_CRLock _CacheInfo _CallableType _DD_SIGNATURE _DEPRECATED_MSG _DefragResultBase _DeprecatedType ' +
  '_DummyThread _ECD_COMMENT _ECD_COMMENT_SIZE _ECD_DISK_NUMBER _ECD_DISK_START ' +
  '_ECD_ENTRIES_THIS_DISK _ECD_ENTRIES_TOTAL _ECD_LOCATION _ECD_OFFSET _ECD_SIGNATURE _ECD_SIZE ' +
  '_EXTRA_CASES _EXTRA_FIELD_STRUCT _EndRecData _EndRecData64 _EnumDict _Error _FH_COMPRESSED_SIZE ' +
  '_FH_COMPRESSION_METHOD _FH_CRC _FH_EXTRACT_SYSTEM _FH_EXTRACT_VERSION _FH_EXTRA_FIELD_LENGTH ' +
  '_FH_FILENAME_LENGTH _FH_GENERAL_PURPOSE_FLAG_BITS _FH_LAST_MOD_DATE _FH_LAST_MOD_TIME ' +
  '_FH_SIGNATURE _FH_UNCOMPRESSED_SIZE _FastLookup__lookup _FastLookup__names _Final _Flavour ' +
  '_GeneratorContextManager _GeneratorContextManagerBase _GeneratorWrapper _GeneratorWrapper__isgen ' +
  '_GeneratorWrapper__wrapped _GenericAlias _GiveupOnFastCopy _HAS_FCOPYFILE _HAVE_THREAD_NATIVE_ID ' +
  '_HEAPTYPE _HEXTET_COUNT _HEX_DIGITS _HashedSeq _IGNORED_ERRNOS _IGNORED_WINERRORS _IPAddressBase ' +
  '_IPv4Constants _IPv6Constants _Immutable _Info _IterationGuard _LCMAP_LOWERCASE _LCMapStringEx ' +
  '_LITERAL_CODES _LOCALE_NAME_INVARIANT _LZMA_SUPPORTED _LazyLoader__check_eager_loader ' +
  '_LazyModule _Link _LiteralGenericAlias _LiteralSpecialForm _MASK_COMPRESSED_PATCH ' +
  '_MASK_COMPRESS_OPTION_1 _MASK_ENCRYPTED _MASK_STRONG_ENCRYPTION _MASK_USE_DATA_DESCRIPTOR ' +
  '_MASK_UTF_FILENAME _MAXCACHE _MODE_CLOSED _MODE_READ _MODE_WRITE _MainThread _ModifiedArgv0 ' +
  '_NOT_FOUND _NamedIntConstant _NamedTuple _NetlocResultMixinBase _NetlocResultMixinBytes ' +
  '_NetlocResultMixinStr _NotIterable _ONE _O_TMPFILE_WORKS _OptionError _OrderedDictItemsView ' +
  '_OrderedDictKeysView _OrderedDictValuesView _PROTO_ALLOWLIST _ParseResultBase _PathParents ' +
  '_Path__repr _PickleUsingNameMixin _PosixFlavour _PreciseSelector _ProtocolMeta _PyRLock _Quoter ' +
  '_RELOADING _REPEATCODES _REPEATING_CODES _RLock _Random _RandomNameSequence _RealGetContents ' +
  '_RecursiveWildcardSelector _RedirectStream _ResultMixinBytes _ResultMixinStr _SEP _SHUTTING_DOWN ' +
  '_SPECIAL_NAMES _SUCCESS_CODES _Selector _Sequence _Set _SharedFile _SpecialForm ' +
  '_SpecialGenericAlias _SplitResultBase _T _TYPING_INTERNALS _Tellable _TempModule ' +
  '_TemporaryFileArgs _TemporaryFileCloser _TemporaryFileWrapper _TerminatingSelector ' +
  '_Tokenizer__next _TupleType _TypedDict _TypedDictMeta _TypingEllipsis _U _UNITCODES _UNIT_CODES ' +
  '_UNPACK_FORMATS _UNSAFE_URL_BYTES_TO_REMOVE _USE_CP_SENDFILE _UnionGenericAlias ' +
  '_UnpackGenericAlias _UserList__cast _WARNING_DETAILS _WHATWG_C0_CONTROL_OR_SPACE _WINDOWS ' +
  '_WINERROR_CANT_RESOLVE_FILENAME _WINERROR_INVALID_NAME _WINERROR_NOT_READY _WIN_DEFAULT_PATHEXT ' +
  '_WildcardSelector _WindowsFlavour _ZLIB_SUPPORTED _ZipDecrypter _ZipWriteFile __ __aenter__ ' +
  '__aexit__ __bound__ __cast __complex__ __concat__ __constraints__ __contravariant__ __copy__ ' +
  '__covariant__ __dataclass_fields__ __dataclass_transform__ __deepcopy__ __final__ ' +
  '__forward_arg__ __forward_code__ __forward_evaluated__ __forward_is_argument__ ' +
  '__forward_is_class__ __forward_module__ __forward_value__ __getitem_inner__ __getnewargs_ex__ ' +
  '__iconcat__ __initializing__ __inv__ __members__ __metadata__ __missing__ __new_member__ ' +
  '__newobj__ __newobj_ex__ __next __no_type_check__ __not__ __optional_keys__ __order__ ' +
  '__orig_bases__ __orig_class__ __origname__ __required_keys__ __slotnames__ __supertype__ ' +
  '__total__ __typing_is_unpacked_typevartuple__ __typing_prepare_subst__ __typing_subst__ ' +
  '__typing_unpacked_tuple_args__ __unpacked__ __vectorcalloffset__ __version__ _abc_ _abs ' +
  '_abspath_fallback _access_check _accumulate _acos _action _active _active_limbo_lock _adapters ' +
  '_add _add_dll_directory _add_filter _address_class _address_fmt_re _after_fork _ag _alias _alive ' +
  '_all_bits_ _allocate_lock _allowZip64 _allow_reckless_class_checks _allowed_types _ancestry ' +
  '_args _asciire _asdict _atomic_removal _attributes _auto_called _auto_null _base _basename ' +
  '_bin_openflags _bisect _block _bootstrap_inner _boundary_ _break _break_on_call_reduce _buffer ' +
  '_builtin_open _byte_quoter_factory _bytes_to_codes _bz2 _c3_merge _c3_mro _cached_cparts ' +
  '_calculate_meta _caller _candidate_tempdir_list _casefix _category_name _cb _cb_type _ceil ' +
  '_cell_factory _chain _check _check_bracketed_host _check_can_read _check_can_seek ' +
  '_check_can_write _check_compression _check_for_existing_members_ _check_generic ' +
  '_check_int_address _check_not_closed _check_packed_address _check_unpack_options _check_zipfile ' +
  '_checknetloc _class_escape _class_getitem_inner _cleanup _cleanups _clear _clear_cache ' +
  '_clearcache _close _close_fileobj _closefp _closer _cls _cls_name _co_code_adaptive _code ' +
  '_coerce_args _coerce_result _collapse_addresses_internal _collect_parameters _collections ' +
  '_combine_flags _comment _commit_removals _common _comp _compare_digest _compile _compile_charset ' +
  '_compile_info _compile_pattern _compile_repl _compiler _compose_mro _compress_hextets ' +
  '_compress_left _compress_size _compress_type _compression _compresslevel _compressor _cond ' +
  '_constants _convert _convert_ _cookie _copyfileobj_readinto _copytree _copyxattr _coro _cos ' +
  '_count_elements _count_righthand_zero_bits _counter _cparts _crc _crctable _create_ ' +
  '_create_async_cb_wrapper _create_async_exit_wrapper _create_cb_wrapper _create_exit_wrapper ' +
  '_createenviron _daemonic _dangling _decodeExtra _decode_args _decode_filter_properties ' +
  '_decoded_counterpart _decomp _decomp_args _decomp_factory _decompressor _decrypter _dedent ' +
  '_dedupe _deduplicate _delete _deprecated _deque _deque_iterator _deque_reverse_iterator ' +
  '_destinsrc _determine_new_args _dict _didModify _difference _dirty _dirty_len _drv _e ' +
  '_encodeFilenameFlags _encode_filter_properties _encode_result _encoded_counterpart ' +
  '_ensure_directory _enter _entered _enumerate _eof _eq _errno _escape _eval_type _evaluate ' +
  '_exceptions _exit_callbacks _exit_wrapper _exitfunc _exp _expand _expected_crc ' +
  '_explode_shorthand_ip_string _extension_cache _extension_registry _extract_member ' +
  '_extract_text_encoding _f _fastcopy_fcopyfile _fastcopy_sendfile _fcopyfile _field_defaults ' +
  '_fields _file _filePassed _fileRefCnt _file_size _fileobj _filter _filters _finalizer ' +
  '_find_address_range _find_data_repr_ _find_data_type_ _find_impl _find_new_ _find_spec_from_path ' +
  '_find_unpack_format _fix_exception_context _flag _flag_mask_ _flatten_literal_params _flavour ' +
  '_floor _format_parsed_parts _formatwarning_orig _formatwarnmsg _formatwarnmsg_impl _fp _fpclose ' +
  '_from_parsed_parts _from_parts _frozen_module_names _fscodec _func_ref _functools _ge_from_gt ' +
  '_ge_from_le _ge_from_lt _gen_crc _generate_next_value _generate_next_value_ ' +
  '_generate_overlap_table _get_address_key _get_bothseps _get_candidate_names _get_charset_prefix ' +
  '_get_code_from_file _get_codename _get_compressor _get_decompressor _get_default_tempdir ' +
  '_get_gid _get_iscased _get_literal_prefix _get_main_module_details _get_mixins_ ' +
  '_get_module_details _get_networks_key _get_protocol_attrs _get_uid _getaction _getcategory ' +
  '_getfinalpathname _getfinalpathname_nonstrict _getfullpathname _getitem _getquickenedcount ' +
  '_gettempdir _getvolumepathname _globals _gnv _group _grouper _gt_from_ge _gt_from_le _gt_from_lt ' +
  '_hex_code _hexdig _hextobyte _high_bit _hostinfo _hostprog _ident _idfunc _ignore _ignore_ ' +
  '_ignore_cleanup_errors _ignore_error _ignore_patterns _implicit_encoding _implicit_errors ' +
  '_implied_dirs _index _index_iter _infer_return_type _init _init_decrypter _initial_missing ' +
  '_initial_value _initialized _inst _int _inverted_ _inverted_registry _invoke_excepthook ' +
  '_io_wrapper _ip _ip_int_from_prefix _ip_int_from_string _is_callable_members_only _is_child ' +
  '_is_descriptor _is_dunder _is_immutable _is_internal_class _is_internal_frame _is_private ' +
  '_is_protocol _is_runtime_protocol _is_single_bit _is_stopped _is_subnet_of _is_sunder ' +
  '_is_typevar_like _is_union_type _is_unpacked_typevartuple _is_valid_dispatch_type ' +
  '_is_wildcard_pattern _isdir _isfinite _iskeyword _islice _islink _itemgetter _iter_bits_lsb ' +
  '_iter_member_ _iter_member_by_def_ _iter_member_by_value_ _iterate_directories _iterating ' +
  '_itertools _keep_positive _kwargs _last_values _le_from_ge _le_from_gt _le_from_lt _left _legacy ' +
  '_len _limbo _linklocal_network _log _loopback_network _lru_cache_wrapper _lt_from_ge _lt_from_gt ' +
  '_lt_from_le _lzma _main_thread _maintain_shutdown_locks _make _make_child _make_child_relpath ' +
  '_make_class_unpicklable _make_invoke_excepthook _make_key _make_netmask _make_nmtuple ' +
  '_make_selector _make_substitution _make_tarball _make_unbound_method _make_zipfile _makecodes ' +
  '_map _max_parts _max_prefixlen _max_size _member_map_ _member_names _member_names_ _member_type_ ' +
  '_meth_type _method _min_parts _missing_ _mk_bitmap _mkstemp_inner _module _module_to_load ' +
  '_multicast_network _name_ _name_sequence _name_set _namedtuple_mro_entries _names _native ' +
  '_native_id _ncallbacks _netmask_cache _new_member_ _new_target _new_type _newname _next ' +
  '_next_external_frame _no_init_or_replace_init _noop _nop _notimplemented _nparams _nt_readlink ' +
  '_ntuple_diskusage _numeric_repr_ _offset _old_convert_ _old_cwd _old_targets _once_lock ' +
  '_open_to_write _operator _optimize_charset _or_ _ord _order_ _orig_compress_size ' +
  '_orig_compress_start _orig_file_size _orig_start_crc _os_remove _overload_dummy ' +
  '_overload_registry _override_frozen_modules_for_tests _owner _paramspec_tvars _parents _parse ' +
  '_parse_args _parse_flags _parse_hextet _parse_octet _parse_sub _parser _partialmethod _parties ' +
  '_parts _path_normpath _path_splitroot _pathcls _paths _pending_removals _pi _pickle _portprog ' +
  '_pos _posix_flavour _possibly_sorted _power_of_two _pparts _prefix_from_ip_int ' +
  '_prefix_from_ip_string _prefix_from_prefix_string _prefixlen _private_networks _processoptions ' +
  '_profile_hook _prohibited _proto_hook _proto_member _proxy _public_network _push_async_cm_exit ' +
  '_push_cm_exit _push_exit_callback _pwd _py_abc _randbelow _randbelow_with_getrandbits ' +
  '_randbelow_without_getrandbits _random _raw_time _read1 _read2 _readbuffer _reader ' +
  '_readlink_deep _reconstructor _record _recreate_cm _recursion_count _recursive_repr _reduce_ex ' +
  '_reduce_ex_by_global_name _register_atexit _registered_with_atexit _registry _release _remove ' +
  '_remove_dll_directory _remove_dups_flatten _repeat _replace _report_invalid_netmask ' +
  '_repr_iterable _reserved_network _reserved_networks _reset_internal_locks _resolve_filename ' +
  '_reverse_pointer _rewind _rmtree _rmtree_isdir _rmtree_islink _rmtree_safe_fd _rmtree_unsafe ' +
  '_rng _rng_pid _rolled _root _run_code _run_exitfuncs _run_module_as_main _run_module_code ' +
  '_running_crc _samefile _sanitize_params _sanitize_windows_name _saved_module _saved_value ' +
  '_scandir _scope_id _scrub_removals _seekable _select_for_exit _select_from _sentinel _set ' +
  '_set_ident _set_native_id _set_tstate_lock _set_uid_gid _setoption _sha512 ' +
  '_should_unflatten_callable_args _showwarning _showwarning_orig _showwarnmsg _showwarnmsg_impl ' +
  '_shutdown _shutdown_locks _shutdown_locks_lock _shutil _simple _simple_enum _sin _singles_mask_ ' +
  '_sitelocal_network _size _slotnames _sort_order_ _source _spec _special _special_chars_map ' +
  '_split_addr_prefix _split_extended_path _split_optional_netmask _split_scope_id _splitattr ' +
  '_splithost _splitnetloc _splitnport _splitparams _splitpasswd _splitport _splitquery _splittag ' +
  '_splittype _splituser _splitvalue _sqrt _sre _starmap _start_new_thread _started _state _stderr ' +
  '_stdlib_dir _stdlib_enums _stop _str _strict_timestamps _string_from_ip_int _strip_annotations ' +
  '_strip_extra _struct _subx _sys _target _tee _tee_dataobject _tempfile _test _test_generator ' +
  '_test_simple_enum _text_openflags _threading_atexits _time _timeout _to_bytes _tp_cache ' +
  '_trace_hook _trailing_error _tstate_lock _tuple _tuple_new _tuplegetter _type_check ' +
  '_type_convert _typeprog _types _typing _unconsumed _unhashable_values_ _uninitialized_submodules ' +
  '_uniq _unpack_args _unpack_tarfile _unpack_zipfile _unspecified_address _unwrap_partial ' +
  '_update_crc _urandom _use_args_ _use_fd_functions _user _userinfo _value _value2member_map_ ' +
  '_value_ _value_and_type_iter _value_repr_ _varname_from_oparg _version _wait ' +
  '_wait_for_tstate_lock _waiters _warn _warn_unawaited_coroutine _weakrefset _winapi ' +
  '_windows_flavour _windows_illegal_name_trans_table _write_end_record _writecheck _writing _zinfo ' +
  '_zip _zip64 _zipfile a a2b_base64 a2b_hex a2b_qp a2b_uu aRepr ab ' +
  'abcdefghijklmnopqrstuvwxyz0123456789_ abcs abs_parts absolute abstract_bases abstract_c3_mros ' +
  'accumulate aclosing acos acosh action activeCount active_count adapter addToZip add_argument ' +
  'add_dll_directory add_extension add_flags add_mutually_exclusive_group add_note addgroup addr ' +
  'addr_str address address_equal address_exclude address_len address_less addresses addrs adler32 ' +
  'after_in_child after_in_parent ainv alen alias_details alive all_bits all_ones all_params ' +
  'all_suffixes allowZip64 allow_fragments allow_special_forms allowed_winerror alpha already ' +
  'alter_argv alter_sys alternate anchor and and_ ann annotation annotation_args annotation_key ' +
  'annotation_origin annotation_type annotations appendleft arcdirpath archive_dir archive_name ' +
  'archivename arcname arg_list arg_to_compile argname argparse argtypes as as_dirs as_file ' +
  'as_global as_posix as_uri ascii_iscased ascii_letters ascii_tolower asin asinh asname assert ' +
  'assert_never assert_type assigned ast async asynccontextmanager at atan atan2 atanh atexit_call ' +
  'atomic attr attrgetter attrname attrs attrs_now attrs_then attrs_updated auto auto_valued av ' +
  'avoids_symlink_attacks await b b2a_base64 b2a_hex b2a_qp b2a_uu badfile base_chain base_dir ' +
  'base_globals base_locals base_meta base_name base_optional base_parts base_required bbb before ' +
  'best_doublecolon_end best_doublecolon_len best_doublecolon_start beta betavariate bfragment big ' +
  'binary_file binascii bisect bisect_left bisect_right bit blanks block block_size blocking ' +
  'blocksize bltns bnetloc body bound boundary bparams bpath bquery brace bracketed bracketed_host ' +
  'branch break broadcast broadcast_address broken bs bscheme buf buff_offset byte_view byteslen ' +
  'bz_mode bzip2 bztar c cache_clear cache_info cache_parameters cache_token cached_property ' +
  'calcsize call callback cancel cand candidate canonical_member capture case casefold_parts cases ' +
  'cat category cause cb_suppress cbrt ccc ceil ceiling centDirCount centDirOffset centDirSize ' +
  'centdir certifi cf ch char character characters charmap charname charset charsetappend check ' +
  'check_byte check_eloop check_str checked_dict checked_enum checked_keys checked_member_dict ' +
  'checked_member_keys checked_method checked_value checkgroup checkgroupname checklookbehindgroup ' +
  'checks chflags child_parts chmod_func choice choices chunk chunk_size chunks class class_getitem ' +
  'class_name class_namespace classdict cleanup clear_cache clear_extension_cache clear_overloads ' +
  'close_called close_fileobj closegroup closing cls_name cls_or_fn cls_or_self clsname cm cm_exit ' +
  'cmp_to_key co co_exceptiontable co_positions co_qualname code1 code2 col_offset ' +
  'collapse_addresses collected collections colno colon colon_sep comb combinations ' +
  'combinations_with_replacement combined_value comment commentSize comparators compare_networks ' +
  'compile_pattern components compress_ext compress_size compress_type compressed ' +
  'compressed_checked_value compressed_simple_value compression compresslevel compressobj ' +
  'compressor_names concat condgroup condname constraints constructor constructor_ob contains ' +
  'context_expr contextlib contextmanager continue contravariant conversion convert_class cookie ' +
  'copy2 copy_function copy_with copyfile copyfileobj copymode copyreg copysign copystat copytree ' +
  'coro cos cosh countOf counts covariant cr_suspended crc32 crc_hqx crctable create create_system ' +
  'create_version ctx cum_counts cum_weights cur_pid curr_pos current currentThread current_thread ' +
  'current_token current_user currsize cycle d daemon daemonic data_type_method data_types ' +
  'dataclass_transform date_time decoded_path decoded_string decomp decomp_args decomp_factory ' +
  'decompressobj decorating_function decorator decorator_list decrypter deepcopy def def_mod ' +
  'default_factory default_names defaultaction defaultdict defaults deflate deflate64 defport ' +
  'defrag degrees del del_flags delim delitem deprecated depth deque derive descendants descr ' +
  'description descriptor dest details dev digest digest_size digits dir_match dircount dircount2 ' +
  'directory_name dirfd_closed dirlist dirnames diroffset dironly dirs_exist_ok dirsize dis dis_ ' +
  'disable disk_dir disk_num disk_usage diskno disks dispatch dispatch_cache dispatch_table ' +
  'dispatcher dist doc dollar doraise dosdate doseq dostime doublecolon_len doublecolon_start drive ' +
  'drive_letters drivesplits dropwhile drv drv2 dry_run dst dstname dt duplicates e e1 e2 e_pattern ' +
  'element elements elen elif else elt elts emit emscripten enable encodings end_col_offset endpos ' +
  'endrec endtime enter_async_context enter_context enter_result entry_is_dir enum enum_class ' +
  'enum_dict enum_member enum_method enum_type enumeration envname eq eq_default erf erfc errorcode ' +
  'escape etype ev_args ex exc_context except exception exceptions excinfo excinst exctb exctype ' +
  'exec_body existing existing_extensions exit_cacert_ctx exit_method exp exp2 expand ' +
  'expand_template expected_len explicit_bases explicit_c3_mros exploded expm1 expovariate ext ' +
  'ext_namespace_prefix ext_prefix extendleft external_attr extra extra_args extra_data extract ' +
  'extract_dir extract_version extractall f fabs factorial factory failed failed_member fallback ' +
  'fasttypes fd_closed fdoc fdst fdst_write fheader field field_defaults field_name field_names ' +
  'field_specifiers fields file_py file_pyc filelist filenames fileobj filepos filesize fillarg ' +
  'fillvalue filter_kwargs filterfalse filterfunc filterwarnings finalbody finalize finally ' +
  'find_frozen findall finditer finished first first_enum first_int fix_flags fixed fixed_ctx fixes ' +
  'fixup flag flag_bits flag_mask flags1 flags2 flavour floor floordiv fmean fmod fmt fmt_base ' +
  'fname fname_str fnmatch fnmatchcase follow for force_zip64 format_info format_list format_spec ' +
  'format_string formats formatted formatted_items formatwarning found found_descriptor ' +
  'found_method fpin frag fragment frame_exc free frexp from from_file from_iterable from_package ' +
  'fsrc fsrc_read fsrc_readinto fsum ftp fullmatch func_wrapper function functools fw g2rad gamma ' +
  'gammavariate gauss gauss_next gc gcd ge gen generators generic_base getName get_archive_formats ' +
  'get_args get_importer get_mixed_type_key get_object_traceback get_origin get_overloads ' +
  'get_package get_type_hints get_unpack_formats getcodesize getgrgid getgrnam getinfo getitem ' +
  'getline getrandbits gettempdir gettempdirb gettempprefix gettempprefixb getuntil geturl getwhile ' +
  'getwidth getwindowsversion gi_suspended gid git glob global global_enum global_enum_repr ' +
  'global_flag_repr global_str globalns gname gnv gnv_last_values gopher got_all gotit gr_name ' +
  'groupby groupdict groupindex grouping grouprefpos groups groupwidths grp gt guard gvars gvarset ' +
  'gz gzip gztar h had_prefix handlers hardlink_to has_drv hascased hashvalue have_info ' +
  'have_open_br have_password hdl header heapq helper hex_str hexdigest hexlify hextet hextet_str ' +
  'hextets hi high high_bit hint hints hits homedir host host_port hostinfo hostmask hostname hosts ' +
  'http https hypot i iadd iand iconcat ident idx if ifloordiv ifs ignore_cleanup_errors ' +
  'ignore_dangling_symlinks ignore_patterns ignored_names illegal ilshift imap imatmul ' +
  'immutable_states imod imp impl implode import importer imul in include_extras index2 indexOf ' +
  'indexgroup infd inferred infolist init init_globals initial initial_winerror initialized ' +
  'initlist initname inner ino inp insort insort_left insort_right inst interesting internal_attr ' +
  'internalstate interval inv invalid_generic_forms invalid_names invalid_path_parts invert ' +
  'invoke_excepthook ior ip ip_address ip_bits ip_int ip_interface ip_network ip_str ipaddress ipow ' +
  'ips ipv4_int ipv4_mapped irshift is isDaemon isSet is_ is_NullImporter is_absolute is_alive ' +
  'is_argument is_async is_block_device is_char_device is_check_supported is_class is_encrypted ' +
  'is_fifo is_global is_link_local is_loopback is_mount is_multicast is_not is_private is_related ' +
  'is_relative_to is_required is_reserved is_resource is_set is_site_local is_socket is_strict_base ' +
  'is_supported is_sync is_tracing is_typeddict is_unpacked is_unspecified is_zipfile iscased ' +
  'isclose isenabled isfinite isinf iskeyword islice isnan isoctal ispkg isqrt issoftkeyword ' +
  'isstring istart istep istext istop isub item_no item_yes itemgetter itemref itemsappend ' +
  'iter_unpack iterable iterdir itertools itervaluerefs itr itruediv ixor j join_parsed_parts ' +
  'joinpath k kappa keep_blank_values key0 key1 key2 keyrefs keyrepr keyword keywords kind klass kw ' +
  'kw_defaults kw_only_default kwarg kwd_attrs kwd_mark kwd_patterns kwlist kwonlyargs l label ' +
  'labels lambd lambda lappend last last_int last_value last_values lastgroup lastindex lchmod lcm ' +
  'ldexp le leading_ones left length length_hint lexicon lgamma limit linecache link_to linkto ' +
  'literal literals ln lo local_print local_sys localns locks log log10 log1p log2 logger login_tty ' +
  'lognormvariate lookbehindgroups low lru_cache lshift lt lz77 lz_mode lzma m mailto main_globals ' +
  'main_name main_thread make make_archive make_uri maketrans maps mask math matmul maxCommentStart ' +
  'max_bits max_num_fields max_prefixlen max_size maxarray maxdeque maxdict maxfrozenset maxiter ' +
  'maxlen maxlevel maxlist maxlong maxother maxset maxsplit maxstring maxtuple mean member ' +
  'member_list member_map member_name member_names member_type member_value member_values members ' +
  'memlimit memo meta metacls metadata metadata_encoding metavar meth methodcaller min_version ' +
  'minuend missed misses missing missing_names missing_ok missing_value mkdtemp mkstemp mktemp mms ' +
  'mod_dict mod_globals mod_name mod_spec modeDict mode_code modf modified module_for_loader ' +
  'module_for_loader_wrapper module_globals more_members most_common move msg_lines mu mul ' +
  'multi_bits mv n n_waiting name_template name_value namedtuple namedtuple_ namelist namer nargs ' +
  'native_id nbits ndigits ne needs_input neg neg_value negate net netloc netloc2 netmask ' +
  'netmask_str nets network network_address new_active new_addr new_arg new_arg_by_param new_base ' +
  'new_bases new_child new_class new_exc new_exc_details new_func new_member new_params new_pos ' +
  'new_prefix new_prefixlen new_root new_stack new_target new_type new_unc_prefix newargs newcount ' +
  'newfile newlevel news newset nextafter nfs nl nlargest nm nm_tpl nntp no_type_check ' +
  'no_type_check_decorator non_auto_store non_hierarchical nonlocal nonmember nonpositive normalize ' +
  'normalize_path normalvariate normdir normp not not_ notify notifyAll notify_all nparams nport ' +
  'nsobj ntpath nul null_byte nullcontext num num_addresses num_fields number numbytes nv o ob ' +
  'ob_type object_method octet_int octet_str octets offset_cd offset_width ogid old_arg old_exc ' +
  'old_excepthook old_path old_suffix old_sys_excepthook once onceregistry op op_result open_binary ' +
  'open_resource open_text opener opengroup operand operator opfunc opname ops optional_keys ' +
  'optional_vars or or_ order_default orelse orig_filename original original_name original_names ' +
  'origname other_bases other_c3_mros other_count other_path other_st out outfd output_type ' +
  'overlaps overload overwrite_doc own_annotations ownerclass p p_drive p_path pack pack_into ' +
  'packed padlen pairs pairwise param parameters parent_at parent_dev parent_ino parent_name ' +
  'parent_spec parents paretovariate parse parse_args parse_parts parse_qs parse_qsl parse_template ' +
  'parsed parsed_result parser partial partialmethod parties parts parts2 parts_hi parts_lo ' +
  'parts_skipped pass passwd password pat_len pat_parts pat_str path_abs path_cls path_drive ' +
  'path_name path_pattern path_rest pathext pathext_source pathlen pathlib pathmod pattern ' +
  'pattern_parts pending pending_raise percent perm permutations phrase pi pickle ' +
  'pickle_by_enum_name pickle_by_global_name pickle_complex pickle_function pickle_union pieces ' +
  'pkg_main_name pkg_name pkgdir pkgpath pkgutil plen pm pool pop_all popleft population port pos2 ' +
  'posonlyargs possible ppmd pre predicate prefix1 prefix_len prefix_skip prefix_skip1 prefixappend ' +
  'prefixlen prefixlen_diff prefixlen_str prepare prepare_class preset prev print_ print_2 printdir ' +
  'priv_network prod product props prospero proto pseudo_member psize purge push ' +
  'push_async_callback push_async_exit pw_name py_compile pycache_opt0 pycache_opt1 pycache_opt2 q ' +
  'qs qualname query query_args quote quote_from_bytes quote_plus quote_via quoter r radians raise ' +
  'randbelow randbytes randint random randrange raw_path rawblock rbrace rc read_binary read_bytes ' +
  'read_code read_len read_offset read_text read_version readers real_dst recData received_exc ' +
  'recursive_guard recursive_repr redirect redirect_stderr redirect_stdout reduce reenable_gc ' +
  'register_archive_format register_unpack_format registry regs rel relative_to relfile reload ' +
  'reloff rem remainder remove_dll_directory remove_duplicates remove_extension remove_formatted ' +
  'repeat repl repr1 repr_ repr_array repr_deque repr_dict repr_fmt repr_frozenset repr_instance ' +
  'repr_int repr_list repr_running repr_set repr_str repr_tuple reprlib required required_keys ' +
  'requires_zip64 res res_str reserved reserved_names resetperms resetwarnings resolve ' +
  'resolve_bases resolve_dir resolve_name resolved resolved_bases resolved_path resource ' +
  'resource_path resources result_drive result_path results return_type returns reveal_type ' +
  'reverse_chars reverse_octets reverse_pointer rglob right rmtree rollover root2 root_dir roots ' +
  'rotate rshift rsync rtsp rtsps rtspu run_globals run_module run_name run_path runs ' +
  'runtime_checkable rv s s_args s_pattern s_vars safe safe_path sample save_cwd save_new ' +
  'saved_main saved_state scan scanner scheme scheme_chars scope_id script_name second seed ' +
  'seen_add seg segments select_from selected selected_add selections selector self_get self_wr ' +
  'selfref sent separator seps seq seqtypes sequences setDaemon setName set_loader ' +
  'set_loader_wrapper set_package set_package_wrapper setappend setitem setpassword setsize sftp ' +
  'sget sha384 sha512 shift show_flag_values showwarning shrink shttp shuffle shutil sig sigma sign ' +
  'signaled simple simple_dict simple_enum simple_keys simple_member_dict simple_member_keys ' +
  'simple_method simple_value sin single single_bits singledispatch singledispatchmethod ' +
  'singles_mask sinh sip sips sixtofour sizeCentralDir sizeEndCentDir sizeEndCentDir64 ' +
  'sizeEndCentDir64Locator sizeFileHeader size_cd skip skip_index skipno skipyes slots smv snews ' +
  'softkwlist sourceget sourcematch space spath splitattr splithost splitnport splitpasswd ' +
  'splitport splitquery splitresult splitroot splittag splittype splituser splitvalue sqrt src ' +
  'srcentry srcname srcobj st_file_attributes st_flags st_reparse_tag starmap start_abs start_dir ' +
  'start_drive start_rest started starting_point stat_func statistics status stdev stdlib_re stem ' +
  'stmd stopped store str_input str_path strict_parsing strict_timestamps stringCentralDir ' +
  'stringEndArchive stringEndArchive64 stringEndArchive64Locator stringFileHeader stripped ' +
  'stripped_args stripped_part strm struct structCentralDir structEndArchive structEndArchive64 ' +
  'structEndArchive64Locator structFileHeader stuff sub sub_verbose subclass_name subcls subgroup ' +
  'subject subn subnet_of subnets subpattern subpatternappend subs substfunc subtract subtrahend ' +
  'successor successor_select suf summarize_address_range superclass_name supernet supernet_of ' +
  'supports_root_dir suppress suppressed_exc svn sw symlink_to symlinks sys_exc_info sys_excepthook ' +
  'sz t t0 table tabsize tailappend takewhile tan tanh tar tar_compression tarfile ' +
  'target_is_directory target_name target_user targetpath targets tarinfo tarobj tau tee tel telnet ' +
  'temp_module tempdir tempfile template teredo terminator terse test testzip that thefile theta ' +
  'thing third this threading threads timeout tlock tmp tmp_cls to to_abs_parts to_drv to_merge ' +
  'to_parts to_remove to_root tolower total total_ordering touch tp tp_dict tracemalloc tracing ' +
  'trail trailing_error trailing_zeroes traversable triangular truediv trunc truth try tup ' +
  'tuple_new tvars tvarset type_ type_comment type_ignores type_set typecode typed typename ' +
  'typevartuple_index u1 u2 u3 uid ulp unc_prefix unconsumed_tail unhexlify unicode_iscased ' +
  'unicode_tolower unicodedata uniform unique unique_everseen unlocked unpack unpack_archive ' +
  'unpack_from unquote unquote_plus unquote_to_bytes unregister_archive_format ' +
  'unregister_unpack_format unset unused_data unwrap update_keys update_str update_wrapper updated ' +
  'upperdirs url urldefrag urlencode urljoin urlparse urlquote_from_bytes urlsplit urlunparse ' +
  'urlunsplit usage use_args use_bytes use_srcentry used user_function userinfo username ' +
  'uses_fragment uses_netloc uses_params uses_query uses_relative v v4_int_to_packed ' +
  'v6_int_to_packed v_repr valrepr value2member_map valuerefs var_tuple_index vararg varchars ' +
  've_exc verify versions view volume vonmisesvariate w wais wait_for waiter waittime warn_message ' +
  'wasi wavpack wdelim weakcontainer weakref weibullvariate weights while why win32 winerror winner ' +
  'with with_hostmask with_name with_netmask with_prefixlen with_stem with_suffix words wr ' +
  'wrap_spec wrapped wrapped_decorator wrapper wraps write_bytes write_text writepy writestr ' +
  'writing ws wss x x2pi xb xbar xid xids xlen xor xz xztar y yield yielded zef_file zf zinfo ' +
  'zinfo_or_arcname zinfo_or_directory_name zip64 zip64endrec zip64locrec zip_filename zip_longest ' +
  'zip_mode zip_name zipfile zipinfo zippath zone zz ' +
  '';

const removed: string =
  '__setformat__ __setup __warningregistry__ _deactivate_opcache _is_typevarlike item_len param_len ' +
  'subst ' +
  '';

const gone = new Set(removed.split(' '));

/** Space-separated. */
export const internedNames311: string = internedNames310.split(' ').filter((w) => w && !gone.has(w)).join(' ') + ' ' + added;
