// Stage: version optimizer (3.8, reused by 3.9). The peephole pass CPython 3.8 runs on assembled wordcode
// (PyCode_Optimize): constant-true test removal, tuple-of-constants folding (appended to
// co_consts), BUILD_TUPLE n / UNPACK_SEQUENCE n to rotations, jump threading, dead code after
// RETURN_VALUE, then NOP removal with jump and lnotab fix-up. Works on bytes; no AST.
import type { ConstValue } from '../../syntax/constant.js';
import type { OpcodeTable } from '../profile.js';
import { isTruthy } from '../../compiler/const-ops.js';

/**
 * `returnStops`: opcodes left in place after a RETURN_VALUE to mark block limits (3.8:
 * SETUP_FINALLY and END_FINALLY; 3.9: SETUP_FINALLY and RERAISE). Jump kinds come from the table.
 */
export function makePeephole38(t: OpcodeTable, returnStops: readonly string[] = ['SETUP_FINALLY', 'END_FINALLY']) {
  const O = t.opmap as Record<string, number>;
  const EXT = t.EXTENDED_ARG;
  const NOP = O.NOP!;
  const { LOAD_CONST, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
    JUMP_ABSOLUTE, JUMP_FORWARD, BUILD_TUPLE, UNPACK_SEQUENCE, ROT_TWO, ROT_THREE,
    RETURN_VALUE } = O as Record<string, number>;
  const ABS = new Set(t.hasjabs);
  const REL = new Set(t.hasjrel);
  const STOPS = new Set(returnStops.map((name) => O[name]!));
  const COND = new Set([POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP]);
  const onTrue = (op: number): boolean => op === POP_JUMP_IF_TRUE || op === JUMP_IF_TRUE_OR_POP;
  const uncond = (op: number): boolean => op === JUMP_ABSOLUTE || op === JUMP_FORWARD;

  return function peephole(bytes: Uint8Array, consts: ConstValue[], lnotab: Uint8Array): { code: Uint8Array; lineTable: Uint8Array } {
    for (let i = 0; i < lnotab.length; i += 2) if (lnotab[i] === 255) return { code: bytes, lineTable: lnotab };
    const n = bytes.length / 2;
    const op = new Array<number>(n);
    const ar = new Array<number>(n);
    for (let i = 0; i < n; i++) { op[i] = bytes[2 * i]!; ar[i] = bytes[2 * i + 1]!; }
    const lnot = Uint8Array.from(lnotab);

    const instrsize = (a: number): number => (a <= 0xff ? 1 : a <= 0xffff ? 2 : a <= 0xffffff ? 3 : 4);
    const getArg = (i: number): number => {
      let a = ar[i]!;
      if (i >= 1 && op[i - 1] === EXT) {
        a |= ar[i - 1]! << 8;
        if (i >= 2 && op[i - 2] === EXT) {
          a |= ar[i - 2]! << 16;
          if (i >= 3 && op[i - 3] === EXT) a = (a | (ar[i - 3]! << 24)) >>> 0;
        }
      }
      return a;
    };
    const findOp = (i: number): number => { while (i < n && op[i] === EXT) i++; return i; };
    const fillNops = (start: number, end: number): void => { for (let k = start; k < end; k++) { op[k] = NOP; ar[k] = 0; } };
    const writeOpArg = (at: number, opcode: number, a: number, ilen: number): void => {
      for (let s = ilen - 1; s >= 1; s--) { op[at] = EXT; ar[at] = (a >>> (8 * s)) & 0xff; at++; }
      op[at] = opcode; ar[at] = a & 0xff;
    };
    const jumpTarget = (i: number): number => Math.floor(getArg(i) / 2) + (ABS.has(op[i]!) ? 0 : i + 1);
    const setArg = (i: number, a: number): number => {
      const cur = getArg(i);
      if (cur === a) return i;
      const curLen = instrsize(cur);
      const newLen = instrsize(a);
      if (curLen < newLen) return -1;
      writeOpArg(i + 1 - curLen, op[i]!, a, newLen);
      fillNops(i + 1 - curLen + newLen, i + 1);
      return i - curLen + newLen;
    };
    const copyOpArg = (i: number, opcode: number, a: number, maxi: number): number => {
      const ilen = instrsize(a);
      if (i + ilen > maxi) return -1;
      writeOpArg(maxi - ilen, opcode, a, ilen);
      fillNops(i, maxi - ilen);
      return maxi - 1;
    };

    // markblocks
    const blocks = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      if (ABS.has(op[i]!) || REL.has(op[i]!)) {
        const j = jumpTarget(i);
        if (j < n) blocks[j] = 1;
      }
    }
    for (let i = 0, cnt = 0; i < n; i++) { cnt += blocks[i]!; blocks[i] = cnt; }
    const isBasic = (start: number, end: number): boolean => blocks[start] === blocks[end];

    let cumlc = 0;
    let lastlc = 0;
    for (let i = findOp(0), nexti = 0; i < n; i = nexti) {
      let opcode = op[i]!;
      let opStart = i;
      while (opStart >= 1 && op[opStart - 1] === EXT) opStart--;
      nexti = i + 1;
      while (nexti < n && op[nexti] === EXT) nexti++;
      const nextop = nexti < n ? op[nexti]! : 0;
      lastlc = cumlc;
      cumlc = 0;
      let j = 0;
      switch (opcode) {
        case LOAD_CONST: {
          cumlc = lastlc + 1;
          if (nextop !== POP_JUMP_IF_FALSE || !isBasic(opStart, i + 1)) break;
          if (isTruthy(consts[getArg(i)]!)) {
            fillNops(opStart, nexti + 1);
            cumlc = 0;
          }
          break;
        }
        case BUILD_TUPLE: {
          j = getArg(i);
          if (opcode === BUILD_TUPLE && j > 0 && lastlc >= j) {
            // lastn_const_start
            let h = opStart;
            let k = j;
            for (;;) {
              h--;
              if (op[h] === LOAD_CONST) {
                if (!--k) { while (h > 0 && op[h - 1] === EXT) h--; break; }
              }
            }
            if (isBasic(h, opStart)) {
              const items: ConstValue[] = [];
              for (let m = 0, pos = h; m < j; m++, pos++) {
                pos = findOp(pos);
                items.push(consts[getArg(pos)]!);
              }
              const index = consts.length;
              consts.push({ kind: 'tuple', items });
              copyOpArg(h, LOAD_CONST, index, i + 1);
              break;
            }
          }
          if (nextop !== UNPACK_SEQUENCE || !isBasic(opStart, i + 1) || j !== getArg(nexti)) break;
          if (j < 2) {
            fillNops(opStart, nexti + 1);
          } else if (j === 2) {
            op[opStart] = ROT_TWO; ar[opStart] = 0;
            fillNops(opStart + 1, nexti + 1);
          } else if (j === 3) {
            op[opStart] = ROT_THREE; ar[opStart] = 0;
            op[opStart + 1] = ROT_TWO; ar[opStart + 1] = 0;
            fillNops(opStart + 2, nexti + 1);
          }
          break;
        }
        case JUMP_IF_FALSE_OR_POP:
        case JUMP_IF_TRUE_OR_POP:
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
        case JUMP_FORWARD:
        case JUMP_ABSOLUTE: {
          if (opcode === JUMP_IF_FALSE_OR_POP || opcode === JUMP_IF_TRUE_OR_POP) {
            const h0 = Math.floor(getArg(i) / 2);
            const tgt = findOp(h0);
            const jop = op[tgt]!;
            if (COND.has(jop)) {
              let h: number;
              let newop = jop;
              if (onTrue(jop) === onTrue(opcode)) {
                h = setArg(i, getArg(tgt));
              } else {
                h = setArg(i, (tgt + 1) * 2);
                newop = opcode === JUMP_IF_TRUE_OR_POP ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE;
              }
              if (h >= 0) {
                nexti = h;
                op[nexti] = newop;
                break;
              }
            }
          }
          const h = jumpTarget(i);
          const tgt = findOp(h);
          if (uncond(op[i]!) && op[tgt] === RETURN_VALUE) {
            op[opStart] = RETURN_VALUE; ar[opStart] = 0;
            fillNops(opStart + 1, i + 1);
          } else if (uncond(op[tgt]!)) {
            let a = jumpTarget(tgt);
            if (opcode === JUMP_FORWARD) {
              opcode = JUMP_ABSOLUTE;
            } else if (!ABS.has(opcode)) {
              if (a < i + 1) break;
              a -= i + 1;
            }
            copyOpArg(opStart, opcode, a * 2, i + 1);
          }
          break;
        }
        case RETURN_VALUE: {
          let h = i + 1;
          while (h < n && isBasic(i, h)) {
            if (STOPS.has(op[h]!)) {
              while (h > i + 1 && op[h - 1] === EXT) h--;
              break;
            }
            h++;
          }
          if (h > i + 1) {
            fillNops(i + 1, h);
            nexti = findOp(h);
          }
          break;
        }
      }
    }

    // Fix up lnotab
    let nops = 0;
    for (let i = 0; i < n; i++) {
      blocks[i] = i - nops;
      if (op[i] === NOP) nops++;
    }
    let cumOrig = 0;
    let lastOffset = 0;
    for (let i = 0; i < lnot.length; i += 2) {
      cumOrig += lnot[i]!;
      const newOffset = blocks[cumOrig / 2]! * 2;
      lnot[i] = newOffset - lastOffset;
      lastOffset = newOffset;
    }

    // Remove NOPs and fix up jump targets
    const out: number[] = [];
    for (let i = 0, opStart = 0; i < n; i++, opStart = i) {
      let a = ar[i]!;
      while (op[i] === EXT) { i++; a = ((a << 8) | ar[i]!) >>> 0; }
      const opcode = op[i]!;
      if (opcode === NOP) continue;
      if (ABS.has(opcode)) {
        a = blocks[a / 2]! * 2;
      } else if (REL.has(opcode)) {
        a = (blocks[a / 2 + i + 1]! - blocks[i]! - 1) * 2;
      }
      const ilen = i - opStart + 1;
      if (instrsize(a) > ilen) return { code: bytes, lineTable: lnot };
      for (let s = ilen - 1; s >= 1; s--) out.push(EXT, (a >>> (8 * s)) & 0xff);
      out.push(opcode, a & 0xff);
    }
    return { code: Uint8Array.from(out), lineTable: lnot };
  };
}
