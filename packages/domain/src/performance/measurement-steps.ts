/**
 * The workflow of a figure: DRAFT -> VALIDATED (the indicator's data owner or the MI-responsible manager)
 * -> PUBLISHED (the MI-responsible manager or their delegate); nothing goes backwards. One rule for a
 * single step, the figures of a bulk step (all or nothing: every refusal, each naming its figure) and what
 * the app may offer (`viewerCan`). Pure.
 */
import { MeasurementStatus } from './enums.js';

export type MeasurementStep = typeof MeasurementStatus.VALIDATED | typeof MeasurementStatus.PUBLISHED;

/** Most figures one bulk step takes (a work list's page is 50). */
export const MAX_BULK_STEP = 200;

/** The status a figure must have to take the step. */
export const STEP_FROM: Record<MeasurementStep, MeasurementStatus> = {
  VALIDATED: MeasurementStatus.DRAFT,
  PUBLISHED: MeasurementStatus.VALIDATED,
};

/** Why a figure in `status` cannot take the step (the end of a sentence), or null when it can. */
export function stepStatusError(status: MeasurementStatus, to: MeasurementStep): string | null {
  if (status === STEP_FROM[to]) return null;
  if (status === to) return `it is already ${to.toLowerCase()}.`;
  return to === MeasurementStatus.PUBLISHED
    ? 'only a validated measurement can be published: the data owner validates it first.'
    : 'it is published: a measurement never goes back from published to validated (correct it instead, which makes a new draft).';
}

/** One figure of a bulk step as stored (null when no such figure exists, or the viewer may not know it does). */
export interface StepCandidate {
  /** The id the caller sent. */
  id: string;
  /** The figure in words ("ASCOF 1A for 2023-24"). */
  label: string;
  status: MeasurementStatus;
  version: number;
  /** The version the caller read. */
  sentVersion: number;
  /** May the viewer take this step for this figure's indicator (the access rule's answer)? */
  allowed: boolean;
  /** Why four eyes on data refuses the viewer this figure (four-eyes.ts: they entered it), or null. */
  fourEyes?: string | null;
}

export type StepRefusalCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT';

export interface StepRefusal {
  id: string;
  code: StepRefusalCode;
  message: string;
  /** A stale version only: the version stored now (as a single step's CONFLICT says), for the caller to read it and ask again. */
  currentVersion?: number;
}

/**
 * Every refusal of a bulk step, in the order the figures were sent: an id sent twice, an unknown figure,
 * one the viewer may not step, a stale version, a status that does not take the step. None: all may go.
 */
export function bulkStepRefusals(
  ids: readonly string[],
  found: ReadonlyMap<string, StepCandidate>,
  to: MeasurementStep,
  refusedWhy: string,
): StepRefusal[] {
  const refusals: StepRefusal[] = [];
  const seen = new Set<string>();
  const verb = to === MeasurementStatus.VALIDATED ? 'validated' : 'published';
  for (const id of ids) {
    if (seen.has(id)) {
      refusals.push({ id, code: 'BAD_USER_INPUT', message: `The measurement ${id} is listed twice.` });
      continue;
    }
    seen.add(id);
    const m = found.get(id);
    if (!m) {
      refusals.push({ id, code: 'NOT_FOUND', message: `No measurement with id ${id} exists.` });
      continue;
    }
    if (!m.allowed) {
      refusals.push({ id, code: 'FORBIDDEN', message: `${m.label} cannot be ${verb} by you: ${refusedWhy}` });
      continue;
    }
    if (m.fourEyes) {
      refusals.push({ id, code: 'FORBIDDEN', message: `${m.label} cannot be ${verb} by you: ${m.fourEyes}` });
      continue;
    }
    if (m.version !== m.sentVersion) {
      refusals.push({
        id,
        code: 'CONFLICT',
        message: `${m.label} was changed by someone else (version ${m.version} now, you sent ${m.sentVersion}): reload it.`,
        currentVersion: m.version,
      });
      continue;
    }
    const why = stepStatusError(m.status, to);
    if (why) refusals.push({ id, code: 'CONFLICT', message: `${m.label} cannot be ${verb}: ${why}` });
  }
  return refusals;
}

/** The code of a refused bulk step: the first refusal's, so a caller's mistake is never a server error. */
export function bulkRefusalCode(refusals: readonly StepRefusal[]): StepRefusalCode {
  const order: StepRefusalCode[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'];
  return order.find((c) => refusals.some((r) => r.code === c)) ?? 'CONFLICT';
}
