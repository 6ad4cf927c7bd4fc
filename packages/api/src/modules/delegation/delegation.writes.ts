/**
 * What the scheme of delegation's write services share beyond WriteService: a fresh snapshot of the
 * council, the scope and person an input names (checked against that snapshot), the domain's write
 * rules as input checks, and the event record. Every write asks ctx.access first, validates with the
 * domain rules and records a DelegationEvent in the same transaction.
 */
import { Council, DelegationScopeKind, Person, type Em } from '@goldenthread/db';
import {
  effectiveDatesOf,
  leftCouncilMessage,
  optionalText,
  scopeExists,
  validateEffectiveDates,
  validateMoney,
  validateName,
  validateTextLength,
  type DelegationScope,
  type SchemeEditRefusal,
} from '@goldenthread/domain';
import type { WriteTarget } from '../../access/access.js';
import { assertValid, badInput, notFound } from '../../errors.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { WriteService } from '../shared/lookup.js';
import { loadCouncilScheme, type CouncilScheme } from './delegation-snapshot.js';
import type { DelegationScopeInput } from './delegation.input.js';
import { recordEvents, type EventInput } from './delegation.events.js';

/** BAD_USER_INPUT on the refusal's field, its rule's code in extensions.reason (a domain rule of scheme-edits.ts). */
export function refuse(refusal: SchemeEditRefusal | null): void {
  if (refusal) throw badInput(refusal.field, refusal.message, { reason: refusal.code });
}

/** Money in pounds: a finite number, zero or more, at most two decimals (null: none given). */
export function checkMoney(field: string, value: number | null | undefined): number | null {
  assertValid(validateMoney(field, value));
  return value ?? null;
}

/** The dates a delegation is stored with (from today, open-ended unless given), both real and in order. */
export function checkDates(
  from: string | null | undefined,
  to: string | null | undefined,
  today: string,
): { effectiveFrom: string; effectiveTo: string | null } {
  const dates = effectiveDatesOf(from, to, today);
  assertValid(validateEffectiveDates(dates));
  return dates;
}

/** Free text as stored (trimmed, null when empty), of at most `max` characters. */
export function cleanText(field: string, value: string | null | undefined, max: number): string | null {
  const text = optionalText(value);
  assertValid(validateTextLength(field, text, max));
  return text;
}

/** The columns of a delegation's scope. */
export function scopeColumns(scope: DelegationScope): {
  scopeKind: DelegationScopeKind;
  scopeDirectorate: number | null;
  scopeService: number | null;
} {
  return {
    scopeKind: scope.kind,
    scopeDirectorate: scope.kind === 'DIRECTORATE' ? scope.id : null,
    scopeService: scope.kind === 'SERVICE' ? scope.id : null,
  };
}

/**
 * Who may change a council's scheme as a whole (create a decision body or power, import the scheme's
 * CSV): the council's writers. Here once so `viewerCan` (delegation.permissions.ts) asks the same.
 */
export function schemeWriteTarget(councilId: number): WriteTarget {
  return { kind: 'council', councilId };
}

/** Who may delegate, sub-delegate or revoke over a scope: whoever may change that directorate, service or council. */
export function delegationWriteTarget(scope: DelegationScope, councilId: number): WriteTarget {
  if (scope.kind === 'DIRECTORATE') return { kind: 'directorate', councilId, directorateId: scope.id! };
  if (scope.kind === 'SERVICE') return { kind: 'service', councilId, serviceId: scope.id! };
  return { kind: 'council', councilId };
}

export abstract class SchemeWriteService extends WriteService {
  /** The council a new body or power is for (once the caller may write it), and its name: valid, trimmed. */
  protected async councilAndName(input: { councilId: string; name: string }): Promise<{ council: Council; name: string }> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite(schemeWriteTarget(council.id));
    assertValid(validateName('name', input.name));
    return { council, name: input.name.trim() };
  }

  /** The council's name, for messages. */
  protected async councilName(councilId: number): Promise<string> {
    return (await this.em.findOneOrFail(Council, { id: councilId }, { fields: ['id', 'name'], disableIdentityMap: true })).name;
  }

  /** The council's scheme as it is now (NOT_FOUND when there is no such council). */
  protected async scheme(councilId: number): Promise<CouncilScheme> {
    const scheme = await loadCouncilScheme(this.em, councilId);
    if (!scheme) throw notFound('Council', toGlobalId('Council', councilId));
    return scheme;
  }

  /** The scope as the domain sees it (id decoded, not yet checked against the council). */
  protected scopeOf(input: DelegationScopeInput, councilId: number, field = 'scope'): DelegationScope {
    if (input.kind === DelegationScopeKind.COUNCIL) {
      if (input.id) {
        const id = decodeId(`${field}.id`, input.id, 'Council');
        if (id !== councilId) throw badInput(`${field}.id`, 'a delegation can only cover the council it belongs to.');
      }
      return { kind: 'COUNCIL', id: councilId };
    }
    if (!input.id)
      throw badInput(
        `${field}.id`,
        `give the ${input.kind === DelegationScopeKind.DIRECTORATE ? 'directorate' : 'service'} the delegation covers.`,
      );
    const type = input.kind === DelegationScopeKind.DIRECTORATE ? 'Directorate' : 'Service';
    return { kind: input.kind, id: decodeId(`${field}.id`, input.id, type) };
  }

  /** What a write over the scope needs the viewer to be allowed to change. */
  protected target(scope: DelegationScope, councilId: number): WriteTarget {
    return delegationWriteTarget(scope, councilId);
  }

  protected assertScope(scope: DelegationScope, scheme: CouncilScheme, field = 'scope.id'): void {
    if (!scopeExists(scope, scheme.index)) {
      throw badInput(
        field,
        `${scope.kind === 'DIRECTORATE' ? 'no directorate' : 'no service'} with that id exists in ${scheme.council.name}.`,
      );
    }
  }

  /**
   * The person must be on record in this council and still work there: someone of another council
   * gets the answer an unknown id gets, so it tells nothing about them (not even that they exist).
   */
  protected personOf(field: string, globalId: string, scheme: CouncilScheme): { id: number; name: string } {
    const id = decodeId(field, globalId, 'Person');
    const own = scheme.people.find((p) => p.id === id);
    if (!own) throw badInput(field, `no person with id ${globalId} exists.`);
    if (!own.active) throw badInput(field, leftCouncilMessage(own.name, own.leftOn, 'hold its powers'));
    return { id, name: own.name };
  }

  /** A person of the council referenced by an input field; another council's person is as unknown. */
  protected councilPerson(field: string, globalId: string, councilId: number): Promise<Person> {
    return this.ref(Person, 'Person', field, globalId, councilId, { noun: 'person' });
  }

  /** Adds the events to the caller's transaction `em` (`note`: how the change was made, e.g. 'import'). */
  protected record(em: Em, events: EventInput[], note?: string): Promise<void> {
    return recordEvents(em, this.access.viewer, events, note);
  }
}
