// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-dis-interned-names.py from CPython 3.11.7.
// Stage: version data; depends on nothing. How the name-like strings already interned when
// `python -m dis FILE` compiles FILE differ from those interned when `python FILE.py` starts
// compiling FILE (interned-names.generated.ts), PYTHONHASHSEED=0, gen-golden.py's env.

/** Interned under `-m dis` only (space-separated). */
export const disInternedAdded311: string =
  '0123456789 0x 88591 885915 88592 88595 ABDAY_1 ABDAY_2 ABDAY_3 ABDAY_4 ABDAY_5 ABDAY_6 ABDAY_7 ' +
  'ABMON_1 ABMON_10 ABMON_11 ABMON_12 ABMON_2 ABMON_3 ABMON_4 ABMON_5 ABMON_6 ABMON_7 ABMON_8 ' +
  'ABMON_9 ALT_DIGITS AM_STR ASYNC_GENERATOR ASYNC_GEN_WRAP Action ArgumentDefaultsHelpFormatter ' +
  'ArgumentError ArgumentTypeError BEFORE_ASYNC_WITH BEFORE_WITH BE_MAGIC BINARY_OP ' +
  'BINARY_OP_ADAPTIVE BINARY_OP_ADD_FLOAT BINARY_OP_ADD_INT BINARY_OP_ADD_UNICODE ' +
  'BINARY_OP_INPLACE_ADD_UNICODE BINARY_OP_MULTIPLY_FLOAT BINARY_OP_MULTIPLY_INT ' +
  'BINARY_OP_SUBTRACT_FLOAT BINARY_OP_SUBTRACT_INT BINARY_SUBSCR BINARY_SUBSCR_ADAPTIVE ' +
  'BINARY_SUBSCR_DICT BINARY_SUBSCR_GETITEM BINARY_SUBSCR_LIST_INT BINARY_SUBSCR_TUPLE_INT ' +
  'BUILD_CONST_KEY_MAP BUILD_LIST BUILD_MAP BUILD_SET BUILD_SLICE BUILD_STRING BUILD_TUPLE ' +
  'BooleanOptionalAction Bytecode CACHE CALL CALL_ADAPTIVE CALL_FUNCTION_EX CALL_PY_EXACT_ARGS ' +
  'CALL_PY_WITH_DEFAULTS CHAR_MAX CHECK_EG_MATCH CHECK_EXC_MATCH CODESET COMPARE_OP ' +
  'COMPARE_OP_ADAPTIVE COMPARE_OP_FLOAT_JUMP COMPARE_OP_INT_JUMP COMPARE_OP_STR_JUMP ' +
  'COMPILER_FLAG_NAMES COMPONENT_CODESET COMPONENT_MODIFIER COMPONENT_TERRITORY CONTAINS_OP CONTEXT ' +
  'COPY COPY_FREE_VARS COROUTINE CP1251 CP1255 CP1256 CRNCYSTR Catalog DAY_1 DAY_2 DAY_3 DAY_4 ' +
  'DAY_5 DAY_6 DAY_7 DELETE_ATTR DELETE_DEREF DELETE_FAST DELETE_GLOBAL DELETE_NAME DELETE_SUBSCR ' +
  'DICT_MERGE DICT_UPDATE D_FMT D_T_FMT END_ASYNC_FOR ERA ERA_D_FMT ERA_D_T_FMT ERA_T_FMT ' +
  'EXTENDED_ARG EXTENDED_ARG_QUICK FORMAT_VALUE FORMAT_VALUE_CONVERTERS FOR_ITER FileType GENERATOR ' +
  'GET_AITER GET_ANEXT GET_AWAITABLE GET_ITER GET_LEN GET_YIELD_FROM_ITER GNUTranslations ' +
  'HAVE_ARGUMENT HelpFormatter IMPORT_FROM IMPORT_NAME IMPORT_STAR INVALID IS_OP ITERABLE_COROUTINE ' +
  'Instruction JIS7 JUMP_BACKWARD JUMP_BACKWARD_NO_INTERRUPT JUMP_BACKWARD_QUICK JUMP_FORWARD ' +
  'JUMP_IF_FALSE_OR_POP JUMP_IF_TRUE_OR_POP KW_NAMES LANG LANGUAGE LC_ LC_ALL LC_COLLATE LC_CTYPE ' +
  'LC_MESSAGES LC_MONETARY LC_NUMERIC LC_TIME LE_MAGIC LIST_APPEND LIST_EXTEND LIST_TO_TUPLE ' +
  'LOAD_ASSERTION_ERROR LOAD_ATTR LOAD_ATTR_ADAPTIVE LOAD_ATTR_INSTANCE_VALUE LOAD_ATTR_MODULE ' +
  'LOAD_ATTR_SLOT LOAD_ATTR_WITH_HINT LOAD_BUILD_CLASS LOAD_CLASSDEREF LOAD_CLOSURE LOAD_CONST ' +
  'LOAD_CONST__LOAD_FAST LOAD_DEREF LOAD_FAST LOAD_FAST__LOAD_CONST LOAD_FAST__LOAD_FAST ' +
  'LOAD_GLOBAL LOAD_GLOBAL_ADAPTIVE LOAD_GLOBAL_BUILTIN LOAD_GLOBAL_MODULE LOAD_METHOD ' +
  'LOAD_METHOD_ADAPTIVE LOAD_METHOD_CLASS LOAD_METHOD_MODULE LOAD_METHOD_NO_DICT ' +
  'LOAD_METHOD_WITH_DICT LOAD_METHOD_WITH_VALUES LOAD_NAME MAKE_CELL MAKE_FUNCTION ' +
  'MAKE_FUNCTION_FLAGS MAP_ADD MATCH_CLASS MATCH_KEYS MATCH_MAPPING MATCH_SEQUENCE MON_1 MON_10 ' +
  'MON_11 MON_12 MON_2 MON_3 MON_4 MON_5 MON_6 MON_7 MON_8 MON_9 MetavarTypeHelpFormatter NB_ADD ' +
  'NB_AND NB_FLOOR_DIVIDE NB_INPLACE_ADD NB_INPLACE_AND NB_INPLACE_FLOOR_DIVIDE NB_INPLACE_LSHIFT ' +
  'NB_INPLACE_MATRIX_MULTIPLY NB_INPLACE_MULTIPLY NB_INPLACE_OR NB_INPLACE_POWER ' +
  'NB_INPLACE_REMAINDER NB_INPLACE_RSHIFT NB_INPLACE_SUBTRACT NB_INPLACE_TRUE_DIVIDE NB_INPLACE_XOR ' +
  'NB_LSHIFT NB_MATRIX_MULTIPLY NB_MULTIPLY NB_OR NB_POWER NB_REMAINDER NB_RSHIFT NB_SUBTRACT ' +
  'NB_TRUE_DIVIDE NB_XOR NESTED NEWLOCALS NOEXPR NOFREE NOP Namespace NullTranslations ONE_OR_MORE ' +
  'OPTIMIZED OPTIONAL PARSER PM_STR POP_EXCEPT POP_JUMP_BACKWARD_IF_FALSE POP_JUMP_BACKWARD_IF_NONE ' +
  'POP_JUMP_BACKWARD_IF_NOT_NONE POP_JUMP_BACKWARD_IF_TRUE POP_JUMP_FORWARD_IF_FALSE ' +
  'POP_JUMP_FORWARD_IF_NONE POP_JUMP_FORWARD_IF_NOT_NONE POP_JUMP_FORWARD_IF_TRUE POP_TOP PRECALL ' +
  'PRECALL_ADAPTIVE PRECALL_BOUND_METHOD PRECALL_BUILTIN_CLASS PRECALL_BUILTIN_FAST_WITH_KEYWORDS ' +
  'PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS PRECALL_NO_KW_BUILTIN_FAST PRECALL_NO_KW_BUILTIN_O ' +
  'PRECALL_NO_KW_ISINSTANCE PRECALL_NO_KW_LEN PRECALL_NO_KW_LIST_APPEND ' +
  'PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS ' +
  'PRECALL_NO_KW_METHOD_DESCRIPTOR_O PRECALL_NO_KW_STR_1 PRECALL_NO_KW_TUPLE_1 PRECALL_NO_KW_TYPE_1 ' +
  'PRECALL_PYFUNC PREP_RERAISE_STAR PRINT_EXPR PUSH_EXC_INFO PUSH_NULL Positions RADIXCHAR ' +
  'RAISE_VARARGS REMAINDER RERAISE RESUME RESUME_QUICK RETURN_GENERATOR RETURN_VALUE RK1048 ' +
  'RawDescriptionHelpFormatter RawTextHelpFormatter SEND SETUP_ANNOTATIONS SET_ADD SET_UPDATE SJIS ' +
  'STORE_ATTR STORE_ATTR_ADAPTIVE STORE_ATTR_INSTANCE_VALUE STORE_ATTR_SLOT STORE_ATTR_WITH_HINT ' +
  'STORE_DEREF STORE_FAST STORE_FAST__LOAD_FAST STORE_FAST__STORE_FAST STORE_GLOBAL STORE_NAME ' +
  'STORE_OPS STORE_SUBSCR STORE_SUBSCR_ADAPTIVE STORE_SUBSCR_DICT STORE_SUBSCR_LIST_INT SUPPRESS ' +
  'SWAP TACTIS THOUSEP T_FMT T_FMT_AMPM UNARY_INVERT UNARY_NEGATIVE UNARY_NOT UNARY_POSITIVE ' +
  'UNKNOWN UNPACK_EX UNPACK_SEQUENCE UNPACK_SEQUENCE_ADAPTIVE UNPACK_SEQUENCE_LIST ' +
  'UNPACK_SEQUENCE_TUPLE UNPACK_SEQUENCE_TWO_TUPLE VARARGS VARKEYWORDS VERSIONS WHITESPACES ' +
  'WITH_EXCEPT_START YESEXPR YIELD_VALUE ZERO_OR_MORE _ActionsContainer _AppendAction ' +
  '_AppendConstAction _ArgumentGroup _AttributeHolder _ChoicesPseudoAction _CountAction _DATE_FMT ' +
  '_ExceptionTableEntry _ExtendAction _HelpAction _INT_BITS _INT_OVERFLOW _Instruction ' +
  '_MutuallyExclusiveGroup _OPARG_WIDTH _OPNAME_WIDTH _Section _StoreAction _StoreConstAction ' +
  '_StoreFalseAction _StoreTrueAction _SubParsersAction _UNRECOGNIZED_ARGS_ATTR _Unknown ' +
  '_VersionAction _action_groups _action_max_length _actions _add_action _add_container_actions ' +
  '_add_item _all_opmap _all_opname _append_modifier _as_int _binary_ops _bufsize _build_localename ' +
  '_builtin_str _c2py_ops _cache_format _catalog _charset _check_conflict _check_value ' +
  '_choices_actions _container _copy_items _current_domain _current_indent _current_section ' +
  '_default_localedir _defaults _deoptop _disassemble _disassemble_bytes _disassemble_recursive ' +
  '_disassemble_str _empty_slot _encoding _error _errors _expand_help _expand_lang _fallback ' +
  '_fill_text _find_imports _find_store_names _format _format_action _format_action_invocation ' +
  '_format_actions_usage _format_args _format_code_info _format_text _format_usage _get_action_name ' +
  '_get_args _get_code_array _get_code_object _get_const_info _get_const_value ' +
  '_get_default_metavar_for_optional _get_default_metavar_for_positional _get_formatter ' +
  '_get_handler _get_help_string _get_instructions_bytes _get_kwargs _get_name_info ' +
  '_get_nargs_pattern _get_option_tuples _get_optional_actions _get_optional_kwargs ' +
  '_get_positional_actions _get_positional_kwargs _get_subactions _get_value _get_values ' +
  '_get_versions _getdefaultlocale _group_actions _grouping_intervals _handle_conflict_error ' +
  '_handle_conflict_resolve _has_negative_number_optionals _have_code _indent _indent_increment ' +
  '_info _init_categories _inline_cache_entries _is_backward_jump _iter_indented_subactions ' +
  '_join_parts _level _line_offset _linestarts _locale _localeconv _localedirs _localize ' +
  '_long_break_matcher _match_argument _match_arguments_partial _max_help_position ' +
  '_metavar_formatter _mutually_exclusive_groups _name_parser_map _nb_ops _negative_number_matcher ' +
  '_opcode _option_string_actions _option_strings _optionals _original_object _override_localeconv ' +
  '_parse_exception_table _parse_known_args _parse_localename _parse_optional _parse_varint ' +
  '_parser_class _percent_re _pop_action_class _positionals _print_locale _print_message _prog ' +
  '_prog_prefix _re _read_args_from_files _registries _registry_get _remove_action ' +
  '_replace_encoding _root_section _setlocale _specialization_stats _specializations ' +
  '_specialized_instructions _split_lines _strcoll _strip_padding _strxfrm _subparsers ' +
  '_token_pattern _tokenize _translations _try_compile _unpack_opargs _unrecognized_args ' +
  '_whitespace_matcher _width a3 a3_az aa_dj aa_er aa_et action_class action_conflicts action_group ' +
  'action_header action_length action_name action_tuples action_usage action_width actions ' +
  'actions_slice adaptive add_argument_group add_arguments add_fallback add_group add_help ' +
  'add_parser add_subparsers add_text add_usage additional af af_ZA af_za agr_pe ajec ak_gh ' +
  'allow_abbrev allowed am am_ET am_et american amount an_es anp_in append_const ar ar_AE ar_BH ' +
  'ar_DZ ar_EG ar_IQ ar_JO ar_KW ar_LB ar_LY ar_MA ar_OM ar_QA ar_SA ar_SY ar_TN ar_YE ar_aa ar_ae ' +
  'ar_bh ar_dz ar_eg ar_in ar_iq ar_jo ar_kw ar_lb ar_ly ar_ma ar_om ar_qa ar_sa ar_sd ar_ss ar_sy ' +
  'ar_tn ar_ye arg_count arg_counts arg_line arg_string arg_string_pattern_parts arg_strings ' +
  'arg_strings_iter arg_strings_pattern argrepr args_file args_str args_string argument ' +
  'argument_default argument_name argument_strings argument_values argval arn_CL as_IN as_in ast_es ' +
  'atof atoi ayc_pe az az_AZ az_az az_ir b_item ba_RU be be_BY be_by bem_zm ber_dz ber_ma bg bg_BG ' +
  'bg_bg bho_in bho_np bi_vu bind_textdomain_codeset bindtextdomain bn_IN bn_bd bn_in bo_BT bo_CN ' +
  'bo_cn bo_in bokmal br br_FR br_fr brx_in bs_BA bs_ba buflen builtin_keys_version bulgarian ' +
  'byn_er c2py c_c ca ca_ES ca_ad ca_es ca_fr ca_it caches catalan catalog categories ce_ru cextend ' +
  'choice_action choice_strs choices_str chr_us ckb_iq class_ closure cmn_tw cmp_op co_FR code_info ' +
  'codeobj codeset confl_optional confl_optionals conflict_action conflict_handler conflict_string ' +
  'conflicting_actions conflicts const consts consume_optional consume_positionals container ' +
  'context conv convert_arg_line_to_args counter crh_ua croatian cs cs_CZ cs_cs cs_cz csb_pl ' +
  'ctxt_msg_id currency currency_symbol current_indent current_offset cv_ru cy cy_GB cy_gb cz cz_cz ' +
  'czech da da_DK da_dk danish dansk dcgettext dd de de_AT de_CH de_DE de_LI de_LU de_at de_be ' +
  'de_ch de_de de_it de_lu decimal_point default_metavar default_prefix defaulting_nargs deferred ' +
  'defmod delocalize deop deopt deoptmap dest_option_string deutsch dgettext dict_offset ' +
  'disassemble disco distb div_MV dl dngettext dnpgettext do_setlocale doi_in domain dpgettext ' +
  'dsb_DE dutch dv_mv dz_bt eEfFgGdiu ee ee_ee eesti el el_GR el_cy el_gr en en_AU en_BZ en_CA ' +
  'en_CB en_GB en_IE en_IN en_JA en_MY en_NZ en_PH en_TT en_US en_ZA en_ZW en_ag en_au en_be en_bw ' +
  'en_ca en_dk en_gb en_hk en_ie en_il en_in en_ng en_nz en_ph en_sg en_uk en_us en_za en_zm en_zw ' +
  'enc end_section eng_gb english english_uk english_us envar envvars eo eo_eo eo_xx epilog es ' +
  'es_AR es_BO es_CL es_CO es_CR es_DO es_EC es_ES es_GT es_HN es_MX es_NI es_PA es_PE es_PR es_PY ' +
  'es_SV es_UR es_US es_VE es_ar es_bo es_cl es_co es_cr es_cu es_do es_ec es_es es_gt es_hn es_mx ' +
  'es_ni es_pa es_pe es_pr es_py es_sv es_us es_uy es_ve estonian et et_EE et_ee eu eu_ES eu_es ' +
  'eu_fr eucJP eucKR euro exception_entries exit_on_error explicit_arg exposed_actions_count ' +
  'extended_arg extrainfo extras fa fa_IR fa_ir failure ff_sn fi fi_FI fi_fi fil_PH fil_ph fill ' +
  'findlabels findlinestarts finnish first_line fo fo_FO fo_fo format_help format_usage formatter ' +
  'formatter_class fr fr_BE fr_CA fr_CH fr_FR fr_LU fr_MC fr_be fr_ca fr_ch fr_fr fr_lu frac_digits ' +
  'fre_fr french french_france from_op from_traceback fromfile_prefix_chars func_version fur_it ' +
  'fy_NL fy_de fy_nl ga ga_IE ga_ie galego galician gbz_AF gd gd_gb ger_de german german_germany ' +
  'get_default get_instructions get_invocation get_lines get_metavar get_name ' +
  'get_specialization_stats get_subactions getdefaultlocale getencoding getlocale ' +
  'getpreferredencoding gettext gez_er gez_et gl gl_ES gl_es group_action_count group_actions ' +
  'group_map gsw_FR gu_IN gu_in gv gv_gb ha_NG ha_ng hak_tw handler_func_name hascompare hasconst ' +
  'hasfree hasjabs hasjrel haslocal hasname hasnargs he he_IL he_il heading help_lines ' +
  'help_position help_text help_width hi_IN hi_in hif_fj hit hne hne_in hr hr_BA hr_HR hr_hr ' +
  'hrvatski hsb_de ht_ht hu hu_HU hu_hu hungarian hy_AM hy_am i_c i_n ia ia_fr icelandic id_ID ' +
  'id_id identity if_false if_true ig_ng ii ii_CN ik_ca in_id indent indent_first indent_increment ' +
  'infile initial_indent inserts install instr int_curr_symbol int_frac_digits international ' +
  'invocation_length invocations is_IS is_current_instr is_is is_jump_target it_CH it_IT it_ch ' +
  'it_it italian item_help iu iu_CA iu_ca iw iw_il ja ja_JP ja_jp japan japanese jis jis7 jp_jp ka ' +
  'ka_GE ka_ge kab_dz keys_version kh_KH kk_KZ kk_kz kl kl_GL kl_gl km_kh kn kn_IN kn_in ko ko_KR ' +
  'ko_kr koi8_t koi8_u koi8c kok_IN kok_in ks ks_in ku_tr kw_gb kwdefaults ky ky_KG ky_kg lang ' +
  'lang_enc langname language languages last_interval last_traceback lasti lastk lastline lb_LU ' +
  'lb_lu left_spaces level_op lg_ug li_be li_nl lij_it line_len line_offset lineno_fmt lineno_width ' +
  'linestarts lithuanian ln_cd lo_LA lo_la loc locale_alias locale_encoding_alias localeconv ' +
  'localedir localename localetuple localize long_option_strings lookup_name lpos lt_LT lt_lt lv ' +
  'lv_LV lv_lv lzh_tw machinery mag_in mai mai_in mai_np major_version mark_as_current masteridx ' +
  'match_argument match_partial matches max_help_position max_option_string_index maxlineno ' +
  'maxoffset mend messages mfe_mu mg_mg mhr_ru mi_NZ mi_nz microsoftcp1251 microsoftcp1255 ' +
  'microsoftcp1256 min_args minor_version miq_ni miss mjw_in mk mk_MK mk_mk ml ml_IN ml_in mlen ' +
  'mn_CN mn_MN mn_mn mni_in mo modifier modifiers module_keys_version moff mofile mofiles moh_CA ' +
  'mon_decimal_point mon_grouping mon_thousands_sep monetary mr mr_IN mr_in ms ms_BN ms_MY ms_my ' +
  'msgcount msgid1 msgid2 mt mt_MT mt_mt mutex_action mutex_group my_mm n_cs_precedes ' +
  'n_sep_by_space n_sign_posn name_index nan_tw nargs_errors nargs_pattern nb nb_NO nb_no nds_de ' +
  'nds_nl ne_NP ne_np negative_sign nelang nelangs new_arg_strings new_explicit_arg new_f ' +
  'new_source_line new_val next_option_string_index nexttok ngettext nhn_mx niu_nu niu_nz nl_BE ' +
  'nl_NL nl_aw nl_be nl_langinfo nl_nl nn nn_NO nn_no no no_no norwegian npgettext nr nr_za ns_ZA ' +
  'nso nso_za ny ny_no nynorsk oc oc_FR oc_fr old_loc om_et om_ke oparg opargs opcode opmap ' +
  'opt_parts opt_usage option option_prefix option_string option_string_indices option_strings ' +
  'option_tuple option_tuples optionals optionals_map options or_IN or_in os_ru p_cs_precedes ' +
  'p_sep_by_space p_sign_posn pa pa_IN pa_in pa_pk pap_an pap_aw pap_cw parse_intermixed_args ' +
  'parse_known_args parse_known_intermixed_args parser_class parser_name parsers parsers_class ' +
  'part_regexp part_strings pd pd_de pd_us perc percents pgettext ph ph_ph pl pl_PL pl_pl plural ' +
  'polish portuguese portuguese_brazil pos_parts pos_usage positionals positionals_end_index ' +
  'positions positive_sign pp pp_an precedes prefix_chars pretty_flags print_help print_usage ' +
  'priority prog ps_AF ps_af pt pt_BR pt_PT pt_br pt_pt qut_GT quz_BO quz_EC quz_PE quz_pe raj_in ' +
  'registry_name remaining_args required_actions resetlocale ret right_spaces rm_CH ro ro_RO ro_ro ' +
  'romanian rpos ru ru_RU ru_ru ru_ua rumanian runpy russian rw rw_RW rw_rw sa_IN sa_in sah_RU ' +
  'sat_in save_default save_nargs save_required save_usage sc_it sd sd_in sd_pk se_FI se_NO se_SE ' +
  'se_no section seen_actions seen_non_default_actions selected_pattern selected_patterns separated ' +
  'serbocroatian set_defaults setlocale sgs_lt sh sh_hr sh_sp sh_yu shn_mm short_explicit_arg ' +
  'short_option_prefix show_caches show_code show_lineno shs_ca si si_LK si_lk sid_et sign_pos ' +
  'signed_arg sinhala sk sk_SK sk_sk sl sl_SI sl_cs sl_si slovak slovene slovenian sm_ws sma_NO ' +
  'sma_SE smb smj_NO smj_SE smn_FI sms_FI so_dj so_et so_ke so_so sp sp_yu spanish spanish_spain ' +
  'spec_op specialized sq sq_AL sq_al sq_mk sr_BA sr_SP sr_cs sr_me sr_rs sr_sp sr_yu ss ss_za ' +
  'st_za stack_effect star_args starcount start_index start_section starts_line stop_index ' +
  'store_const store_false store_true strcoll strings strxfrm subaction subcommands subnamespace ' +
  'subsequent_indent success sup super_init superinit suppressed_actions_count sv sv_FI sv_SE sv_fi ' +
  'sv_se sw_KE sw_ke sw_tz swedish symbol syr_SY szl_pl ta ta_IN ta_in ta_lk tactis take_action te ' +
  'te_IN te_in tend territory text_width textdomain tg tg_TJ tg_tj th th_TH th_th the_np ' +
  'thousands_sep ti_er ti_et tig_er title_group_map tk_TM tk_tm tl tl_ph tlen tmsg tmz_DZ tn tn_ZA ' +
  'tn_za to_to toff tokens tpi_pg tr tr_TR tr_cy tr_tr transidx translation ts ts_za tt tt_RU tt_ru ' +
  'tuple_size turkish type_func type_name type_version ug_CN ug_cn uk uk_UA uk_ua univ universal ' +
  'unm_us ur ur_IN ur_PK ur_in ur_pk uz uz_UZ uz_uz variable varname_from_oparg ve ve_za vi vi_VN ' +
  'vi_vn wa wa_be wae_ch wal_et wax wen_DE windows_locale wo_SN wo_sn wrap x1 xh xh_ZA xh_za yi ' +
  'yi_us yo_NG yo_ng yue_hk yuw_pg zh zh_CHS zh_CHT zh_CN zh_HK zh_MO zh_SG zh_TW zh_cn zh_hk zh_sg ' +
  'zh_tw zu zu_ZA zu_za ' +
  '';

/** Interned under `python FILE.py` only (space-separated). */
export const disInternedRemoved311: string =

  '';
