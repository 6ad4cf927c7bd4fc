/**
 * Writes to the scheme of delegation: bodies, powers, delegations, sub-delegations, revocations,
 * accountable owners and the MI-responsible manager. Every write asks ctx.access first, validates
 * with the domain rules on a fresh snapshot of the council, and records a DelegationEvent in the same
 * transaction.
 */
import {
  Council,
  DecisionBody,
  DecisionPower,
  Delegation,
  DelegationEvent,
  DelegationEventKind,
  DelegationScopeKind,
  Person,
  Service,
  type Em,
} from '@goldenthread/db';
import {
  formatMoney,
  hasLeftBy,
  isIsoDate,
  revocationSet,
  scopeExists,
  scopeLabel,
  validateDelegationLoop,
  validateSubDelegation,
  validateName,
  type DelegationScope,
} from '@goldenthread/domain';
import type { WriteTarget } from '../../access/access.js';
import { assertValid, badInput, conflict, notFound } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { WriteService } from '../shared/lookup.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { isoToday, loadCouncilScheme, type CouncilScheme } from './delegation-snapshot.js';
import type {
  CreateDecisionBodyInput,
  CreateDecisionPowerInput,
  DelegateInput,
  DelegationScopeInput,
  RevokeDelegationInput,
  SetAccountableOwnerInput,
  SetMiResponsibleInput,
  SubDelegateInput,
} from './delegation.input.js';

export interface EventInput {
  council: number;
  kind: DelegationEventKind;
  delegation?: number | null;
  subjectType: string;
  subjectId: number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
}

/** A delegation as the event record shows it (global ids and names, so it reads without joins). */
export function delegationState(d: Delegation, names: { power: string; to: string; scope: string }): Record<string, unknown> {
  return {
    id: toGlobalId('Delegation', d.id),
    ref: d.ref,
    power: names.power,
    to: names.to,
    toPersonId: toGlobalId('Person', idOf(d.toPerson)!),
    scope: names.scope,
    financialLimit: d.financialLimit,
    conditions: d.conditions,
    maySubDelegate: d.maySubDelegate,
    parentId: d.parent ? toGlobalId('Delegation', idOf(d.parent)!) : null,
    effectiveFrom: d.effectiveFrom,
    effectiveTo: d.effectiveTo,
    revokedOn: d.revokedOn,
  };
}

/** Money in pounds: a finite number, zero or more, at most two decimals. */
export function checkMoney(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0) throw badInput(field, 'the limit must be an amount of money in pounds, zero or more.');
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) throw badInput(field, 'the limit can have at most two decimals (pence).');
  if (value > 1e12) throw badInput(field, 'the limit is too large.');
  return value;
}

export function checkDates(from: string | null | undefined, to: string | null | undefined, today: string): { effectiveFrom: string; effectiveTo: string | null } {
  const effectiveFrom = from?.trim() || today;
  if (!isIsoDate(effectiveFrom)) throw badInput('effectiveFrom', `"${effectiveFrom}" is not a date (use YYYY-MM-DD).`);
  const effectiveTo = to?.trim() || null;
  if (effectiveTo !== null && !isIsoDate(effectiveTo)) throw badInput('effectiveTo', `"${effectiveTo}" is not a date (use YYYY-MM-DD).`);
  if (effectiveTo !== null && effectiveTo < effectiveFrom) throw badInput('effectiveTo', `the delegation would end (${effectiveTo}) before it starts (${effectiveFrom}).`);
  return { effectiveFrom, effectiveTo };
}

export function cleanText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() || null;
  if (text !== null && text.length > max) throw badInput(field, `at most ${max} characters.`);
  return text;
}

function hasLeft(p: { leftOn: string | null }): boolean {
  return hasLeftBy(p.leftOn, isoToday());
}

function leftMessage(name: string, leftOn: string | null, what: string): string {
  return `${name} left the council${leftOn ? ` on ${leftOn}` : ''}, so cannot ${what}. Choose someone who works there now.`;
}

export class DelegationService extends WriteService {
  // ------------------------------------------------------------------------------------ helpers

  private async scheme(councilId: number): Promise<CouncilScheme> {
    const scheme = await loadCouncilScheme(this.em, councilId);
    if (!scheme) throw notFound('Council', toGlobalId('Council', councilId));
    return scheme;
  }

  /** The scope as the domain sees it (id decoded, not yet checked against the council). */
  private scopeOf(input: DelegationScopeInput, councilId: number, field = 'scope'): DelegationScope {
    if (input.kind === DelegationScopeKind.COUNCIL) {
      if (input.id) {
        const id = decodeId(`${field}.id`, input.id, 'Council');
        if (id !== councilId) throw badInput(`${field}.id`, 'a delegation can only cover the council it belongs to.');
      }
      return { kind: 'COUNCIL', id: councilId };
    }
    if (!input.id) throw badInput(`${field}.id`, `give the ${input.kind === DelegationScopeKind.DIRECTORATE ? 'directorate' : 'service'} the delegation covers.`);
    const type = input.kind === DelegationScopeKind.DIRECTORATE ? 'Directorate' : 'Service';
    return { kind: input.kind, id: decodeId(`${field}.id`, input.id, type) };
  }

  private target(scope: DelegationScope, councilId: number): WriteTarget {
    if (scope.kind === 'DIRECTORATE') return { kind: 'directorate', councilId, directorateId: scope.id! };
    if (scope.kind === 'SERVICE') return { kind: 'service', councilId, serviceId: scope.id! };
    return { kind: 'council', councilId };
  }

  private assertScope(scope: DelegationScope, scheme: CouncilScheme, field = 'scope.id'): void {
    if (!scopeExists(scope, scheme.index)) {
      throw badInput(field, `${scope.kind === 'DIRECTORATE' ? 'no directorate' : 'no service'} with that id exists in ${scheme.council.name}.`);
    }
  }

  /**
   * The person must be on record in this council: someone of another council gets the answer an
   * unknown id gets, so it tells nothing about them (not even that they exist).
   */
  private async personOf(field: string, globalId: string, scheme: CouncilScheme): Promise<{ id: number; name: string }> {
    const id = decodeId(field, globalId, 'Person');
    const own = scheme.people.find((p) => p.id === id);
    if (!own) throw badInput(field, `no person with id ${globalId} exists.`);
    if (!own.active) throw badInput(field, leftMessage(own.name, own.leftOn, 'hold its powers'));
    return { id, name: own.name };
  }

  /** A person of the council referenced by an input field; another council's person is as unknown. */
  private councilPerson(field: string, globalId: string, councilId: number): Promise<Person> {
    return this.ref(Person, 'Person', field, globalId, councilId, { noun: 'person' });
  }

  /** Who is acting, read through the em of the caller's transaction (SQLite has one connection). */
  private async actor(em: Em): Promise<{ actor: number | null; label: string }> {
    const v = this.access.viewer;
    if (v.kind === 'person') {
      const p = await em.findOne(Person, { id: v.personId }, { fields: ['id', 'name'] });
      return { actor: v.personId, label: p?.name ?? `person #${v.personId}` };
    }
    if (v.kind === 'partner') return { actor: null, label: `partner key #${v.apiKeyId}` };
    return { actor: null, label: v.kind };
  }

  async record(em: Em, events: EventInput[], note?: string): Promise<void> {
    const { actor, label } = await this.actor(em);
    const at = new Date();
    for (const e of events) {
      em.create(DelegationEvent, {
        council: e.council,
        kind: e.kind,
        at,
        actor,
        actorLabel: note ? `${label} (${note})` : label,
        delegation: e.delegation ?? null,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        before: e.before ?? null,
        after: e.after ?? null,
        note: e.note ?? null,
      });
    }
  }

  // ------------------------------------------------------------------------- bodies and powers

  async createBody(input: CreateDecisionBodyInput): Promise<DecisionBody> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite({ kind: 'council', councilId: council.id });
    assertValid(validateName('name', input.name));
    const name = input.name.trim();
    const existing = await this.em.find(DecisionBody, { council: council.id }, { fields: ['id', 'name'] });
    if (existing.some((b) => b.name.toLowerCase() === name.toLowerCase())) throw badInput('name', `${council.name} already has a decision body called '${name}'.`);
    return this.em.transactional(async (tx) => {
      const body = tx.create(DecisionBody, { council: council.id, name, kind: input.kind });
      await tx.flush();
      await this.record(tx, [{ council: council.id, kind: DelegationEventKind.BODY_CREATED, subjectType: 'DecisionBody', subjectId: body.id, after: { name, kind: input.kind } }]);
      return body;
    });
  }

  async createPower(input: CreateDecisionPowerInput): Promise<DecisionPower> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite({ kind: 'council', councilId: council.id });
    assertValid(validateName('name', input.name));
    const name = input.name.trim();
    const kind = input.kind.trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{0,59}$/.test(kind)) throw badInput('kind', 'a short code in capitals, e.g. CARE_PACKAGE (letters, digits and _).');
    // Another council's body is as unknown.
    const body = await this.ref(DecisionBody, 'DecisionBody', 'sourceBodyId', input.sourceBodyId, council.id, { noun: 'decision body' });
    const financialLimit = checkMoney('financialLimit', input.financialLimit);
    const existing = await this.em.find(DecisionPower, { council: council.id }, { fields: ['id', 'name'] });
    if (existing.some((p) => p.name.toLowerCase() === name.toLowerCase())) throw badInput('name', `${council.name} already has a decision power called '${name}'.`);
    return this.em.transactional(async (tx) => {
      const power = tx.create(DecisionPower, { council: council.id, name, kind, description: cleanText('description', input.description, 2000), sourceBody: body.id, financialLimit });
      await tx.flush();
      await this.record(tx, [
        { council: council.id, kind: DelegationEventKind.POWER_CREATED, subjectType: 'DecisionPower', subjectId: power.id, after: { name, kind, sourceBody: body.name, financialLimit } },
      ]);
      return power;
    });
  }

  // ------------------------------------------------------------------------------- delegations

  private duplicateOf(scheme: CouncilScheme, powerId: number, toPersonId: number, scope: DelegationScope, parentId: number | null) {
    return scheme.delegations.find(
      (d) => d.revokedOn === null && d.powerId === powerId && d.toPersonId === toPersonId && d.scope.kind === scope.kind && d.scope.id === scope.id && d.parentId === parentId && (d.effectiveTo === null || d.effectiveTo >= scheme.index.today),
    );
  }

  /** A power delegated by its source body to a person of the council. */
  async delegate(input: DelegateInput): Promise<Delegation> {
    const power = await this.load(DecisionPower, 'DecisionPower', 'powerId', input.powerId);
    const councilId = idOf(power.council)!;
    const scope = this.scopeOf(input.scope, councilId);
    await this.access.requireWrite(this.target(scope, councilId));
    const scheme = await this.scheme(councilId);
    const bodyId = decodeId('fromBodyId', input.fromBodyId, 'DecisionBody');
    const body = scheme.bodies.find((b) => b.id === bodyId);
    if (!body) throw badInput('fromBodyId', `no decision body with id ${input.fromBodyId} exists in ${scheme.council.name}.`);
    const source = scheme.bodies.find((b) => b.id === idOf(power.sourceBody));
    if (body.id !== source?.id) throw badInput('fromBodyId', `"${power.name}" belongs to ${source?.name ?? 'another body'}, so ${body.name} cannot delegate it.`);
    const to = await this.personOf('toPersonId', input.toPersonId, scheme);
    this.assertScope(scope, scheme);
    const financialLimit = checkMoney('financialLimit', input.financialLimit);
    if (financialLimit !== null && power.financialLimit !== null && financialLimit > power.financialLimit) {
      throw badInput('financialLimit', `"${power.name}" is limited to ${formatMoney(power.financialLimit)}, so it cannot be delegated with a limit of ${formatMoney(financialLimit)}.`);
    }
    const dates = checkDates(input.effectiveFrom, input.effectiveTo, scheme.index.today);
    if (this.duplicateOf(scheme, power.id, to.id, scope, null)) throw badInput('toPersonId', `${to.name} already holds "${power.name}" from ${body.name} over ${scopeLabel(scope, scheme.index)}.`);
    const conditions = cleanText('conditions', input.conditions, 2000);

    return this.em.transactional(async (tx) => {
      const d = tx.create(Delegation, {
        council: councilId,
        power: power.id,
        fromBody: body.id,
        toPerson: to.id,
        ...this.scopeColumns(scope),
        financialLimit,
        conditions,
        maySubDelegate: input.maySubDelegate,
        ...dates,
      });
      await tx.flush();
      await this.record(tx, [
        {
          council: councilId,
          kind: DelegationEventKind.DELEGATED,
          delegation: d.id,
          subjectType: 'Delegation',
          subjectId: d.id,
          after: delegationState(d, { power: power.name, to: to.name, scope: scopeLabel(scope, scheme.index) }),
          note: `from ${body.name}`,
        },
      ]);
      return d;
    });
  }

  scopeColumns(scope: DelegationScope): { scopeKind: DelegationScopeKind; scopeDirectorate: number | null; scopeService: number | null } {
    return {
      scopeKind: scope.kind,
      scopeDirectorate: scope.kind === 'DIRECTORATE' ? scope.id : null,
      scopeService: scope.kind === 'SERVICE' ? scope.id : null,
    };
  }

  /** The holder of a delegation passes (part of) it on: never wider than the parent, never in a loop. */
  async subDelegate(input: SubDelegateInput): Promise<Delegation> {
    const parentRow = await this.load(Delegation, 'Delegation', 'parentId', input.parentId);
    const councilId = idOf(parentRow.council)!;
    const scope = this.scopeOf(input.scope, councilId);
    await this.access.requireWrite(this.target(scope, councilId));
    this.checkVersion('The parent delegation', parentRow.version, input.parentVersion);
    const scheme = await this.scheme(councilId);
    const parent = scheme.delegations.find((d) => d.id === parentRow.id)!;
    const to = await this.personOf('toPersonId', input.toPersonId, scheme);
    this.assertScope(scope, scheme);
    const financialLimit = checkMoney('financialLimit', input.financialLimit);
    const dates = checkDates(input.effectiveFrom, input.effectiveTo, scheme.index.today);
    const powerName = scheme.index.powersById.get(parent.powerId)?.name ?? `power #${parent.powerId}`;
    const holderName = scheme.index.peopleById.get(parent.toPersonId)?.name ?? `person #${parent.toPersonId}`;
    assertValid(validateDelegationLoop(parent.id, to.id, scheme.index));
    const refused = validateSubDelegation(
      { ...parent, powerName, toPersonName: holderName },
      { fromPersonId: parent.toPersonId, toPersonId: to.id, scope, financialLimit, maySubDelegate: input.maySubDelegate, ...dates },
      scheme.index,
    );
    if (refused) throw badInput(refused.field === 'scope' ? 'scope' : refused.field, refused.message);
    if (this.duplicateOf(scheme, parent.powerId, to.id, scope, parent.id)) throw badInput('toPersonId', `${to.name} already holds "${powerName}" from ${holderName} over ${scopeLabel(scope, scheme.index)}.`);
    const conditions = cleanText('conditions', input.conditions, 2000);

    return this.em.transactional(async (tx) => {
      const d = tx.create(Delegation, {
        council: councilId,
        power: parent.powerId,
        fromPerson: parent.toPersonId,
        toPerson: to.id,
        ...this.scopeColumns(scope),
        financialLimit,
        conditions,
        maySubDelegate: input.maySubDelegate,
        parent: parent.id,
        ...dates,
      });
      await tx.flush();
      await this.record(tx, [
        {
          council: councilId,
          kind: DelegationEventKind.SUB_DELEGATED,
          delegation: d.id,
          subjectType: 'Delegation',
          subjectId: d.id,
          after: delegationState(d, { power: powerName, to: to.name, scope: scopeLabel(scope, scheme.index) }),
          note: `from ${holderName} (delegation ${toGlobalId('Delegation', parent.id)})`,
        },
      ]);
      return d;
    });
  }

  /** Revokes a delegation and every sub-delegation below it, recording each. */
  async revoke(input: RevokeDelegationInput): Promise<{ delegation: Delegation; revokedIds: number[] }> {
    const row = await this.load(Delegation, 'Delegation', 'id', input.id);
    const councilId = idOf(row.council)!;
    const scheme = await this.scheme(councilId);
    const own = scheme.delegations.find((d) => d.id === row.id)!;
    await this.access.requireWrite(this.target(own.scope, councilId));
    this.checkVersion('The delegation', row.version, input.version);
    if (row.revokedOn !== null) throw conflict(`This delegation was already revoked on ${row.revokedOn}.`);
    const revokedOn = input.revokedOn?.trim() || scheme.index.today;
    if (!isIsoDate(revokedOn)) throw badInput('revokedOn', `"${revokedOn}" is not a date (use YYYY-MM-DD).`);
    const reason = cleanText('reason', input.reason, 2000);
    const ids = revocationSet(row.id, scheme.index.delegationsById).filter((id) => scheme.index.delegationsById.get(id)!.revokedOn === null);
    const viewer = this.access.viewer;
    const revokedBy = viewer.kind === 'person' && scheme.index.peopleById.has(viewer.personId) ? viewer.personId : null;
    const name = (id: number) => {
      const d = scheme.index.delegationsById.get(id)!;
      return {
        power: scheme.index.powersById.get(d.powerId)?.name ?? '',
        to: scheme.index.peopleById.get(d.toPersonId)?.name ?? '',
        scope: scopeLabel(d.scope, scheme.index),
      };
    };
    return this.em.transactional(async (tx) => {
      const rows = await tx.find(Delegation, { id: { $in: ids } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const events: EventInput[] = [];
      for (const id of ids) {
        const d = byId.get(id)!;
        const before = delegationState(d, name(id));
        d.revokedOn = revokedOn;
        d.revokedBy = revokedBy === null ? null : tx.getReference(Person, revokedBy, { wrapped: true });
        events.push({
          council: councilId,
          kind: DelegationEventKind.REVOKED,
          delegation: id,
          subjectType: 'Delegation',
          subjectId: id,
          before,
          after: { ...before, revokedOn },
          note: id === row.id ? reason : `revoked with the delegation it comes from (${toGlobalId('Delegation', row.id)})${reason ? `: ${reason}` : ''}`,
        });
      }
      await this.flush(tx);
      await this.record(tx, events);
      return { delegation: byId.get(row.id)!, revokedIds: ids };
    });
  }

  // --------------------------------------------------------------------- owners and MI manager

  async setAccountableOwner(input: SetAccountableOwnerInput): Promise<Service> {
    const service = await this.load(Service, 'Service', 'serviceId', input.serviceId);
    const councilId = idOf(service.council)!;
    await this.access.requireWrite({ kind: 'service', councilId, serviceId: service.id });
    this.checkVersion(`Service '${service.name}'`, service.version, input.version);
    const council = await this.em.findOneOrFail(Council, { id: councilId });
    let owner: Person | null = null;
    if (input.personId) {
      // A service's accountable owner is one of its own council's people; anyone else is as unknown.
      owner = await this.councilPerson('personId', input.personId, council.id);
      if (hasLeft(owner)) throw badInput('personId', leftMessage(owner.name, owner.leftOn, 'answer for a service'));
    }
    const beforeId = idOf(service.accountableOwner);
    const before = beforeId === null ? null : await this.em.findOne(Person, { id: beforeId }, { fields: ['id', 'name'] });
    const state = (p: { id: number; name: string } | null) => ({ ownerId: p ? toGlobalId('Person', p.id) : null, owner: p?.name ?? null });
    return this.em.transactional(async (tx) => {
      service.accountableOwner = owner ? tx.getReference(Person, owner.id, { wrapped: true }) : null;
      await this.flush(tx);
      await this.record(tx, [
        { council: councilId, kind: DelegationEventKind.OWNER_SET, subjectType: 'Service', subjectId: service.id, before: { service: service.name, ...state(before) }, after: { service: service.name, ...state(owner) } },
      ]);
      return service;
    });
  }

  async setMiResponsible(input: SetMiResponsibleInput): Promise<Council> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite({ kind: 'council', councilId: council.id });
    this.checkVersion(`Council '${council.name}'`, council.version, input.version);
    const person = await this.councilPerson('personId', input.personId, council.id);
    if (hasLeft(person)) throw badInput('personId', leftMessage(person.name, person.leftOn, 'be responsible for its management information'));
    const beforeId = idOf(council.miResponsible);
    const before = beforeId === null ? null : await this.em.findOne(Person, { id: beforeId }, { fields: ['id', 'name'] });
    return this.em.transactional(async (tx) => {
      council.miResponsible = tx.getReference(Person, person.id, { wrapped: true });
      await this.flush(tx);
      await this.record(tx, [
        {
          council: council.id,
          kind: DelegationEventKind.MI_MANAGER_SET,
          subjectType: 'Council',
          subjectId: council.id,
          before: { miResponsibleId: before ? toGlobalId('Person', before.id) : null, miResponsible: before?.name ?? null },
          after: { miResponsibleId: toGlobalId('Person', person.id), miResponsible: person.name },
        },
      ]);
      return council;
    });
  }
}

