/**
 * Write rules of the scheme of delegation that the API's services apply before changing a body, a
 * power, a delegation or a revocation. Each check returns null when the change may go ahead, or the
 * first problem as { field, message }; the normalisers say what is stored for an input.
 */
import { formatMoney } from './labels.js';
import type { DelegationRow, DelegationScope, DelegationValidationError, IsoDate } from './types.js';
import { isIsoDate } from './validation.js';

type Problem = DelegationValidationError | null;

/** The most a delegation's limit may be, in pounds. */
export const MAX_FINANCIAL_LIMIT = 1e12;

/** A limit in pounds: a finite number, zero or more, at most two decimals (pence), not absurdly large. Null: no limit given. */
export function validateMoney(field: string, value: number | null | undefined): Problem {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0) return { field, message: 'the limit must be an amount of money in pounds, zero or more.' };
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return { field, message: 'the limit can have at most two decimals (pence).' };
  if (value > MAX_FINANCIAL_LIMIT) return { field, message: 'the limit is too large.' };
  return null;
}

/** A delegation may not be given a wider limit than its power has. */
export function validateLimitWithinPower(
  field: string,
  power: { name: string; financialLimit: number | null },
  limit: number | null,
): Problem {
  if (limit === null || power.financialLimit === null || limit <= power.financialLimit) return null;
  return {
    field,
    message:
      `"${power.name}" is limited to ${formatMoney(power.financialLimit)}, so it cannot be delegated with a limit of ` +
      `${formatMoney(limit)}.`,
  };
}

/** Only the body a power belongs to may delegate it. */
export function validateSourceBody(
  field: string,
  power: { name: string },
  body: { id: number; name: string },
  source: { id: number; name: string } | undefined,
): Problem {
  if (body.id === source?.id) return null;
  return { field, message: `"${power.name}" belongs to ${source?.name ?? 'another body'}, so ${body.name} cannot delegate it.` };
}

/** An ISO date (YYYY-MM-DD) or the problem with it. */
export function validateIsoDate(field: string, value: string): Problem {
  return isIsoDate(value) ? null : { field, message: `"${value}" is not a date (use YYYY-MM-DD).` };
}

/** The dates a delegation is stored with: from today when no start is given, open-ended when no end is. */
export function effectiveDatesOf(
  from: string | null | undefined,
  to: string | null | undefined,
  today: IsoDate,
): { effectiveFrom: string; effectiveTo: string | null } {
  return { effectiveFrom: from?.trim() || today, effectiveTo: to?.trim() || null };
}

/** Both dates real, and the end not before the start. */
export function validateEffectiveDates(dates: { effectiveFrom: string; effectiveTo: string | null }): Problem {
  const { effectiveFrom, effectiveTo } = dates;
  const bad =
    validateIsoDate('effectiveFrom', effectiveFrom) ?? (effectiveTo === null ? null : validateIsoDate('effectiveTo', effectiveTo));
  if (bad) return bad;
  if (effectiveTo !== null && effectiveTo < effectiveFrom)
    return { field: 'effectiveTo', message: `the delegation would end (${effectiveTo}) before it starts (${effectiveFrom}).` };
  return null;
}

/** Free text as stored: trimmed, null when empty. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** Free text (conditions, a reason, a description) of at most `max` characters. */
export function validateTextLength(field: string, text: string | null, max: number): Problem {
  return text !== null && text.length > max ? { field, message: `at most ${max} characters.` } : null;
}

/** Why someone who has left cannot be chosen, in words for the person choosing. */
export function leftCouncilMessage(name: string, leftOn: string | null, what: string): string {
  return `${name} left the council${leftOn ? ` on ${leftOn}` : ''}, so cannot ${what}. Choose someone who works there now.`;
}

/** A council's bodies and powers have names unique without regard to case. */
export function validateUniqueName(
  field: string,
  name: string,
  existing: ReadonlyArray<{ name: string }>,
  owner: string,
  noun: string,
): Problem {
  const taken = existing.some((e) => e.name.toLowerCase() === name.toLowerCase());
  return taken ? { field, message: `${owner} already has a ${noun} called '${name}'.` } : null;
}

/** A power's kind as stored: trimmed, in capitals. */
export function powerKindOf(value: string): string {
  return value.trim().toUpperCase();
}

/** A power's kind is a short code in capitals (letters, digits and _), starting with a letter. */
export function validatePowerKind(field: string, kind: string): Problem {
  return /^[A-Z][A-Z0-9_]{0,59}$/.test(kind)
    ? null
    : { field, message: 'a short code in capitals, e.g. CARE_PACKAGE (letters, digits and _).' };
}

/**
 * The delegation already held that a new one would repeat: not revoked, not ended by `today`, of the
 * same power to the same person over the same scope under the same parent (null: from a body).
 */
export function duplicateDelegation(
  delegations: readonly DelegationRow[],
  proposed: { powerId: number; toPersonId: number; scope: DelegationScope; parentId: number | null },
  today: IsoDate,
): DelegationRow | undefined {
  return delegations.find(
    (d) =>
      d.revokedOn === null &&
      d.powerId === proposed.powerId &&
      d.toPersonId === proposed.toPersonId &&
      d.scope.kind === proposed.scope.kind &&
      d.scope.id === proposed.scope.id &&
      d.parentId === proposed.parentId &&
      (d.effectiveTo === null || d.effectiveTo >= today),
  );
}
