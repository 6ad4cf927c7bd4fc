/**
 * Golden-thread checks: does every objective, appraisal objective and target trace to the council's
 * priorities, and are the priorities themselves set well (engaged, communicated, resourced, measured,
 * few enough, ambitious but realistic)?
 *
 * Scope: rows of `snapshot.period` only (see types.ts). "Active priority" = a priority of the period
 * that is not an explicit non-priority, whatever its status (DRAFT included).
 *
 * | Code                       | Severity | Fires when                                                                 |
 * |----------------------------|----------|----------------------------------------------------------------------------|
 * | CYCLE                      | critical | priorities' parent links form a loop (imported data); once per loop          |
 * | ORPHAN_OBJECTIVE           | high     | an objective delivers no active priority (none linked, only missing ones,    |
 * |                            |          | only ones of another period, or only explicit non-priorities)              |
 * | ORPHAN_APPRAISAL_OBJECTIVE | high     | an appraisal objective is aimed at nothing, at a missing/other-period        |
 * |                            |          | objective or priority, at a non-priority, or at an orphan objective; an    |
 * |                            |          | appraisal objective with both links is fine if either one reaches a priority|
 * | UNDELIVERED_PRIORITY       | high     | an active priority has no active child priority and no objective delivering it|
 * | ORPHAN_PRIORITY            | high     | a directorate/service priority has no parent, a missing parent, a parent of  |
 * |                            |          | another period, or a non-priority parent (not reported for loop members)   |
 * | PARENT_LEVEL_MISMATCH      | medium   | a parent is not exactly one level up, or a corporate priority has a parent   |
 * |                            |          | (not reported for loop members: the CYCLE finding covers them)             |
 * | UNMEASURED_PRIORITY        | medium   | no target on the priority, on an objective delivering it, or on any active   |
 * |                            |          | descendant priority or its objectives                                      |
 * | TOO_MANY_PRIORITIES        | medium   | active priorities at a level exceed the council's limit for that level       |
 * |                            |          | (corporate: council-wide; directorate: per directorateId; service: per     |
 * |                            |          | serviceId; null limit = no limit). Every status counts, DRAFT included:    |
 * |                            |          | drafts compete for attention too and the warning is most useful before     |
 * |                            |          | agreement. Non-priorities never count.                                    |
 * | NOT_ENGAGED                | medium   | see notEngaged() below                                                     |
 * | NOT_COMMUNICATED           | medium   | an AGREED priority with no communication about it (or a COMMUNICATED one     |
 * |                            |          | with none recorded)                                                        |
 * | NOT_COMMUNICATED           | low      | a consultation whose groups were never told back: see notCommunicated()     |
 * | UNRESOURCED                | medium   | an active priority whose budget and FTE are both null or 0                  |
 * | UNAMBITIOUS_TARGET         | medium   | target worse than context.currentValue by polarity (equal is not worse)      |
 * | UNREALISTIC_TARGET         | medium   | target strictly better than context.bestComparatorValue, or more than        |
 * |                            |          | UNREALISTIC_TREND_FACTOR (3) x |typicalAnnualChange| better than            |
 * |                            |          | trendProjection (skipped when either is null or the change is 0)           |
 *
 * Findings are sorted with sortFindings. The first node of each finding is its subject.
 */
import { sortFindings, type Finding } from '../findings.js';
import { indexSnapshot } from './model.js';
import type { CascadeSnapshot } from './types.js';
import { cycles, parentLinks } from './checks.structure.js';
import { orphanObjectives, orphanAppraisalObjectives } from './checks.orphans.js';
import { undelivered, unmeasured, tooMany, unresourced } from './checks.priorities.js';
import { notEngaged, notCommunicated } from './checks.engagement.js';
import { targetAmbition } from './checks.targets.js';

export { GOLDEN_THREAD_SEVERITY, type GoldenThreadCode, UNREALISTIC_TREND_FACTOR } from './checks.codes.js';

/** Every golden-thread finding for the snapshot's period, most serious first. */
export function goldenThreadFindings(snapshot: CascadeSnapshot): Finding[] {
  const ix = indexSnapshot(snapshot);
  return sortFindings([
    ...cycles(ix),
    ...parentLinks(ix),
    ...orphanObjectives(ix),
    ...orphanAppraisalObjectives(ix),
    ...undelivered(ix),
    ...unmeasured(ix),
    ...tooMany(ix),
    ...notEngaged(ix),
    ...notCommunicated(ix),
    ...unresourced(ix),
    ...targetAmbition(ix),
  ]);
}
