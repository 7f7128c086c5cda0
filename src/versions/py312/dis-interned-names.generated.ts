// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-dis-interned-names.py from CPython 3.12.1.
// Stage: version data; depends on nothing. How the name-like strings already interned when
// `python -m dis FILE` compiles FILE differ from those interned when `python FILE.py` starts
// compiling FILE (interned-names.generated.ts), PYTHONHASHSEED=0, gen-golden.py's env.

/** Interned under `-m dis` only (space-separated). */
export const disInternedAdded312: string =
  '01234567 0123456789 0123456789abcdefABCDEF 0x 30 88591 885915 88592 88595 ABDAY_1 ABDAY_2 ' +
  'ABDAY_3 ABDAY_4 ABDAY_5 ABDAY_6 ABDAY_7 ABMON_1 ABMON_10 ABMON_11 ABMON_12 ABMON_2 ABMON_3 ' +
  'ABMON_4 ABMON_5 ABMON_6 ABMON_7 ABMON_8 ABMON_9 ALT_DIGITS AM_STR ANY ANY_ALL ASCIILETTERS ' +
  'ASSERT ASSERT_CODES ASSERT_NOT ASYNC_GENERATOR AT ATCODES ATOMIC_GROUP AT_ AT_BEGINNING ' +
  'AT_BEGINNING_LINE AT_BEGINNING_STRING AT_BOUNDARY AT_END AT_END_LINE AT_END_STRING AT_LOCALE ' +
  'AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_MULTILINE AT_NON_BOUNDARY AT_UNICODE AT_UNI_BOUNDARY ' +
  'AT_UNI_NON_BOUNDARY Action ArgumentDefaultsHelpFormatter ArgumentError ArgumentParser ' +
  'ArgumentTypeError AsyncGeneratorType BEFORE_ASYNC_WITH BEFORE_WITH BE_MAGIC BIGCHARSET BINARY_OP ' +
  'BINARY_OP_ADD_FLOAT BINARY_OP_ADD_INT BINARY_OP_ADD_UNICODE BINARY_OP_INPLACE_ADD_UNICODE ' +
  'BINARY_OP_MULTIPLY_FLOAT BINARY_OP_MULTIPLY_INT BINARY_OP_SUBTRACT_FLOAT BINARY_OP_SUBTRACT_INT ' +
  'BINARY_SLICE BINARY_SUBSCR BINARY_SUBSCR_DICT BINARY_SUBSCR_GETITEM BINARY_SUBSCR_LIST_INT ' +
  'BINARY_SUBSCR_TUPLE_INT BUFFER_SIZE BUILD_CONST_KEY_MAP BUILD_LIST BUILD_MAP BUILD_SET ' +
  'BUILD_SLICE BUILD_STRING BUILD_TUPLE BZ2Compressor BZ2Decompressor BZ2File BaseStream ' +
  'BooleanOptionalAction BuiltinFunctionType BuiltinMethodType Bytecode CACHE ' +
  'CALL_BOUND_METHOD_EXACT_ARGS CALL_BUILTIN_CLASS CALL_BUILTIN_FAST_WITH_KEYWORDS CALL_FUNCTION_EX ' +
  'CALL_INTRINSIC_1 CALL_INTRINSIC_2 CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS ' +
  'CALL_NO_KW_BUILTIN_FAST CALL_NO_KW_BUILTIN_O CALL_NO_KW_ISINSTANCE CALL_NO_KW_LEN ' +
  'CALL_NO_KW_LIST_APPEND CALL_NO_KW_METHOD_DESCRIPTOR_FAST CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS ' +
  'CALL_NO_KW_METHOD_DESCRIPTOR_O CALL_NO_KW_STR_1 CALL_NO_KW_TUPLE_1 CALL_NO_KW_TYPE_1 ' +
  'CALL_PY_EXACT_ARGS CALL_PY_WITH_DEFAULTS CATEGORIES CATEGORY CATEGORY_ CATEGORY_DIGIT ' +
  'CATEGORY_LINEBREAK CATEGORY_LOC_NOT_WORD CATEGORY_LOC_WORD CATEGORY_NOT_DIGIT ' +
  'CATEGORY_NOT_LINEBREAK CATEGORY_NOT_SPACE CATEGORY_NOT_WORD CATEGORY_SPACE CATEGORY_UNI_DIGIT ' +
  'CATEGORY_UNI_LINEBREAK CATEGORY_UNI_NOT_DIGIT CATEGORY_UNI_NOT_LINEBREAK CATEGORY_UNI_NOT_SPACE ' +
  'CATEGORY_UNI_NOT_WORD CATEGORY_UNI_SPACE CATEGORY_UNI_WORD CATEGORY_WORD CHARSET CHAR_MAX ' +
  'CHCODES CHECK_CRC32 CHECK_CRC64 CHECK_EG_MATCH CHECK_EXC_MATCH CHECK_ID_MAX CHECK_NONE ' +
  'CHECK_SHA256 CHECK_UNKNOWN CH_LOCALE CH_UNICODE CLEANUP_THROW CODESET CODESIZE COLUMNS ' +
  'COMPARE_OP COMPARE_OP_FLOAT COMPARE_OP_INT COMPARE_OP_STR COMPILER_FLAG_NAMES COMPONENT_CODESET ' +
  'COMPONENT_MODIFIER COMPONENT_TERRITORY CONFORM CONTAINS_OP CONTEXT CONTINUOUS COPY COPY_BUFSIZE ' +
  'COPY_FILE_ALLOW_DECRYPTED_DESTINATION COPY_FILE_COPY_SYMLINK COPY_FREE_VARS COROUTINE CP1251 ' +
  'CP1255 CP1256 CRNCYSTR CacheInfo Catalog CellType ChainMap ClassMethodDescriptorType CodeType ' +
  'CopyFile2 CoroutineType Counter DAY_1 DAY_2 DAY_3 DAY_4 DAY_5 DAY_6 DAY_7 DEBUG DEFLATED ' +
  'DEF_BUF_SIZE DEF_MEM_LEVEL DELETE_ATTR DELETE_DEREF DELETE_FAST DELETE_GLOBAL DELETE_NAME ' +
  'DELETE_SUBSCR DICT_MERGE DICT_UPDATE DIGITS DOTALL D_FMT D_T_FMT DecompressReader ' +
  'DynamicClassAttribute EACCES EINVAL EJECT ELSE ENABLE_SPECIALIZATION END_ASYNC_FOR END_FOR ' +
  'END_SEND ENODATA ENOENT ENOSPC ENOTDIR ENOTSOCK ENOTSUP EOPNOTSUPP EPERM ERA ERA_D_FMT ' +
  'ERA_D_T_FMT ERA_T_FMT ERROR_ACCESS_DENIED ERROR_PRIVILEGE_NOT_HELD ESCAPES EXTENDED_ARG Enum ' +
  'EnumCheck EnumMeta EnumType Error ExecError FAILURE FILTER_ARM FILTER_ARMTHUMB FILTER_DELTA ' +
  'FILTER_IA64 FILTER_LZMA1 FILTER_LZMA2 FILTER_POWERPC FILTER_SPARC FILTER_X86 FLAGS FORMAT_ALONE ' +
  'FORMAT_AUTO FORMAT_RAW FORMAT_VALUE FORMAT_VALUE_CONVERTERS FORMAT_XZ FOR_ITER FOR_ITER_GEN ' +
  'FOR_ITER_LIST FOR_ITER_RANGE FOR_ITER_TUPLE FileType Flag FlagBoundary FrameType GENERATOR ' +
  'GET_AITER GET_ANEXT GET_AWAITABLE GET_ITER GET_LEN GET_YIELD_FROM_ITER GLOBAL_FLAGS ' +
  'GNUTranslations GROUPREF GROUPREF_EXISTS GROUPREF_IGNORE GROUPREF_LOC_IGNORE GROUPREF_UNI_IGNORE ' +
  'GeneratorType GetSetDescriptorType HAVE_ARGUMENT HEXDIGITS HelpFormatter IGNORECASE IMPORT_FROM ' +
  'IMPORT_NAME IN INFO INSTRUMENTED_CALL INSTRUMENTED_CALL_FUNCTION_EX INSTRUMENTED_END_FOR ' +
  'INSTRUMENTED_END_SEND INSTRUMENTED_FOR_ITER INSTRUMENTED_INSTRUCTION INSTRUMENTED_JUMP_BACKWARD ' +
  'INSTRUMENTED_JUMP_FORWARD INSTRUMENTED_LINE INSTRUMENTED_LOAD_SUPER_ATTR ' +
  'INSTRUMENTED_POP_JUMP_IF_FALSE INSTRUMENTED_POP_JUMP_IF_NONE INSTRUMENTED_POP_JUMP_IF_NOT_NONE ' +
  'INSTRUMENTED_POP_JUMP_IF_TRUE INSTRUMENTED_RESUME INSTRUMENTED_RETURN_CONST ' +
  'INSTRUMENTED_RETURN_VALUE INSTRUMENTED_YIELD_VALUE INTERPRETER_EXIT INTRINSIC_1_INVALID ' +
  'INTRINSIC_2_INVALID INTRINSIC_ASYNC_GEN_WRAP INTRINSIC_IMPORT_STAR INTRINSIC_LIST_TO_TUPLE ' +
  'INTRINSIC_PARAMSPEC INTRINSIC_PREP_RERAISE_STAR INTRINSIC_PRINT ' +
  'INTRINSIC_SET_FUNCTION_TYPE_PARAMS INTRINSIC_STOPITERATION_ERROR INTRINSIC_SUBSCRIPT_GENERIC ' +
  'INTRINSIC_TYPEALIAS INTRINSIC_TYPEVAR INTRINSIC_TYPEVARTUPLE INTRINSIC_TYPEVAR_WITH_BOUND ' +
  'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS INTRINSIC_UNARY_POSITIVE INVALID IN_IGNORE IN_LOC_IGNORE ' +
  'IN_UNI_IGNORE IS_OP ITERABLE_COROUTINE Instruction IntEnum IntFlag JIS7 JUMP_BACKWARD ' +
  'JUMP_BACKWARD_NO_INTERRUPT JUMP_FORWARD JUMP_NO_INTERRUPT KEEP KEY KW_NAMES LANG LANGUAGE LC_ ' +
  'LC_ALL LC_COLLATE LC_CTYPE LC_MESSAGES LC_MONETARY LC_NUMERIC LC_TIME LE_MAGIC LINES LIST_APPEND ' +
  'LIST_EXTEND LITERAL LITERAL_CODES LITERAL_IGNORE LITERAL_LOC_IGNORE LITERAL_UNI_IGNORE ' +
  'LOAD_ASSERTION_ERROR LOAD_ATTR LOAD_ATTR_CLASS LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN ' +
  'LOAD_ATTR_INSTANCE_VALUE LOAD_ATTR_METHOD_LAZY_DICT LOAD_ATTR_METHOD_NO_DICT ' +
  'LOAD_ATTR_METHOD_WITH_VALUES LOAD_ATTR_MODULE LOAD_ATTR_PROPERTY LOAD_ATTR_SLOT ' +
  'LOAD_ATTR_WITH_HINT LOAD_BUILD_CLASS LOAD_CLOSURE LOAD_CONST LOAD_CONST__LOAD_FAST LOAD_DEREF ' +
  'LOAD_FAST LOAD_FAST_AND_CLEAR LOAD_FAST_CHECK LOAD_FAST__LOAD_CONST LOAD_FAST__LOAD_FAST ' +
  'LOAD_FROM_DICT_OR_DEREF LOAD_FROM_DICT_OR_GLOBALS LOAD_GLOBAL LOAD_GLOBAL_BUILTIN ' +
  'LOAD_GLOBAL_MODULE LOAD_LOCALS LOAD_METHOD LOAD_NAME LOAD_SUPER_ATTR LOAD_SUPER_ATTR_ATTR ' +
  'LOAD_SUPER_ATTR_METHOD LOAD_SUPER_METHOD LOAD_ZERO_SUPER_ATTR LOAD_ZERO_SUPER_METHOD LOCALE ' +
  'LZMACompressor LZMADecompressor LZMAError LZMAFile LambdaType Link MAGIC MAKE_CELL MAKE_FUNCTION ' +
  'MAKE_FUNCTION_FLAGS MAP_ADD MARK MATCH_CLASS MATCH_KEYS MATCH_MAPPING MATCH_SEQUENCE MAXCODE ' +
  'MAXGROUPS MAXREPEAT MAXWIDTH MAX_PSEUDO_OPCODE MAX_REPEAT MAX_UNTIL MAX_WBITS MF_BT2 MF_BT3 ' +
  'MF_BT4 MF_HC3 MF_HC4 MIN_INSTRUMENTED_OPCODE MIN_PSEUDO_OPCODE MIN_REPEAT MIN_REPEAT_ONE ' +
  'MIN_UNTIL MODE_FAST MODE_NORMAL MON_1 MON_10 MON_11 MON_12 MON_2 MON_3 MON_4 MON_5 MON_6 MON_7 ' +
  'MON_8 MON_9 MULTILINE MappingProxyType Match MemberDescriptorType MetavarTypeHelpFormatter ' +
  'MethodDescriptorType MethodType MethodWrapperType NAMED_FLAGS NB_ADD NB_AND NB_FLOOR_DIVIDE ' +
  'NB_INPLACE_ADD NB_INPLACE_AND NB_INPLACE_FLOOR_DIVIDE NB_INPLACE_LSHIFT ' +
  'NB_INPLACE_MATRIX_MULTIPLY NB_INPLACE_MULTIPLY NB_INPLACE_OR NB_INPLACE_POWER ' +
  'NB_INPLACE_REMAINDER NB_INPLACE_RSHIFT NB_INPLACE_SUBTRACT NB_INPLACE_TRUE_DIVIDE NB_INPLACE_XOR ' +
  'NB_LSHIFT NB_MATRIX_MULTIPLY NB_MULTIPLY NB_OR NB_POWER NB_REMAINDER NB_RSHIFT NB_SUBTRACT ' +
  'NB_TRUE_DIVIDE NB_XOR NEGATE NESTED NEWLOCALS NEXT NOEXPR NOFLAG NOFREE NOP NOT_LITERAL ' +
  'NOT_LITERAL_IGNORE NOT_LITERAL_LOC_IGNORE NOT_LITERAL_UNI_IGNORE Namespace ' +
  'NeedCurrentDirectoryForExePath NoneType NotImplementedType NullTranslations OCTDIGITS ' +
  'ONE_OR_MORE OPCODES OPTIMIZED OPTIONAL OP_IGNORE OP_LOCALE_IGNORE OP_UNICODE_IGNORE OR ' +
  'OrderedDict PARSER PATHEXT PM_STR POP_BLOCK POP_EXCEPT POP_JUMP_IF_FALSE POP_JUMP_IF_NONE ' +
  'POP_JUMP_IF_NOT_NONE POP_JUMP_IF_TRUE POP_TOP POSSESSIVE_REPEAT POSSESSIVE_REPEAT_ONE ' +
  'PRESET_DEFAULT PRESET_EXTREME PREV PUSH_EXC_INFO PUSH_NULL Pattern Positions RADIXCHAR ' +
  'RAISE_VARARGS RANGE RANGE_UNI_IGNORE REMAINDER REPEAT REPEATING_CODES REPEAT_CHARS REPEAT_ONE ' +
  'RESERVED RESULT RESUME RETURN_CONST RETURN_GENERATOR RETURN_VALUE RK1048 ' +
  'RawDescriptionHelpFormatter RawTextHelpFormatter ReadError RegexFlag RegistryError Repr ReprEnum ' +
  'SEND SEND_GEN SETUP_ANNOTATIONS SETUP_CLEANUP SETUP_FINALLY SETUP_WITH SET_ADD SET_UPDATE SJIS ' +
  'SPECIAL_CHARS SRE_FLAG_ASCII SRE_FLAG_DEBUG SRE_FLAG_DOTALL SRE_FLAG_IGNORECASE SRE_FLAG_LOCALE ' +
  'SRE_FLAG_MULTILINE SRE_FLAG_TEMPLATE SRE_FLAG_UNICODE SRE_FLAG_VERBOSE SRE_INFO_CHARSET ' +
  'SRE_INFO_LITERAL SRE_INFO_PREFIX STAR STORE_ATTR STORE_ATTR_INSTANCE_VALUE STORE_ATTR_SLOT ' +
  'STORE_ATTR_WITH_HINT STORE_DEREF STORE_FAST STORE_FAST_MAYBE_NULL STORE_FAST__LOAD_FAST ' +
  'STORE_FAST__STORE_FAST STORE_GLOBAL STORE_NAME STORE_OPS STORE_SLICE STORE_SUBSCR ' +
  'STORE_SUBSCR_DICT STORE_SUBSCR_LIST_INT STRICT SUBPATTERN SUCCESS SUCCESS_CODES SUPPRESS SWAP ' +
  'SameFileError Scanner SimpleNamespace SpecialFileError State StrEnum SubPattern TACTIS TEMPLATE ' +
  'THOUSEP TYPE_FLAGS T_FMT T_FMT_AMPM TarError Tokenizer TracebackType UNARY_INVERT UNARY_NEGATIVE ' +
  'UNARY_NOT UNICODE UNIQUE UNKNOWN UNPACK_EX UNPACK_SEQUENCE UNPACK_SEQUENCE_LIST ' +
  'UNPACK_SEQUENCE_TUPLE UNPACK_SEQUENCE_TWO_TUPLE Union UnionType UserDict UserList UserString ' +
  'VARARGS VARKEYWORDS VERBOSE VERSIONS WHITESPACE WHITESPACES WITH_EXCEPT_START ' +
  'WRAPPER_ASSIGNMENTS WRAPPER_UPDATES WeakKeyDictionary WrapperDescriptorType YESEXPR YIELD_VALUE ' +
  'ZERO_OR_MORE ZIP_DEFLATED ZLIB_RUNTIME_VERSION ZLIB_VERSION Z_BEST_COMPRESSION Z_BEST_SPEED ' +
  'Z_BLOCK Z_DEFAULT_COMPRESSION Z_DEFAULT_STRATEGY Z_FILTERED Z_FINISH Z_FIXED Z_FULL_FLUSH ' +
  'Z_HUFFMAN_ONLY Z_NO_COMPRESSION Z_NO_FLUSH Z_PARTIAL_FLUSH Z_RLE Z_SYNC_FLUSH Z_TREES ZipFile ' +
  '_ARCHIVE_FORMATS _ASSERT_CODES _ActionsContainer _AppendAction _AppendConstAction _ArgumentGroup ' +
  '_AttributeHolder _BITS_TRANS _BZ2_SUPPORTED _C _CODEBITS _COPYFILE_DATA _CacheInfo ' +
  '_ChoicesPseudoAction _CountAction _DATE_FMT _DEPRECATED_MSG _EXTRA_CASES _EnumDict ' +
  '_ExceptionTableEntry _ExtendAction _GeneratorWrapper _GeneratorWrapper__isgen ' +
  '_GeneratorWrapper__wrapped _GiveupOnFastCopy _HAS_FCOPYFILE _HEAPTYPE _HashedSeq _HelpAction ' +
  '_INT_BITS _INT_OVERFLOW _Instruction _LITERAL_CODES _LZMA_SUPPORTED ' +
  '_LazyLoader__check_eager_loader _Link _MAXCACHE _MAXCACHE2 _MODE_CLOSED _MODE_READ _MODE_WRITE ' +
  '_MutuallyExclusiveGroup _NOT_FOUND _NamedIntConstant _OPARG_WIDTH _OPNAME_WIDTH _OptionError ' +
  '_OrderedDictItemsView _OrderedDictKeysView _OrderedDictValuesView _RELOADING _REPEATCODES ' +
  '_REPEATING_CODES _SUCCESS_CODES _Section _StoreAction _StoreConstAction _StoreFalseAction ' +
  '_StoreTrueAction _SubParsersAction _Tokenizer__next _UNITCODES _UNIT_CODES _UNPACK_FORMATS ' +
  '_UNRECOGNIZED_ARGS_ATTR _USE_CP_SENDFILE _Unknown _UserList__cast _VersionAction ' +
  '_WARNING_DETAILS _WINDOWS _WIN_DEFAULT_PATHEXT _ZLIB_SUPPORTED _ZlibDecompressor __ __cast ' +
  '__concat__ __dataclass_fields__ __dataclass_params__ __deepcopy__ __iconcat__ __inv__ ' +
  '__members__ __new_member__ __next __not__ __order__ __orig_bases__ __signature__ ' +
  '__vectorcalloffset__ __version__ _abs _access_check _action_groups _action_max_length _actions ' +
  '_add_action _add_container_actions _add_filter _add_item _all_bits_ _all_opmap _all_opname ' +
  '_append_modifier _args _as_int _asdict _attr_type _attributes _attrs _auto_called _auto_null ' +
  '_basename _binary_ops _boundary_ _break_on_call_reduce _buffer _bufsize _build_localename ' +
  '_builtin_open _builtin_str _bytes_to_codes _bz2 _c2py_ops _c3_merge _c3_mro _cache2 ' +
  '_cache_format _calculate_meta _call _casefix _catalog _category_name _cell_factory _chain ' +
  '_charset _check_can_read _check_can_seek _check_can_write _check_conflict ' +
  '_check_for_existing_members_ _check_not_closed _check_unpack_options _check_value ' +
  '_choices_actions _class_escape _clear_cache _closefp _cls _cls_name _cls_type _code _collections ' +
  '_combine_flags _compare_digest _compile _compile_charset _compile_info _compile_pattern ' +
  '_compile_template _compiler _compose_mro _compression _compressor _constants _container _convert ' +
  '_convert_ _copy_items _copyfileobj_readinto _copytree _copyxattr _count_elements _create_ ' +
  '_current_domain _current_indent _current_section _dataclass_repr _decode_filter_properties ' +
  '_decomp_args _decomp_factory _decompressor _dedent _default_localedir _defaults _del _deoptop ' +
  '_deprecated_default _deque_iterator _deque_reverse_iterator _destinsrc _dict _disassemble ' +
  '_disassemble_bytes _disassemble_recursive _disassemble_str _empty_slot _encode_filter_properties ' +
  '_encoding _ensure_directory _entered _eof _eq _error _errors _escape _expand_help _expand_lang ' +
  '_extension_cache _extension_registry _fallback _fastcopy_fcopyfile _fastcopy_sendfile _fcopyfile ' +
  '_field_defaults _fields _fill_text _filter _filters _filters_version _find_data_repr_ ' +
  '_find_data_type_ _find_impl _find_imports _find_new_ _find_store_names _find_unpack_format ' +
  '_flag_mask_ _format _format_action _format_action_invocation _format_actions_usage _format_args ' +
  '_format_code_info _format_text _format_usage _formatwarning_orig _formatwarnmsg ' +
  '_formatwarnmsg_impl _fp _functools _g _ge_from_gt _ge_from_le _ge_from_lt _generate_next_value ' +
  '_generate_next_value_ _generate_overlap_table _get _get_action_name _get_args ' +
  '_get_charset_prefix _get_code_array _get_code_object _get_const_info _get_const_value ' +
  '_get_default_metavar_for_optional _get_default_metavar_for_positional _get_formatter _get_gid ' +
  '_get_handler _get_help_string _get_instructions_bytes _get_iscased _get_kwargs ' +
  '_get_literal_prefix _get_mixins_ _get_name_info _get_nargs_pattern _get_option_tuples ' +
  '_get_optional_actions _get_optional_kwargs _get_positional_actions _get_positional_kwargs ' +
  '_get_subactions _get_uid _get_value _get_values _get_versions _getaction _getcategory ' +
  '_getdefaultlocale _getdiskusage _gnv _group _group_actions _grouper _grouping_intervals ' +
  '_gt_from_ge _gt_from_le _gt_from_lt _handle_conflict_error _handle_conflict_resolve ' +
  '_has_negative_number_optionals _have_code _hex_code _high_bit _ignore _ignore_ _ignore_patterns ' +
  '_indent _indent_increment _info _init_categories _initial_missing _inline_cache_entries _int ' +
  '_intrinsic_1_descs _intrinsic_2_descs _inverted_ _inverted_registry _is_backward_jump ' +
  '_is_descriptor _is_dunder _is_filename_to_skip _is_immutable _is_internal_class ' +
  '_is_internal_filename _is_internal_frame _is_private _is_single_bit _is_sunder _is_union_type ' +
  '_is_valid_dispatch_type _iskeyword _islink _itemgetter _items _iter_bits_lsb ' +
  '_iter_indented_subactions _iter_member_ _iter_member_by_def_ _iter_member_by_value_ _join ' +
  '_join_parts _keep_positive _key _kwargs _last_values _le_from_ge _le_from_gt _le_from_lt _len ' +
  '_level _line_offset _linestarts _locale _localeconv _localedirs _localize _long_break_matcher ' +
  '_lru_cache_wrapper _lt_from_ge _lt_from_gt _lt_from_le _lzma _m _make _make_class_unpicklable ' +
  '_make_key _make_tarball _make_unbound_method _make_zipfile _makecodes _map _match_argument ' +
  '_match_arguments_partial _max_help_position _member_map_ _member_names _member_names_ ' +
  '_member_type_ _metavar_formatter _method _missing_ _mk_bitmap _module _mutually_exclusive_groups ' +
  '_name_ _name_parser_map _nb_ops _negative_number_matcher _new_member_ _new_type ' +
  '_next_external_frame _nop _ntuple_diskusage _numeric_repr_ _old_convert_ _opcode _opcodes_all ' +
  '_operator _optimize_charset _option_string_actions _option_strings _optionals _or_ _ord _order_ ' +
  '_original_object _override_localeconv _parse _parse_exception_table _parse_flags ' +
  '_parse_known_args _parse_localename _parse_optional _parse_sub _parse_varint _parser ' +
  '_parser_class _partialmethod _percent_re _pickle _pop_action_class _pos _positionals ' +
  '_possibly_sorted _print_locale _print_message _processoptions _prog _prog_prefix _proto_member ' +
  '_proxy _pseudo_ops _re _read_args_from_files _reconstructor _record _recursive_repr _reduce_ex ' +
  '_reduce_ex_by_global_name _registries _registry_get _remove_action _repeat _replace ' +
  '_replace_encoding _repr_iterable _rewind _rmtree_islink _rmtree_safe_fd _rmtree_unsafe ' +
  '_root_section _samefile _set_uid_gid _setlocale _setoption _showwarning _showwarning_orig ' +
  '_showwarnmsg_impl _simple _simple_enum _singles_mask_ _size _sort_order_ _special_chars_map ' +
  '_specializations _specialized_instructions _split_lines _sre _starmap _stdlib_enums _strcoll ' +
  '_strip_padding _strxfrm _subparsers _sys _tee _tee_dataobject _test _test_simple_enum ' +
  '_token_pattern _tokenize _trailing_error _translations _try_compile _tuple _tuple_new ' +
  '_tuplegetter _unhashable_values_ _uniq _unpack_opargs _unpack_tarfile _unpack_zipfile ' +
  '_unrecognized_args _unwrap_partial _use_args_ _use_fd_functions _user _value2member_map_ _value_ ' +
  '_value_repr_ _version _warnings_defaults _whitespace_matcher _width _win_path_needs_curdir _zip ' +
  'a3 a3_az aRepr aa_dj aa_er aa_et abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ abcs ' +
  'abstract_bases abstract_c3_mros accumulate action action_class action_conflicts action_group ' +
  'action_header action_length action_name action_tuples action_usage action_width actions ' +
  'actions_slice adaptive add_argument add_argument_group add_arguments add_extension add_fallback ' +
  'add_flags add_group add_help add_mutually_exclusive_group add_parser add_subparsers add_text ' +
  'add_usage addgroup additional addliteral adler32 af af_ZA af_za agr_pe ajec ak_gh alias_details ' +
  'all_bits allow_abbrev allowed alpha already altkey am am_ET am_et american amount an_es and and_ ' +
  'ann annotation annotations anp_in append_const appendleft ar ar_AE ar_BH ar_DZ ar_EG ar_IQ ar_JO ' +
  'ar_KW ar_LB ar_LY ar_MA ar_OM ar_QA ar_SA ar_SY ar_TN ar_YE ar_aa ar_ae ar_bh ar_dz ar_eg ar_in ' +
  'ar_iq ar_jo ar_kw ar_lb ar_ly ar_ma ar_om ar_qa ar_sa ar_sd ar_ss ar_sy ar_tn ar_ye arcdirpath ' +
  'archive_dir archive_name arcname arg_count arg_counts arg_line arg_list arg_string ' +
  'arg_string_pattern_parts arg_strings arg_strings_iter arg_strings_pattern argname argparse ' +
  'argrepr args_file args_str args_string argtypes argument argument_default argument_name ' +
  'argument_strings argument_values argval arn_CL as as_IN as_global as_in ascii_iscased ' +
  'ascii_tolower asname assert assigned ast_es async atof atoi atomic attrgetter attrname attrs ' +
  'auto auto_valued av avoids_symlink_attacks await ayc_pe az az_AZ az_az az_ir b_item ba_RU ' +
  'base_chain base_dir base_meta base_name batched be be_BY be_by bem_zm ber_dz ber_ma bg bg_BG ' +
  'bg_bg bho_in bho_np bi_vu binary_file bind_textdomain_codeset bindtextdomain blanks blocksize ' +
  'bltns bn_IN bn_bd bn_in bo_BT bo_CN bo_cn bo_in body bokmal boundary br br_FR br_fr branch break ' +
  'brx_in bs bs_BA bs_ba buf buflen builtin_keys_version bulgarian byn_er byte_view bz_mode bzip2 ' +
  'bztar c2py c_c ca ca_ES ca_ad ca_es ca_fr ca_it cache_clear cache_get cache_info cache_len ' +
  'cache_parameters cache_token cached_property caches canonical_member capture case cases cat ' +
  'catalan catalog categories cause ce_ru ceiling cextend ch charmap charname charset charsetappend ' +
  'check checked_dict checked_enum checked_keys checked_member_dict checked_member_keys ' +
  'checked_method checked_value checkgroup checkgroupname checklookbehindgroup checks chmod_func ' +
  'choice choice_action choice_strs choices choices_str chr_us chunk chunks ckb_iq class class_ ' +
  'class_name class_namespace class_type classdict clear_extension_cache closegroup cls_name ' +
  'cls_or_self clsname cmn_tw cmp_op cmp_to_key co co_FR code1 code2 code_info codeobj codeset ' +
  'col_offset collections colno combinations combinations_with_replacement combined_value ' +
  'comparators compress_ext compressed compressed_checked_value compressed_simple_value compression ' +
  'compresslevel compressobj concat condgroup condname confl_optional confl_optionals ' +
  'conflict_action conflict_handler conflict_string conflicting_actions conflicts const constructor ' +
  'constructor_ob consume_optional consume_positionals container contains context_expr continue ' +
  'conv conversion convert_arg_line_to_args convert_class copy2 copy_function copyfile copyfileobj ' +
  'copymode copystat copytree countOf counter crc32 crh_ua croatian cs cs_CZ cs_cs cs_cz csb_pl ctx ' +
  'ctxt_msg_id curr currency currency_symbol current_indent current_offset current_token currsize ' +
  'cv_ru cy cy_GB cy_gb cycle cz cz_cz czech da da_DK da_dk danish dansk data_type_method ' +
  'data_types dcf dcgettext dd de de_AT de_CH de_DE de_LI de_LU de_at de_be de_ch de_de de_it de_lu ' +
  'decimal_point decoded_string decomp decomp_args decomp_factory decompressobj decorating_function ' +
  'decorator_list def def_op default_factory default_metavar default_prefix defaultdict ' +
  'defaulting_nargs defaults defmod del del_flags delitem delocalize deop deoptmap deque desc descr ' +
  'description descriptor_type dest dest_option_string deutsch dgettext dict_delitem dict_setitem ' +
  'dirfd_closed dirnames dirs_exist_ok dis dis_ disassemble disco disk_usage dispatch ' +
  'dispatch_cache dispatcher distb div_MV dl dngettext dnpgettext do_setlocale doi_in domain ' +
  'dpgettext dropwhile dry_run dsb_DE dst_ dstname duplicates dutch dv_mv dz_bt eEfFgGdiu e_pattern ' +
  'ee ee_ee eesti el el_GR el_cy el_gr element elements elif else elt elts emit en en_AU en_BZ ' +
  'en_CA en_CB en_GB en_IE en_IN en_JA en_MY en_NZ en_PH en_TT en_US en_ZA en_ZW en_ag en_au en_be ' +
  'en_bw en_ca en_dk en_gb en_hk en_ie en_il en_in en_ng en_nz en_ph en_sg en_uk en_us en_za en_zm ' +
  'en_zw enc end_col_offset end_section eng_gb english english_uk english_us enum enum_class ' +
  'enum_dict enum_member enum_method enum_type enumeration envar envvars eo eo_eo eo_xx epilog eq ' +
  'errorcode es es_AR es_BO es_CL es_CO es_CR es_DO es_EC es_ES es_GT es_HN es_MX es_NI es_PA es_PE ' +
  'es_PR es_PY es_SV es_UR es_US es_VE es_ar es_bo es_cl es_co es_cr es_cu es_do es_ec es_es es_gt ' +
  'es_hn es_mx es_ni es_pa es_pe es_pr es_py es_sv es_us es_uy es_ve escape estonian et et_EE et_ee ' +
  'etype eu eu_ES eu_es eu_fr eucJP eucKR euro except exception_entries exec_body ' +
  'existing_extensions exit_on_error expand explicit_arg explicit_bases explicit_c3_mros ' +
  'exposed_actions_count ext extended_arg extendleft extra_args extract extract_dir extractall ' +
  'extrainfo extras fa fa_IR fa_ir failed failed_member fallback fasttypes fd_closed fdoc fdst ' +
  'fdst_write ff_sn fi fi_FI fi_fi field_defaults field_name field_names fields fil_PH fil_ph ' +
  'filenames fill filter_kwargs filterfalse filterwarnings finalbody finally findall finditer ' +
  'findlabels findlinestarts finnish first first_enum first_line fix_flags fixed fixes fixup flag ' +
  'flag_mask flags1 floordiv fnmatch fnmatchcase fo fo_FO fo_fo follow for format_help format_info ' +
  'format_list format_spec format_string format_usage formats formatted formatter formatter_class ' +
  'formatwarning found found_descriptor found_method fr fr_BE fr_CA fr_CH fr_FR fr_LU fr_MC fr_be ' +
  'fr_ca fr_ch fr_fr fr_lu frac_digits frame fre_fr free french french_france from from_iterable ' +
  'from_op from_traceback fromfile_prefix_chars fsrc fsrc_read fsrc_readinto full fullmatch ' +
  'func_version function functools fur_it fw fy_NL fy_de fy_nl ga ga_IE ga_ie galego galician ' +
  'gbz_AF gd gd_gb ge gen generators ger_de german german_germany get_archive_formats get_args ' +
  'get_default get_instructions get_invocation get_lines get_metavar get_name get_object_traceback ' +
  'get_origin get_original_bases get_specialization_stats get_subactions get_type_hints ' +
  'get_unpack_formats getandroidapilevel getcodesize getdefaultlocale getencoding getgrnam getitem ' +
  'getline getlines getlocale getpreferredencoding getters gettext gettotalrefcount getuntil ' +
  'getwhile getwidth gez_er gez_et gl gl_ES gl_es global global_enum global_enum_repr ' +
  'global_flag_repr global_str gname gnv gnv_last_values got_all group_action_count group_actions ' +
  'group_map groupby groupdict grouping grouprefpos groupwidths grp gsw_FR gt gu_IN gu_in guard gv ' +
  'gv_gb gz gzip gztar ha_NG ha_ng hak_tw handler_func_name handlers hasarg hascased hascompare ' +
  'hasconst hasexc hasfree hashvalue hasjabs hasjrel haslocal hasname he he_IL he_il heading heapq ' +
  'help_lines help_position help_text help_width hi_IN hi_in hif_fj high high_bit hint hits hne ' +
  'hne_in hr hr_BA hr_HR hr_hr hrvatski hsb_de ht_ht hu hu_HU hu_hu hungarian hy_AM hy_am i_c i_n ' +
  'ia ia_fr iadd iand icelandic iconcat id_ID id_id identity idx if if_false if_true ifloordiv ifs ' +
  'ig_ng ignore_dangling_symlinks ignore_patterns ignored_names ii ii_CN ik_ca ilshift imatmul ' +
  'immutable_states imod impl import import_module imul in in_id indent indent_first ' +
  'indent_increment indent_length indexOf infd infile infolist initial_indent initlist inp inserts ' +
  'inst install instr int_curr_symbol int_frac_digits interesting international interval inv ' +
  'invalid_names invert invocation_length invocations ior ipow irshift is is_ is_IS is_async ' +
  'is_check_supported is_current_instr is_is is_jump_target is_not is_pseudo is_related ' +
  'is_strict_base is_tracing is_zipfile iscased iskeyword islice isoctal issoftkeyword isstring ' +
  'isub it_CH it_IT it_ch it_it italian item_help item_no item_yes itemgetter itemsappend itertools ' +
  'itr itruediv iu iu_CA iu_ca iw iw_il ixor ja ja_JP ja_jp jabs_op japan japanese jis jis7 jp_jp ' +
  'jrel_op ka ka_GE ka_ge kab_dz keyrepr keys_version keyword keywords kh_KH kk_KZ kk_kz kl kl_GL ' +
  'kl_gl km_kh kn kn_IN kn_in ko ko_KR ko_kr koi8_t koi8_u koi8c kok_IN kok_in ks ks_in ku_tr ' +
  'kw_defaults kw_gb kwarg kwd_attrs kwd_mark kwd_patterns kwdefaults kwlist kwonlyargs ky ky_KG ' +
  'ky_kg label labels lang lang_enc langname language languages lappend last_interval last_values ' +
  'lastgroup lasti lastindex lastk lastline lb_LU lb_lu lchmod le left left_spaces length_hint ' +
  'level_op lexicon lg_ug li_be li_nl lij_it line_len line_offset linecache lineno_fmt lineno_width ' +
  'linestarts link_next link_prev linkto linux literal lithuanian ln ln_cd lo_LA lo_la loc ' +
  'locale_alias locale_encoding_alias localeconv localedir localename localetuple localize log ' +
  'logger long_option_strings lookbehindgroups lookup_name low lpos lru_cache lshift lt lt_LT lt_lt ' +
  'lv lv_LV lv_lv lz_mode lzh_tw lzma machinery mag_in mai mai_in mai_np major_version make_archive ' +
  'make_key maketrans mapping_get maps mark_as_current marker mask masteridx match_argument ' +
  'match_partial matches matmul max_bits max_help_position max_option_string_index maxarray ' +
  'maxdeque maxdict maxfrozenset maxiter maxlen maxlevel maxlineno maxlist maxlong maxoffset ' +
  'maxother maxset maxstring maxtuple member member_list member_map member_name member_names ' +
  'member_type member_value member_values members memo mend messages meta metacls metavar ' +
  'methodcaller mfe_mu mg_mg mhr_ru mi_NZ mi_nz microsoftcp1251 microsoftcp1255 microsoftcp1256 ' +
  'minor_version miq_ni missed misses missing_names missing_value mjw_in mk mk_MK mk_mk ml ml_IN ' +
  'ml_in mlen mn_CN mn_MN mn_mn mni_in mo mode_code modifier modifiers module_keys_version moff ' +
  'mofile mofiles moh_CA mon_decimal_point mon_grouping mon_thousands_sep monetary more_members ' +
  'most_common move mr mr_IN mr_in ms ms_BN ms_MY ms_my msg_lines msgcount msgid1 msgid2 mt mt_MT ' +
  'mt_mt mul multi_bits mutex_action mutex_group mv my_mm n_cs_precedes n_sep_by_space n_sign_posn ' +
  'name_index name_op namedtuple namedtuple_ nan_tw nargs nargs_errors nargs_pattern nb nb_NO nb_no ' +
  'nds_de nds_nl ne ne_NP ne_np needs_input neg neg_value negate negative_sign nelang nelangs ' +
  'new_arg_strings new_base new_bases new_child new_class new_exc new_explicit_arg new_f new_func ' +
  'new_member new_source_line new_val newcount newlevel next_option_string_index nexttok ngettext ' +
  'nhn_mx niu_nu niu_nz nl nl_BE nl_NL nl_aw nl_be nl_langinfo nl_nl nlargest nn nn_NO nn_no no ' +
  'no_no non_auto_store nonlocal nonmember nonpositive normalize normdir norwegian not not_ ' +
  'npgettext nr nr_za ns_ZA nso nso_za num num_fields ny ny_no nynorsk ob_type object_method oc ' +
  'oc_FR oc_fr offset_width ogid old_loc oldkey oldresult oldroot om_et om_ke once oncekey onexc op ' +
  'op_result opargs opengroup operand operator opfunc oplist oplists opmap opname ops opt_parts ' +
  'opt_usage option option_prefix option_string option_string_indices option_strings option_tuple ' +
  'option_tuples optional_vars optionals optionals_map or or_ or_IN or_in orelse original ' +
  'original_names os_ru other_bases other_c3_mros other_count out outfd overwrite_doc ownerclass ' +
  'p_cs_precedes p_sep_by_space p_sign_posn pa pa_IN pa_in pa_pk pairwise pap_an pap_aw pap_cw ' +
  'params parents parse parse_args parse_intermixed_args parse_known_args ' +
  'parse_known_intermixed_args parse_template parser parser_class parser_name parsers parsers_class ' +
  'part_regexp part_strings partial partialmethod parts pass pat pat_len pat_str pathext ' +
  'pathext_source patterns pd pd_de pd_us perc percents permutations pgettext ph ph_ph phrase ' +
  'pickle pickle_by_enum_name pickle_by_global_name pickle_complex pickle_function pickle_union ' +
  'pieces pkgpath pl pl_PL pl_pl plural pm polish popleft portuguese portuguese_brazil pos_parts ' +
  'pos_usage positionals positionals_end_index positions positive_sign posonlyargs possible pp ' +
  'pp_an precedes prefix1 prefix_chars prefix_len prefix_skip prefix_skip1 prefixappend ' +
  'prepare_class preset pretty_flags prev print_ print_2 print_help print_usage product prog ps_AF ' +
  'ps_af pseudo_member pseudo_op pt pt_BR pt_PT pt_br pt_pt purge qualname qut_GT quz_BO quz_EC ' +
  'quz_PE quz_pe raise raj_in rawblock real_dst real_ops recursive_repr redirect reduce ' +
  'register_archive_format register_unpack_format registry_name regs remaining_args ' +
  'remove_extension remove_formatted repeat repr1 repr_ repr_array repr_deque repr_dict repr_fmt ' +
  'repr_frozenset repr_instance repr_int repr_list repr_running repr_set repr_str repr_tuple ' +
  'reprlib required required_actions res_str resetlocale resetwarnings resolve_bases resolved_bases ' +
  'results ret returns right right_spaces rm_CH rmtree ro ro_RO ro_ro romanian root_dir roots rop ' +
  'rotate rpos rshift ru ru_RU ru_ru ru_ua rumanian runpy runs russian rw rw_RW rw_rw s_pattern ' +
  'sa_IN sa_in sah_RU sat_in save_cwd save_default save_nargs save_new save_required save_usage ' +
  'sc_it scan scanner sd sd_in sd_pk se_FI se_NO se_SE se_no section seen_actions ' +
  'seen_non_default_actions selected_pattern selected_patterns self_get sent sentinel separated seq ' +
  'seqtypes sequences serbocroatian set_defaults setappend setitem setlocale sget sgs_lt sh sh_hr ' +
  'sh_sp sh_yu share shift shn_mm short_explicit_arg short_option_prefix show_caches show_code ' +
  'show_flag_values show_lineno showwarning shs_ca shutil si si_LK si_lk sid_et sign sign_pos ' +
  'signed_arg simple simple_dict simple_enum simple_keys simple_member_dict simple_member_keys ' +
  'simple_method simple_value single single_bits singledispatch singledispatchmethod singles_mask ' +
  'sinhala sizeof sk sk_SK sk_sk skip skipno skipyes sl sl_SI sl_cs sl_si slot slots slovak slovene ' +
  'slovenian sm_ws sma_NO sma_SE smb smj_NO smj_SE smn_FI sms_FI smv so_dj so_et so_ke so_so ' +
  'soft_link softkwlist sourceget sourcematch sp sp_yu spanish spanish_spain spec_op specialized sq ' +
  'sq_AL sq_al sq_mk sr_BA sr_SP sr_cs sr_me sr_rs sr_sp sr_yu src_ srcentry srcname srcobj ss ' +
  'ss_za st_file_attributes st_flags st_za stack_effect star_args starcount starmap start_index ' +
  'start_section starts_line stat_func stmd stop_index store store_const store_false store_true ' +
  'strcoll strings stripped struct strxfrm stuff sub sub_verbose subaction subcls subcommands ' +
  'subject subn subnamespace subpattern subpatternappend subsequent_indent subtract sup super_init ' +
  'superinit supports_root_dir suppressed_actions_count sv sv_FI sv_SE sv_fi sv_se sw sw_KE sw_ke ' +
  'sw_tz swedish symbol symlinks syr_SY szl_pl ta ta_IN ta_in ta_lk tactis tailappend take_action ' +
  'takewhile tar tar_compression tarfile targetpath targets tarinfo tarobj te te_IN te_in tee tend ' +
  'terminator territory text_width textdomain tg tg_TJ tg_tj th th_TH th_th that the_np thefile ' +
  'this thousands_sep ti_er ti_et tig_er title_group_map tk_TM tk_tm tl tl_ph tlen tmp_cls tmsg ' +
  'tmz_DZ tn tn_ZA tn_za to to_to toff tokens tolower total total_ordering tp tpi_pg tr tr_TR tr_cy ' +
  'tr_tr tracing trail trailing_error transidx translation truediv truth try ts ts_za tt tt_RU ' +
  'tt_ru tup tuple_new tuple_size turkish type_comment type_func type_ignores type_name type_set ' +
  'typecode typed typename ug_CN ug_cn uk uk_UA uk_ua unconsumed_tail unicode_iscased ' +
  'unicode_tolower unicodedata unique univ universal unm_us unpack unpack_archive ' +
  'unregister_archive_format unregister_unpack_format unused_data update_str update_wrapper updated ' +
  'ur ur_IN ur_PK ur_in ur_pk usage use_args use_bytes use_srcentry used user_function uz uz_UZ ' +
  'uz_uz v_repr valrepr value2member_map vararg variable varname_from_oparg ve ve_exc ve_za verify ' +
  'vi vi_VN vi_vn view wa wa_be wae_ch wal_et wax weakref wen_DE while windows_locale winner with ' +
  'wo_SN wo_sn wrap wrapped wrapper wraps x1 xb xh xh_ZA xh_za xor xz xztar yi yi_us yield yo_NG ' +
  'yo_ng yue_hk yuw_pg zf zh zh_CHS zh_CHT zh_CN zh_HK zh_MO zh_SG zh_TW zh_cn zh_hk zh_sg zh_tw ' +
  'zip_filename zip_longest zipfile zu zu_ZA zu_za ' +
  '';

/** Interned under `python FILE.py` only (space-separated). */
export const disInternedRemoved312: string =

  '';
