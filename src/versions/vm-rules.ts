// Stage: version seam. The shape of a version's rules for the VM: where a thread may lose the
// GIL and what each instruction costs (keyed by opcode name so the VM can map any version's
// numbering), how jump arguments and line tables read, and the runtime behaviour programs can
// see (default thread names, error messages that changed). Data and small functions only; the
// VM (src/vm/) reads it through VersionProfile.vm. Must not depend on the VM.
import type { CodeObject } from '../compiler/code.js';

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
  /** Setting a property without a setter: 3.10 names the attribute. */
  propertyNoSetter(attr: string): string;
  /** Argument-binding errors name the function by qualname (3.10) or by name (3.8/3.9). */
  readonly callErrorsUseQualname: boolean;
  /** isinstance()/issubclass() with a bad second argument. */
  isinstanceArg2(fn: 'isinstance' | 'issubclass'): string;
  /** `%d` and friends with a non-number: "a number is required" / "a real number is required". */
  readonly percentNumberRequired: string;
  /** Uncaught NameError/AttributeError tracebacks add "Did you mean: 'x'?" (3.10+, both kinds). */
  readonly nameSuggestions: boolean;
}

export interface VmRules {
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
}
