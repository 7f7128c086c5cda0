// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-dis-interned-names.py from CPython 3.8.18.
// Stage: version data; depends on nothing. How the name-like strings already interned when
// `python -m dis FILE` compiles FILE differ from those interned when `python FILE.py` starts
// compiling FILE (interned-names.generated.ts), PYTHONHASHSEED=0, gen-golden.py's env.

/** Interned under `-m dis` only (space-separated). */
export const disInternedAdded38: string =
  '0123456789 0x 88591 885915 88592 88595 ANY ANY_ALL ASCIILETTERS ASSERT ASSERT_CODES ASSERT_NOT ' +
  'ASYNC_GENERATOR AT ATCODES AT_ AT_BEGINNING AT_END AT_LOCALE AT_MULTILINE AT_UNICODE ' +
  'AbstractAsyncContextManager AbstractContextManager Action ArgumentDefaultsHelpFormatter ' +
  'ArgumentError ArgumentParser ArgumentTypeError AsyncExitStack AsyncGeneratorType BAD ' +
  'BEFORE_ASYNC_WITH BEGIN_FINALLY BE_MAGIC BIGCHARSET BINARY_ADD BINARY_AND BINARY_FLOOR_DIVIDE ' +
  'BINARY_LSHIFT BINARY_MATRIX_MULTIPLY BINARY_MODULO BINARY_MULTIPLY BINARY_OR BINARY_POWER ' +
  'BINARY_RSHIFT BINARY_SUBSCR BINARY_SUBTRACT BINARY_TRUE_DIVIDE BINARY_XOR BRANCH BUFFER_SIZE ' +
  'BUILD_CONST_KEY_MAP BUILD_LIST BUILD_LIST_UNPACK BUILD_MAP BUILD_MAP_UNPACK ' +
  'BUILD_MAP_UNPACK_WITH_CALL BUILD_SET BUILD_SET_UNPACK BUILD_SLICE BUILD_STRING BUILD_TUPLE ' +
  'BUILD_TUPLE_UNPACK BUILD_TUPLE_UNPACK_WITH_CALL BZ2Compressor BZ2Decompressor BZ2File Barrier ' +
  'BaseStream BoundedSemaphore BrokenBarrierError BuiltinFunctionType BuiltinMethodType Bytecode ' +
  'CALL CALL_FINALLY CALL_FUNCTION CALL_FUNCTION_EX CALL_FUNCTION_KW CALL_METHOD CATEGORIES ' +
  'CATEGORY CATEGORY_ CHARSET CHCODES CHECK_CRC32 CHECK_CRC64 CHECK_ID_MAX CHECK_NONE CHECK_SHA256 ' +
  'CHECK_UNKNOWN CH_LOCALE CH_UNICODE CODESIZE COLUMNS COMPARE_OP COMPILER_FLAG_NAMES ' +
  'COMPONENT_CODESET COMPONENT_MODIFIER COMPONENT_TERRITORY CONTEXT COPY_BUFSIZE COROUTINE CP1251 ' +
  'CP1255 CP1256 C_EXTENSION CacheInfo Catalog CellType ChainMap ClassMethodDescriptorType CodeType ' +
  'Condition ContextDecorator CoroutineType Counter DEBUG DEFLATED DEF_BUF_SIZE DEF_MEM_LEVEL ' +
  'DELETE_ATTR DELETE_DEREF DELETE_FAST DELETE_GLOBAL DELETE_NAME DELETE_SUBSCR DIGITS DOTALL ' +
  'DUP_TOP DUP_TOP_TWO DecompressReader DynamicClassAttribute EINVAL ELSE END_ASYNC_FOR END_FINALLY ' +
  'ENODATA ENOENT ENOSPC ENOTSOCK ENOTSUP EOPNOTSUPP EPERM ESCAPES EXTENDED_ARG Enum EnumMeta Event ' +
  'ExceptHookArgs ExecError ExecutionLoader ExitStack FAILURE FILTER_ARM FILTER_ARMTHUMB ' +
  'FILTER_DELTA FILTER_IA64 FILTER_LZMA1 FILTER_LZMA2 FILTER_POWERPC FILTER_SPARC FILTER_X86 FLAGS ' +
  'FORMAT_ALONE FORMAT_AUTO FORMAT_RAW FORMAT_VALUE FORMAT_VALUE_CONVERTERS FORMAT_XZ FOR_ITER ' +
  'FileType Finder Flag FrameType FunctionType GENERATOR GET_AITER GET_ANEXT GET_AWAITABLE GET_ITER ' +
  'GET_YIELD_FROM_ITER GLOBAL_FLAGS GNUTranslations GROUPREF GROUPREF_EXISTS GROUPREF_IGNORE ' +
  'GROUPREF_LOC_IGNORE GROUPREF_UNI_IGNORE GeneratorType GetSetDescriptorType HAVE_ARGUMENT ' +
  'HEXDIGITS HelpFormatter IGNORECASE IMPORT_FROM IMPORT_NAME IMPORT_STAR IN INFO INPLACE_ADD ' +
  'INPLACE_AND INPLACE_FLOOR_DIVIDE INPLACE_LSHIFT INPLACE_MATRIX_MULTIPLY INPLACE_MODULO ' +
  'INPLACE_MULTIPLY INPLACE_OR INPLACE_POWER INPLACE_RSHIFT INPLACE_SUBTRACT INPLACE_TRUE_DIVIDE ' +
  'INPLACE_XOR INVALID IN_IGNORE IN_LOC_IGNORE IN_UNI_IGNORE IO_REPARSE_TAG_MOUNT_POINT ' +
  'ITERABLE_COROUTINE ImpImporter ImpLoader InspectLoader Instruction IntEnum IntFlag JIS7 JUMP ' +
  'JUMP_ABSOLUTE JUMP_FORWARD JUMP_IF_FALSE_OR_POP JUMP_IF_TRUE_OR_POP KeyedRef LANG LANGUAGE LC_ ' +
  'LE_MAGIC LINES LIST_APPEND LITERAL LITERAL_CODES LITERAL_IGNORE LITERAL_LOC_IGNORE ' +
  'LITERAL_UNI_IGNORE LOAD_ATTR LOAD_BUILD_CLASS LOAD_CLASSDEREF LOAD_CLOSURE LOAD_CONST LOAD_DEREF ' +
  'LOAD_FAST LOAD_GLOBAL LOAD_METHOD LOAD_NAME LOCALE LZMACompressor LZMADecompressor LZMAError ' +
  'LZMAFile LambdaType LazyLoader Loader Lock MAGIC MAKE_FUNCTION MAKE_FUNCTION_FLAGS MAP_ADD MARK ' +
  'MAXCODE MAXGROUPS MAXREPEAT MAX_REPEAT MAX_UNTIL MAX_WBITS MF_BT2 MF_BT3 MF_BT4 MF_HC3 MF_HC4 ' +
  'MIN_REPEAT MIN_REPEAT_ONE MIN_UNTIL MODE_FAST MODE_NORMAL MULTILINE MainThread MappingProxyType ' +
  'Match MemberDescriptorType MetaPathFinder MetavarTypeHelpFormatter MethodDescriptorType ' +
  'MethodType MethodWrapperType ModuleInfo ModuleType NEGATE NESTED NEWLOCALS NOFREE NOP ' +
  'NOT_LITERAL NOT_LITERAL_IGNORE NOT_LITERAL_LOC_IGNORE NOT_LITERAL_UNI_IGNORE Namespace ' +
  'NullImporter NullTranslations OCTDIGITS ONE_OR_MORE OPCODES OPTIMIZED OPTIONAL OP_IGNORE ' +
  'OP_LOCALE_IGNORE OP_UNICODE_IGNORE OR OrderedDict PARSER PATHEXT PKG_DIRECTORY POP_BLOCK ' +
  'POP_EXCEPT POP_FINALLY POP_JUMP_IF_FALSE POP_JUMP_IF_TRUE POP_TOP PRESET_DEFAULT PRESET_EXTREME ' +
  'PRINT_EXPR PY_COMPILED PY_SOURCE PathEntryFinder Pattern ProxyTypes RAISE_VARARGS RANGE ' +
  'RANGE_UNI_IGNORE REMAINDER REPEAT REPEATING_CODES REPEAT_CHARS REPEAT_ONE RETURN_VALUE RK1048 ' +
  'ROT_FOUR ROT_THREE ROT_TWO RawDescriptionHelpFormatter RawTextHelpFormatter ReadError RegexFlag ' +
  'RegistryError Repr ResourceLoader SETUP_ANNOTATIONS SETUP_ASYNC_WITH SETUP_FINALLY SETUP_WITH ' +
  'SET_ADD SJIS SPECIAL_CHARS SRE_FLAG_ASCII SRE_FLAG_DEBUG SRE_FLAG_DOTALL SRE_FLAG_IGNORECASE ' +
  'SRE_FLAG_LOCALE SRE_FLAG_MULTILINE SRE_FLAG_TEMPLATE SRE_FLAG_UNICODE SRE_FLAG_VERBOSE ' +
  'SRE_INFO_CHARSET SRE_INFO_LITERAL SRE_INFO_PREFIX STORE_ATTR STORE_DEREF STORE_FAST STORE_GLOBAL ' +
  'STORE_NAME STORE_SUBSCR SUBPATTERN SUCCESS SUCCESS_CODES SUPPRESS SameFileError Scanner ' +
  'Semaphore SimpleNamespace SpecialFileError State SubPattern TACTIS TEMPLATE TYPE_FLAGS TarError ' +
  'Thread ThreadError Timer Tokenizer TracebackType UNARY_INVERT UNARY_NEGATIVE UNARY_NOT ' +
  'UNARY_POSITIVE UNICODE UNPACK_EX UNPACK_SEQUENCE UserDict UserList UserString VARARGS ' +
  'VARKEYWORDS VERBOSE VERSIONS Verbose WHITESPACE WHITESPACES WITH_CLEANUP_FINISH ' +
  'WITH_CLEANUP_START WRAPPER_ASSIGNMENTS WRAPPER_UPDATES WarningMessage WeakKeyDictionary ' +
  'WeakMethod WeakSet WeakValueDictionary WrapperDescriptorType YIELD_FROM YIELD_VALUE ZERO_OR_MORE ' +
  'ZIP_DEFLATED ZLIB_RUNTIME_VERSION ZLIB_VERSION Z_BEST_COMPRESSION Z_BEST_SPEED Z_BLOCK ' +
  'Z_DEFAULT_COMPRESSION Z_DEFAULT_STRATEGY Z_FILTERED Z_FINISH Z_FIXED Z_FULL_FLUSH Z_HUFFMAN_ONLY ' +
  'Z_NO_COMPRESSION Z_NO_FLUSH Z_PARTIAL_FLUSH Z_RLE Z_SYNC_FLUSH Z_TREES ZipFile _ARCHIVE_FORMATS ' +
  '_ASSERT_CODES _ActionsContainer _AppendAction _AppendConstAction _ArgumentGroup ' +
  '_AsyncGeneratorContextManager _AttributeHolder _BITS_TRANS _BZ2_SUPPORTED _BaseExitStack ' +
  '_CODEBITS _COPYFILE_DATA _CRLock _CacheInfo _ChoicesPseudoAction _CountAction _DummyThread ' +
  '_EnumDict _Error _ExtendAction _GeneratorContextManager _GeneratorContextManagerBase ' +
  '_GeneratorWrapper _GeneratorWrapper__isgen _GeneratorWrapper__wrapped _GiveupOnFastCopy ' +
  '_HAS_FCOPYFILE _HAVE_THREAD_NATIVE_ID _HEAPTYPE _HashedSeq _HelpAction _Info _Instruction ' +
  '_IterationGuard _LITERAL_CODES _LZMA_SUPPORTED _LazyLoader__check_eager_loader _LazyModule _Link ' +
  '_MAXCACHE _MODE_CLOSED _MODE_READ _MODE_WRITE _MainThread _ModifiedArgv0 _MutuallyExclusiveGroup ' +
  '_NOT_FOUND _NamedIntConstant _OPARG_WIDTH _OPNAME_WIDTH _OptionError _OrderedDictItemsView ' +
  '_OrderedDictKeysView _OrderedDictValuesView _PyRLock _RELOADING _REPEATCODES _REPEATING_CODES ' +
  '_RLock _RedirectStream _SUCCESS_CODES _Section _StoreAction _StoreConstAction _StoreFalseAction ' +
  '_StoreTrueAction _SubParsersAction _TempModule _Tokenizer__next _UNITCODES _UNIT_CODES ' +
  '_UNPACK_FORMATS _UNRECOGNIZED_ARGS_ATTR _USE_CP_SENDFILE _UserList__cast _VersionAction ' +
  '_WARNING_DETAILS _WINDOWS _WIN_DEFAULT_PATHEXT _ZLIB_SUPPORTED __ __about__ __aenter__ __aexit__ ' +
  '__cast __check_eager_loader __complex__ __concat__ __copy__ __deepcopy__ __getnewargs_ex__ ' +
  '__iconcat__ __initializing__ __inv__ __members__ __missing__ __mro_entries__ __new_member__ ' +
  '__newobj__ __newobj_ex__ __next __not__ __order__ __orig_bases__ __slotnames__ __version__ ' +
  '__wrapped__ _abs _access_check _action _action_groups _action_max_length _actions _active ' +
  '_active_limbo_lock _add_action _add_container_actions _add_filter _add_item _after_fork _alive ' +
  '_allocate_lock _append_modifier _args _as_int _asdict _ast _atomic_removal _attributes ' +
  '_auto_called _auto_null _basename _binary_ops _block _bootlocale _bootstrap_inner _break ' +
  '_break_on_call_reduce _buffer _bufsize _build_localename _builtin_open _builtin_str ' +
  '_bytes_to_codes _bz2 _c2py_ops _c3_merge _c3_mro _calculate_meta _catalog _category_name _cb ' +
  '_cb_type _cell_factory _cell_names _chain _charset _check_can_read _check_can_seek ' +
  '_check_can_write _check_conflict _check_for_existing_members _check_not_closed ' +
  '_check_unpack_options _check_value _choices_actions _class_escape _clear_cache _closefp _cls ' +
  '_cm_type _code _collections _combine_flags _commit_removals _compare_digest _compile ' +
  '_compile_charset _compile_info _compile_pattern _compile_repl _compose_mro _compression ' +
  '_compressor _cond _container _convert _convert_ _copy_items _copyfileobj_readinto _copytree ' +
  '_copyxattr _count_elements _counter _create_ _create_async_cb_wrapper _create_async_exit_wrapper ' +
  '_create_cb_wrapper _create_exit_wrapper _create_pseudo_member_ _current_domain _current_indent ' +
  '_current_section _daemonic _dangling _decode_filter_properties _decomp_args _decomp_factory ' +
  '_decompose _decompressor _dedent _default_localedir _defaults _delete _deque _deque_iterator ' +
  '_deque_reverse_iterator _destinsrc _dict _dirty _dirty_len _disassemble _disassemble_bytes ' +
  '_disassemble_recursive _disassemble_str _elem _encode_filter_properties _encoding ' +
  '_ensure_directory _enter _entered _enumerate _eof _eq _equivalences _error _errors _escape ' +
  '_exceptions _exit_callbacks _exit_wrapper _exitfunc _expand _expand_help _expand_lang ' +
  '_extension_cache _extension_registry _fallback _fastcopy_fcopyfile _fastcopy_sendfile _fcopyfile ' +
  '_field_defaults _fields _fields_defaults _fill_text _filters _find_data_type _find_impl ' +
  '_find_new_ _find_spec_from_path _find_unpack_format _fix_exception_context _fix_name _flag ' +
  '_format _format_action _format_action_invocation _format_actions_usage _format_args ' +
  '_format_code_info _format_text _format_usage _formatwarning_orig _formatwarnmsg ' +
  '_formatwarnmsg_impl _fp _func_ref _functools _ge_from_gt _ge_from_le _ge_from_lt ' +
  '_generate_next_value _generate_next_value_ _generate_overlap_table _get_action_name _get_args ' +
  '_get_charset_prefix _get_code_from_file _get_code_object _get_const_info ' +
  '_get_default_metavar_for_optional _get_default_metavar_for_positional _get_delegate ' +
  '_get_formatter _get_gid _get_handler _get_help_string _get_instructions_bytes _get_iscased ' +
  '_get_kwargs _get_literal_prefix _get_main_module_details _get_mixins_ _get_module_details ' +
  '_get_name_info _get_nargs_pattern _get_option_tuples _get_optional_actions _get_optional_kwargs ' +
  '_get_positional_actions _get_positional_kwargs _get_subactions _get_uid _get_value _get_values ' +
  '_get_versions _getaction _getcategory _getdefaultlocale _group _group_actions _grouper ' +
  '_grouping_intervals _gt_from_ge _gt_from_le _gt_from_lt _handle_conflict_error ' +
  '_handle_conflict_resolve _has_negative_number_optionals _have_code _heapify _heapify_max ' +
  '_heappop _heappop_max _heapq _heapreplace _heapreplace_max _hex_code _high_bit _ident _ignore ' +
  '_ignore_ _ignore_patterns _ignorecase_fixes _import_imp _indent _indent_increment _index_iter ' +
  '_info _init_categories _initial_missing _initial_value _initialized _int _inverted_registry ' +
  '_invoke_excepthook _is_descriptor _is_dunder _is_immutable _is_internal_frame _is_stopped ' +
  '_is_sunder _iskeyword _islice _islink _itemgetter _iter_file_finder_modules ' +
  '_iter_indented_subactions _iterating _join_parts _keep_positive _kwargs _last_values _le_from_ge ' +
  '_le_from_gt _le_from_lt _len _level _limbo _line_offset _linestarts _localecodesets _localeconv ' +
  '_localedirs _long_break_matcher _lru_cache_wrapper _lt_from_ge _lt_from_gt _lt_from_le _lzma _m ' +
  '_main_thread _make _make_class_unpicklable _make_invoke_excepthook _make_key _make_tarball ' +
  '_make_unbound_method _make_zipfile _makecodes _map _match_argument _match_arguments_partial ' +
  '_max_help_position _member_map_ _member_names _member_names_ _member_type_ _metavar_formatter ' +
  '_meth_type _method _missing_ _mk_bitmap _module _module_to_load _mutually_exclusive_groups ' +
  '_name_ _name_parser_map _native_id _negative_number_matcher _new_target _newname ' +
  '_next_external_frame _nop _ntuple_diskusage _old_targets _opcode _operator _optimize_charset ' +
  '_option_string_actions _optionals _ord _order _order_ _original_object _output_charset ' +
  '_override_localeconv _owner _parse _parse_flags _parse_known_args _parse_localename ' +
  '_parse_optional _parse_sub _parser_class _partialmethod _parties _pending_removals _percent_re ' +
  '_pickle _pop_action_class _pos _positionals _possibly_sorted _power_of_two _prefix _print_locale ' +
  '_print_message _processoptions _profile_hook _prog _prog_prefix _proxy _push_async_cm_exit ' +
  '_push_cm_exit _push_exit_callback _re _read_args_from_files _reconstructor _record _recreate_cm ' +
  '_recursive_repr _reduce_ex _reduce_ex_by_name _register _registered_with_atexit _registries ' +
  '_registry _registry_get _release _remove _remove_action _reopen _repeat _replace ' +
  '_replace_encoding _repr_iterable _reset_internal_locks _rewind _rmtree_isdir _rmtree_islink ' +
  '_rmtree_safe_fd _rmtree_unsafe _root_section _run_code _run_module_as_main _run_module_code ' +
  '_samefile _saved_module _saved_value _scrub_removals _select_for_exit _sentinel _set_ident ' +
  '_set_native_id _set_tstate_lock _set_uid_gid _setlocale _setoption _showwarning ' +
  '_showwarning_orig _showwarnmsg _showwarnmsg_impl _shutdown _shutdown_locks _shutdown_locks_lock ' +
  '_shutil _siftdown _siftdown_max _siftup _siftup_max _simple _size _slotnames _special_chars_map ' +
  '_split_lines _sre _starmap _start_new_thread _started _state _stderr _stop _strcoll ' +
  '_strip_padding _strxfrm _subparsers _subx _sys _target _tee _tee_dataobject _test _time _timeout ' +
  '_token_pattern _tokenize _trace_hook _trailing_error _translations _try_compile _tstate_lock ' +
  '_tuple _tuple_new _tuplegetter _uniq _unpack_opargs _unpack_tarfile _unpack_zipfile ' +
  '_unrecognized_args _unspecified _unwrap_partial _use_fd_functions _user _value ' +
  '_value2member_map_ _value_ _wait _wait_for_tstate_lock _waiters _warn_unawaited_coroutine ' +
  '_weakrefset _whitespace_matcher _width _zip a3 a3_az aRepr aa_dj aa_er aa_et ab abcs ' +
  'abstract_bases abstract_c3_mros abstract_cls accumulate action action_class action_conflicts ' +
  'action_group action_header action_length action_name action_tuples action_usage action_width ' +
  'actions actions_slice activeCount active_count add_argument add_argument_group add_arguments ' +
  'add_extension add_fallback add_flags add_group add_help add_mutually_exclusive_group add_parser ' +
  'add_subparsers add_text add_usage added_behavior addgroup additional addr adler32 af af_ZA af_za ' +
  'after_in_child after_in_parent agr_pe ajec ak_gh alias_details alive all_suffixes all_waiters ' +
  'allow_abbrev allowed already alter_argv alter_sys am am_ET am_et american amount an_es and and_ ' +
  'ann annotations anp_in append_const appendleft ar ar_AE ar_BH ar_DZ ar_EG ar_IQ ar_JO ar_KW ' +
  'ar_LB ar_LY ar_MA ar_OM ar_QA ar_SA ar_SY ar_TN ar_YE ar_aa ar_ae ar_bh ar_dz ar_eg ar_in ar_iq ' +
  'ar_jo ar_kw ar_lb ar_ly ar_ma ar_om ar_qa ar_sa ar_sd ar_ss ar_sy ar_tn ar_ye archive_dir ' +
  'archive_name arg arg_count arg_counts arg_line arg_list arg_string arg_string_pattern_parts ' +
  'arg_strings arg_strings_iter arg_strings_pattern argname argparse argrepr args_file args_str ' +
  'args_string argument argument_default argument_name argument_strings argument_values argval ' +
  'arn_CL as as_IN as_in ascii_iscased ascii_tolower assert assigned ast_es async ' +
  'asynccontextmanager atof atoi attr attrgetter attrname attrs_now attrs_then attrs_updated auto ' +
  'av avoids_symlink_attacks await ayc_pe az az_AZ az_az az_ir b_item ba_RU base_dir base_meta ' +
  'base_name be be_BY be_by before bem_zm ber_dz ber_ma bg bg_BG bg_bg bho_in bho_np bi_vu ' +
  'binary_file bit block blocking blocksize bn_IN bn_bd bn_in bo_BT bo_CN bo_cn bo_in bokmal ' +
  'boundary br br_FR br_fr branch break broken brx_in bs bs_BA bs_ba buf buflen bulgarian byn_er ' +
  'byte_incr byte_increments byte_view bytecode_len bz_mode bzip2 bztar c2py c_c ca ca_ES ca_ad ' +
  'ca_es ca_fr ca_it cache_clear cache_info cache_token cached_property callback cancel candidate ' +
  'canonical_member cat catalan catalog categories category cb_suppress ce_ru cell_names cells ' +
  'cextend char character charmap charname charset charsetappend check checkgroup ' +
  'checklookbehindgroup chflags childpos chmod_func choice choice_action choice_strs choices ' +
  'choices_str chr_us chunk chunks ckb_iq class class_ class_method class_name class_namespace ' +
  'classdict classes clear_extension_cache closegroup closing closure cls_or_self cm cm_exit cmn_tw ' +
  'cmp_op cmp_to_key co co_FR code1 code2 code_info codeobj codeset collections colno combinations ' +
  'combinations_with_replacement compress_ext compressed compression compresslevel compressobj ' +
  'concat condgroup condname confl_optional confl_optionals conflict_action conflict_handler ' +
  'conflict_string conflicting_actions conflicts const const_index const_list constants constructor ' +
  'constructor_ob consume_optional consume_positionals container contains context contextlib ' +
  'contextmanager continue conv convert_arg_line_to_args copy2 copy_function copyfile copyfileobj ' +
  'copymode copyreg copystat copytree coro countOf crc32 crh_ua croatian cs cs_CZ cs_cs cs_cz ' +
  'csb_pl ctxt_msg_id currency currency_symbol current currentThread current_indent current_offset ' +
  'current_thread current_token currsize cv_ru cy cy_GB cy_gb cycle cz cz_cz czech da da_DK da_dk ' +
  'daemon daemonic danish dansk data_types dd de de_AT de_CH de_DE de_LI de_LU de_at de_be de_ch ' +
  'de_de de_it de_lu decimal_point decoded_path decoded_string decomp decomp_args decomp_factory ' +
  'decompressobj decorating_function deepcopy def default_factory default_metavar default_prefix ' +
  'defaultaction defaultdict defaulting_nargs defaults defmod del del_flags delitem delocalize ' +
  'depth deque description dest dest_option_string deutsch digits dircontents direction dirlist ' +
  'dirnames dirs_exist_ok dis dis_ disable disassemble disco disk_usage dispatch dispatch_cache ' +
  'dispatch_table dispatcher distb diu div_MV dngettext dnpgettext doc doi_in domain dpgettext ' +
  'dropwhile dry_run dsb_DE dst dstname duplicates dutch dv_mv dynamic_attributes dz_bt eEfFgG ee ' +
  'ee_ee eesti el el_GR el_cy el_gr element elements elif else emit en en_AU en_BZ en_CA en_CB ' +
  'en_GB en_IE en_IN en_JA en_MY en_NZ en_PH en_TT en_US en_ZA en_ZW en_ag en_au en_be en_bw en_ca ' +
  'en_dk en_gb en_hk en_ie en_il en_in en_ng en_nz en_ph en_sg en_uk en_us en_za en_zm en_zw enable ' +
  'enc encodings end_section endpos endtime eng_gb english english_uk english_us ' +
  'enter_async_context enter_context enter_result enum enum_class enum_dict enum_member ' +
  'enum_members enum_method enumeration envar envvars eo eo_eo eo_xx epilog eq errorcode es es_AR ' +
  'es_BO es_CL es_CO es_CR es_DO es_EC es_ES es_GT es_HN es_MX es_NI es_PA es_PE es_PR es_PY es_SV ' +
  'es_UR es_US es_VE es_ar es_bo es_cl es_co es_cr es_cu es_do es_ec es_es es_gt es_hn es_mx es_ni ' +
  'es_pa es_pe es_pr es_py es_sv es_us es_uy es_ve escape estonian et et_EE et_ee etc eu eu_ES ' +
  'eu_es eu_fr eucJP eucKR euro ex exc_context except exceptions excinfo excinst exctb exctype ' +
  'exec_body existing existing_extensions exit_method expand expand_template explicit_arg ' +
  'explicit_bases explicit_c3_mros ext extend_path extended_arg extendleft extra_args extra_flags ' +
  'extract extract_dir extractall extras fa fa_IR fa_ir factory fallback fasttypes fdoc fdst ' +
  'fdst_write ff_sn fi fi_FI fi_fi field_defaults field_names fields fil_PH fil_ph filenames fill ' +
  'fillvalue filter_kwargs filterfalse filterwarnings final_name finalize finally findall finditer ' +
  'findlabels findlinestarts finished finnish first first_enum first_line fix_flags fixed_ctx fixes ' +
  'fixup flag flag_value flags1 flags_to_check floordiv fname fnmatch fnmatchcase fo fo_FO fo_fo ' +
  'follow for format_help format_info format_list format_spec format_string format_usage formats ' +
  'formatted formatter formatter_class formatwarning found fr fr_BE fr_CA fr_CH fr_FR fr_LU fr_MC ' +
  'fr_be fr_ca fr_ch fr_fr fr_lu frac_digits frame frame_exc fre_fr free french french_france from ' +
  'from_iterable from_traceback fromfile_prefix_chars frozen_cls fsrc fsrc_read fsrc_readinto ' +
  'fullmatch function functools fur_it fw fy_NL fy_de fy_nl ga ga_IE ga_ie galego galician gbz_AF ' +
  'gc gd gd_gb ge gen ger_de german german_germany getName get_archive_formats get_default ' +
  'get_importer get_instructions get_invocation get_lines get_loader get_metavar ' +
  'get_object_traceback get_subactions get_type_hints get_unpack_formats getcodesize ' +
  'getdefaultlocale getgrall getgrgid getgrnam getitem getline getlocale getmodulename getpwall ' +
  'getuntil getwhile getwidth gez_er gez_et gid gl gl_ES gl_es global gname got_all gotit gr_gid ' +
  'gr_mem gr_name gr_passwd group_actions group_map groupby groupdict groupindex grouping groups ' +
  'groupwidths grp gsw_FR gt gu_IN gu_in gv gv_gb gz gzip gztar h_append ha_NG ha_ng hak_tw ' +
  'handler_func_name hascased hascompare hasconst hasfree hashvalue hasjabs hasjrel haslocal ' +
  'hasname hasnargs he he_IL he_il header heading heap heapify heappop heappush heappushpop heapq ' +
  'heapreplace help_lines help_position help_text help_width helper hi hi_IN hi_in hif_fj high_bit ' +
  'hits hne hne_in hr hr_BA hr_HR hr_hr hrvatski hsb_de ht_ht hu hu_HU hu_hu hungarian hy_AM hy_am ' +
  'i_c i_n ia ia_fr iadd iand icelandic iconcat id_ID id_id ident identity idx if if_false if_true ' +
  'ifloordiv ig_ng ignore_dangling_symlinks ignore_patterns ignored_names ii ii_CN ik_ca ilshift ' +
  'imatmul immutable_states imod imp impl import import_module importer importers importlib imul in ' +
  'in_id indent indent_first indent_increment indexOf indexgroup infd infile infolist init_globals ' +
  'initial initial_indent initlist inner inserts inst install instr int_curr_symbol int_frac_digits ' +
  'international interval inv invalid_names invert inverted invocation_length invocations ' +
  'invoke_excepthook ior ipow irshift is isAlive isDaemon isSet is_ is_IS is_NullImporter is_alive ' +
  'is_check_supported is_current_instr is_is is_jump_target is_not is_related is_set is_strict_base ' +
  'is_sync is_tracing is_zipfile iscased isenabled iskeyword islice isoctal ispkg isstring istext ' +
  'isub it_CH it_IT it_ch it_it italian item_help item_no item_yes itemgetter itemref itemsappend ' +
  'iter_importer_modules iter_importers iter_modules iter_zipimport_modules iterable iterables ' +
  'itertools itervaluerefs itr itruediv iu iu_CA iu_ca iw iw_il ixor ja ja_JP ja_jp japan japanese ' +
  'jis jis7 jp_jp ka ka_GE ka_ge kab_dz key_value keyrefs keyrepr keyword keywords kh_KH kind kk_KZ ' +
  'kk_kz kl kl_GL kl_gl klass km_kh kn kn_IN kn_in ko ko_KR ko_kr koi8_t koi8_u koi8c kok_IN kok_in ' +
  'ks ks_in ku_tr kw kw_gb kwd_mark kwdefaults kwlist ky ky_KG ky_kg label labels lambda lang ' +
  'lang_enc langname language languages lappend last_interval last_traceback last_value last_values ' +
  'lastgroup lasti lastindex lastk lastlineno lb_LU lb_lu lchmod ldgettext ldngettext le left ' +
  'left_spaces length length_hint lexicon lg_ug lgettext li_be li_nl lij_it line_incr ' +
  'line_increments line_len line_offset linecache lineno_fmt lineno_width linestarts linkto literal ' +
  'literals lithuanian ln_cd lngettext lo lo_LA lo_la loc local local_print local_sys locale ' +
  'locale_alias locale_encoding_alias localedir localename localetuple locks log logger ' +
  'long_option_strings lookbehindgroups lookup_name lpos lru_cache lshift lt lt_LT lt_lt lv lv_LV ' +
  'lv_lv lz_mode lzh_tw lzma machinery mag_in mai mai_in mai_np main_globals main_name main_thread ' +
  'major_version make_archive maketrans maps mark_as_current mask masteridx match match_argument ' +
  'match_partial matches matmul max_help_position max_option_string_index maxarray maxdeque maxdict ' +
  'maxfrozenset maxiter maxlen maxlevel maxlineno maxlist maxlong maxoffset maxother maxset ' +
  'maxsplit maxstring maxtuple member member_map member_name member_type member_value members ' +
  'memlimit memo mend merge messages meta metacls metavar meth methodcaller mfe_mu mg_mg mhr_ru ' +
  'mi_NZ mi_nz microsoftcp1251 microsoftcp1255 microsoftcp1256 minor_version miq_ni misses missing ' +
  'mjw_in mk mk_MK mk_mk ml ml_IN ml_in mlen mn_CN mn_MN mn_mn mni_in mo mod_globals mod_name ' +
  'mod_spec mod_type mode_code modifier modifiers module_finder module_for_loader ' +
  'module_for_loader_wrapper module_globals module_or_name moff mofile mofiles moh_CA ' +
  'mon_decimal_point mon_grouping mon_thousands_sep monetary most_common move mr mr_IN mr_in ms ' +
  'ms_BN ms_MY ms_my msg_lines msgcount msgid1 msgid2 mt mt_MT mt_mt mul mutex_action mutex_group ' +
  'mv my_mm n_cs_precedes n_sep_by_space n_sign_posn n_waiting name_index name_list namedtuple ' +
  'namedtuple_ nan_tw nargs nargs_errors nargs_pattern native_id nb nb_NO nb_no nds_de nds_nl ne ' +
  'ne_NP ne_np need_to_create needs_input neg negate negative negative_sign nelang nelangs nested ' +
  'new_active new_arg_strings new_base new_bases new_child new_class new_exc new_exc_details ' +
  'new_explicit_arg new_f new_func new_member new_source_line new_stack new_target new_val newcount ' +
  'newitem newlevel newline newset next_option_string_index nexttok ngettext nhn_mx niu_nu niu_nz ' +
  'nl nl_BE nl_NL nl_aw nl_be nl_nl nlargest nn nn_NO nn_no no no_no nonlocal nonpositive normalize ' +
  'normdir norwegian not not_ not_covered notify notifyAll notify_all npgettext nr nr_za ns_ZA ' +
  'nsmallest nso nso_za nullcontext num_fields ny ny_no nynorsk ob ob_type obj_method oc oc_FR ' +
  'oc_fr offset_width ogid old_exc old_excepthook old_sys_excepthook oldloc om_et om_ke once ' +
  'onceregistry op op_result opcode opengroup operator opfunc opmap opname opt_parts opt_usage ' +
  'option option_prefix option_string option_string_indices option_strings option_tuple ' +
  'option_tuples optionals optionals_map options or or_ or_IN or_in order original_name ' +
  'original_names original_type original_value os_ru other_bases other_c3_mros other_count out ' +
  'outfd output_charset overwrite_doc ownerclass p_cs_precedes p_sep_by_space p_sign_posn pa pa_IN ' +
  'pa_in pa_pk pap_an pap_aw pap_cw params parent_package parentpos parents parse parse_args ' +
  'parse_intermixed_args parse_known_args parse_known_intermixed_args parse_template parser ' +
  'parser_class parser_name parsers parsers_class part_regexp part_strings partial partialmethod ' +
  'parties parts pass pat pat_str path_item path_name pathext pathext_source pattern patterns pd ' +
  'pd_de pd_us pending pending_raise perc percent percents permutations pgettext ph ph_ph phrase ' +
  'pickle pickle_complex pickle_function pieces pkg pkg_main_name pkg_name pkgfile pkgpath pkgutil ' +
  'pl pl_PL pl_pl plen plural polish pop_all popleft portion portuguese portuguese_brazil pos_parts ' +
  'pos_usage positionals positionals_end_index positive_sign possible possible_member pp pp_an ' +
  'precedes predicate prefix1 prefix_chars prefix_len prefix_skip prefix_skip1 prefixappend ' +
  'prepare_class preset pretty_flags prev print_ print_2 print_help print_usage priority product ' +
  'prog proto ps_AF ps_af pseudo_member pt pt_BR pt_PT pt_br pt_pt purge push push_async_callback ' +
  'push_async_exit pw_gecos pw_gid pw_name pw_passwd pw_shell pw_uid qualname qut_GT quz_BO quz_EC ' +
  'quz_PE quz_pe raise raj_in rawblock rc read_code real_dst received_exc recursive_repr ' +
  'redirect_stderr redirect_stdout reduce reenable_gc register_archive_format ' +
  'register_unpack_format registry registry_name regs reload remaining_args remove_extension repeat ' +
  'repl repr1 repr_ repr_array repr_deque repr_dict repr_fmt repr_frozenset repr_instance repr_int ' +
  'repr_list repr_running repr_set repr_str repr_tuple reprlib required required_actions res ' +
  'res_str resetlocale resetwarnings resolve_bases resolve_name resolved_bases resource_name ' +
  'results ret right right_spaces rightpos rm_CH rmtree ro ro_RO ro_ro romanian root_dir roots ' +
  'rotate rpos rshift ru ru_RU ru_ru ru_ua rumanian run_globals run_module run_name run_path runpy ' +
  'runs russian rw rw_RW rw_rw sa_IN sa_in sah_RU sat_in save_cwd save_default save_nargs save_new ' +
  'save_required save_usage saved_main saved_state sc_it scan scanner script_name sd sd_in sd_pk ' +
  'se_FI se_NO se_SE se_no search_path section seen_actions seen_non_default_actions ' +
  'selected_pattern selected_patterns self_get self_wr selfref sent sentinel separated seps seq ' +
  'seqtypes sequences serbocroatian setDaemon setName set_defaults set_loader set_loader_wrapper ' +
  'set_output_charset set_package set_package_wrapper setappend setitem sget sgs_lt sh sh_hr sh_sp ' +
  'sh_yu shift shn_mm short_explicit_arg short_option_prefix show_code show_lineno showwarning ' +
  'shs_ca shutil si si_LK si_lk sid_et sign sign_pos signaled simplegeneric singledispatch ' +
  'singledispatchmethod sinhala sk sk_SK sk_sk skip skipno skipyes sl sl_SI sl_cs sl_si slots ' +
  'slovak slovene slovenian sm_ws sma_NO sma_SE smb smj_NO smj_SE smn_FI sms_FI smv sname_pkg so_dj ' +
  'so_et so_ke so_so sourceget sourcematch sp sp_yu spanish spanish_spain sq sq_AL sq_al sq_mk ' +
  'sr_BA sr_SP sr_cs sr_me sr_rs sr_sp sr_yu src srcentry srcname srcobj sre_compile sre_constants ' +
  'sre_parse ss ss_za st_file_attributes st_flags st_reparse_tag st_za stack_effect star_args ' +
  'starcount starmap start_index start_section started startpos starts_line stat_func status ' +
  'stop_index stopped store store_const store_false store_true str_overridden string strings ' +
  'stripped struct struct_group struct_passwd stuff sub sub_verbose subaction subcls subcommands ' +
  'subn subname subnamespace subpattern subpatternappend subsequent_indent subtract sup super_init ' +
  'superinit suppress suppressed_exc sv sv_FI sv_SE sv_fi sv_se sw sw_KE sw_ke sw_tz swedish symbol ' +
  'symlinks syr_SY sys_exc_info sys_excepthook szl_pl ta ta_IN ta_in ta_lk table tabsize tailappend ' +
  'take_action takewhile tar tar_compression tarfile tarinfo tarobj te te_IN te_in tee temp_module ' +
  'template tend terminator territory text_width tg tg_TJ tg_tj th th_TH th_th that the_np thefile ' +
  'thing this thousands_sep threading threads ti_er ti_et tig_er timeout title_group_map tk_TM ' +
  'tk_tm tl tl_ph tlen tlock tmsg tmz_DZ tn tn_ZA tn_za to to_to toff tokens tolower total ' +
  'total_ordering tp tpi_pg tr tr_TR tr_cy tr_tr tracemalloc tracing trail trailing_error transidx ' +
  'translation truediv truth try ts ts_za tt tt_RU tt_ru tup tuple_new tuple_size turkish type_func ' +
  'type_name type_set typecode typed typename types typing ug_CN ug_cn uid uk uk_UA uk_ua ' +
  'unconsumed_tail uncovered unicode_iscased unicode_tolower unicodedata unique univ universal ' +
  'unlocked unm_us unpack unpack_archive unregister_archive_format unregister_unpack_format ' +
  'unspecified unused_data update_wrapper updated ur ur_IN ur_PK ur_in ur_pk usage use_args ' +
  'use_bytes use_srcentry used user_function util uz uz_UZ uz_uz valrepr valuerefs variable ' +
  'varnames ve ve_exc ve_za vi vi_VN vi_vn view wa wa_be wae_ch wait_for waiter waiters_to_notify ' +
  'waittime wal_et walk_packages weakcontainer weakref wen_DE which while why win32 windows_locale ' +
  'winerror winner with wo_SN wo_sn wr wrap wrapped wrapper wraps x1 xb xh xh_ZA xh_za xor xz xztar ' +
  'yi yi_us yield yielded yo_NG yo_ng yue_hk yuw_pg zf zh zh_CHS zh_CHT zh_CN zh_HK zh_MO zh_SG ' +
  'zh_TW zh_cn zh_hk zh_sg zh_tw zip_filename zip_longest zipfile zipimport zu zu_ZA zu_za ' +
  '';

/** Interned under `python FILE.py` only (space-separated). */
export const disInternedRemoved38: string =

  '';
