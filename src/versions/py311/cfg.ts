// Stage: version profile (3.11 CFG pipeline): CPython 3.11's assemble() order of passes —
// exit-block extension, optimize_cfg, exit duplication, constant trimming, line-number
// propagation — composed from the shared flowgraph primitives.
import type { CfgRules } from '../../compiler/xt/dialect.js';
import type { XBlock, XUnit } from '../../compiler/xt/xunit.js';
import type { ConstValue } from '../../syntax/constant.js';
import {
  extendBlock, cleanBlock, markReachable, eliminateEmptyBlocks, removeRedundantJumps,
  duplicateExitsWithoutLineno, trimUnusedConsts, propagateLineNumbers, guaranteeLinenoForExits,
} from '../../compiler/xt/flowgraph.js';
import { optimizeBlock311 } from './peephole.js';

export function optimize311(u: XUnit, entry: XBlock, consts: ConstValue[]): void {
  for (const b of [...u.blocks].reverse()) extendBlock(b, true);
  for (let b: XBlock | null = entry; b; b = b.next) {
    optimizeBlock311(u, b, consts);
    cleanBlock(b);
  }
  for (const b of [...u.blocks].reverse()) extendBlock(b, true);
  markReachable(entry, u.blocks);
  for (let b: XBlock | null = entry; b; b = b.next) if (b.predecessors === 0) b.instrs = [];
  eliminateEmptyBlocks(entry);
  for (let b: XBlock | null = entry; b; b = b.next) cleanBlock(b);
  if (removeRedundantJumps(entry)) eliminateEmptyBlocks(entry);
  duplicateExitsWithoutLineno(u, entry);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
}

export const cfg311: CfgRules = {
  lateLocalsplus: false,
  labelsFirst: false,
  directionalCondJumps: true,
  optimize: optimize311,
  pseudoOps: {},
  finalPasses: () => {},
};
