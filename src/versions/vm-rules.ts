// Stage: version seam. The shape of a version's rules for the VM: where a thread may lose the
// GIL and what each instruction costs (keyed by opcode name so the VM can map any version's
// numbering), how jump arguments and line tables read, and the runtime behaviour programs can
// see (default thread names, error messages that changed). Data and small functions only; the
// VM (src/vm/) reads it through VersionProfile.vm. Must not depend on the VM.
import type { CodeObject } from '../compiler/code.js';
import type { PyMessageId } from '../pylib/errors.js';
import type { SipVariant } from '../pylib/hash-str.js';

/**
 * What may happen after an instruction:
 * 0 = never a switch point (3.8/3.9 FAST_DISPATCH; most instructions from 3.10),
 * 1 = always a switch point (3.8/3.9 DISPATCH; 3.10's JUMP_ABSOLUTE and calls),
 * 2 = a switch point only when the tested operand was not exactly True/False (3.8/3.9 jumps),
 * 3 = a switch point only when the conditional jump is taken (3.10 POP_JUMP_IF_*).
 */
export type SwitchKind = 0 | 1 | 2 | 3;

/** The table the VM consumes (see vm/interp/decode.ts). */
export interface SwitchPointTable {
  switchKindOf(opname: string): SwitchKind;
  costOf(opname: string): number;
  /** The loop-top check is skipped when the next instruction is one of these (bpo-30039). */
  readonly skipCheckBefore: readonly string[];
  readonly checkAtFrameStart: boolean;
  readonly checkAtHandlerEntry: boolean;
}

/** Error-message wording that changed between versions (ids used by the VM's raise sites). */
export interface MessageRules {
  /** Setting a property without a setter: 3.10 names the attribute, 3.11 also the object's type. */
  propertyNoSetter(attr: string, typeName: string): string;
  /** Argument-binding errors name the function by qualname (3.10) or by name (3.8/3.9). */
  readonly callErrorsUseQualname: boolean;
  /** isinstance()/issubclass() with a bad second argument. */
  isinstanceArg2(fn: 'isinstance' | 'issubclass'): string;
  /** `%d` and friends with a non-number: "a number is required" / "a real number is required". */
  readonly percentNumberRequired: string;
  /** How int()/float() name an acceptable numeric argument: 'a number' / 'a real number' (3.10). */
  readonly numberNoun: string;
  /** Uncaught NameError/AttributeError tracebacks add "Did you mean: 'x'?" (3.10+, both kinds). */
  readonly nameSuggestions: boolean;
  /** Reading an unbound local (3.11 rewords it; absent: "local variable 'x' referenced before assignment"). */
  readonly unboundLocal?: (name: string) => string;
  /**
   * Rewordings of pylib's 3.8 messages, by the id pylib tags them with (absent: keep the 3.8
   * wording): 3.11's "integer modulo by zero" and "(4300 digits)", 3.13's "float modulo by zero".
   */
  readonly pylibRewording?: Readonly<Partial<Record<PyMessageId, (message: string) => string>>>;
  /** min()/max() of an empty iterable without a default (absent: "min() arg is an empty sequence"). */
  readonly emptyMinMax?: (fn: 'min' | 'max') => string;
  /** Uncaught-exception reports name __main__ classes without the module (3.11+). */
  readonly omitMainModule?: boolean;
}

/**
 * How the VM reads exception-table-era bytecode (3.11+): inline caches, renamed/variant ops and
 * oparg layouts. Absent for 3.8-3.10. Data only; decode-xt.ts applies it.
 */
export interface XtRules {
  /** Version opname -> interpreter op name when the two differ (same name otherwise). */
  readonly opAliases: Readonly<Record<string, string>>;
  /** Inline cache entries (code units) following each instruction, by opname. */
  readonly cacheSizes: Readonly<Record<string, number>>;
  /** BINARY_OP's argument -> the interpreter's binary/in-place op name (the _nb_ops order). */
  readonly binaryOps: readonly string[];
  /** COMPARE_OP's argument is the comparison shifted left by this (0, 4 in 3.12, 5 in 3.13). */
  readonly compareArgShift: number;
  /** Instructions an exhausted FOR_ITER skips past its target (3.12: END_FOR; 3.13: END_FOR, POP_TOP). */
  readonly forIterSkip: number;
  /** LOAD_ATTR's low bit asks for a method load (3.12+). */
  readonly loadAttrMethodBit: boolean;
  /** NULL goes above the callable (3.13: [callable, self_or_null, args]) instead of below it. */
  readonly nullAfterCallable: boolean;
  /** CALL_INTRINSIC_1 argument -> intrinsic name (_intrinsic_1_descs; empty before 3.12). */
  readonly intrinsics1: readonly string[];
  /** A class call's Python __init__ returning is a switch point (generic CALL: 3.11, 3.12). */
  readonly initReturnChecks: boolean;
  /**
   * A finished call releases its stack slots callable first, then the arguments bottom-up
   * (3.11+'s CALL); before 3.11 call_function pops them from the top.
   */
  readonly callReleasesBottomUp: boolean;
}

export interface VmRules {
  /** sys.version_info's (major, minor, micro) of the simulated interpreter (the oracle build). */
  readonly versionInfo: readonly [number, number, number];
  readonly switchPoints: SwitchPointTable;
  /** A jump argument counts bytes (2 per instruction, 3.8/3.9) or instructions (1, 3.10). */
  readonly jumpArgScale: 1 | 2;
  /** The source line of each instruction (index = byte offset / 2), from the version's line table. */
  instructionLines(code: CodeObject): Int32Array;
  /** threading.Thread's default name for the n-th unnamed thread with the given target name. */
  defaultThreadName(n: number, targetName: string | null): string;
  /** Tracebacks name the script by its absolute path (3.9+: CPython makes argv[0] absolute). */
  readonly absoluteScriptPath: boolean;
  readonly messages: MessageRules;
  /** Traceback caret lines under source lines (3.11/3.12 rule, 3.13 rule), absent before 3.11. */
  readonly carets?: 'py311' | 'py313';
  /** Exception-table era bytecode layout (3.11+), absent before. */
  readonly xt?: XtRules;
  /** sum() adds floats with Neumaier compensation (3.12+), absent: plain left-to-right addition. */
  readonly compensatedFloatSum?: boolean;
  /**
   * set.add() of a new key stores it in the last deleted (dummy) slot its probe passed, if any
   * (3.8, 3.10+); 3.9 always takes the empty slot that ends the probe.
   */
  readonly setAddReusesDummy: boolean;
  /** hash() of str/bytes: SipHash-2-4 (3.8-3.10) or SipHash-1-3 (3.11+), PYTHONHASHSEED=0. */
  readonly strHash: SipVariant;
  /**
   * The name-like strings already interned when `python FILE.py` starts compiling FILE (for 0 or
   * 1 character: interned as another object than the shared one). A frozenset constant holding
   * one of them (or one of FILE's identifiers) is built once more when CPython interns the code
   * object's constants (see versions/frozenset-builds.ts).
   */
  internedAtStartup(): ReadonlySet<string>;
}

/** A lazily built set of the words of a space-separated list (generated name lists). */
export function lazyNameSet(words: string): () => ReadonlySet<string> {
  let set: Set<string> | null = null;
  return () => (set ??= new Set(words.split(' ').filter((w) => w !== '')));
}
