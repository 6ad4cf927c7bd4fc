/** Pieces every golden-thread check uses to word a finding (checks.ts). */
import { type Finding, type Severity } from '../findings.js';
import { type CascadeIndex } from './model.js';
import { levelWord, q } from './text.js';
import type { CascadeNodeRef, PriorityRow } from './types.js';
import { GOLDEN_THREAD_SEVERITY, type GoldenThreadCode } from './checks.codes.js';

export function finding(code: GoldenThreadCode, nodes: CascadeNodeRef[], message: string, fix: string, severity?: Severity): Finding {
  return { code, severity: severity ?? GOLDEN_THREAD_SEVERITY[code], nodes, message, fix };
}

export function levelName(p: PriorityRow): string {
  return `${levelWord(p.level)} priority ${q(p.name)}`;
}

export function ownerHint(ix: CascadeIndex, ownerId: number | null): string {
  return ownerId === null ? '' : ` (owner: ${ix.personName(ownerId)})`;
}
