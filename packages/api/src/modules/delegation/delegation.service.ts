/**
 * Writes of delegations: a power delegated by its body, a delegation passed on (sub-delegated) by its
 * holder, and a revocation with every sub-delegation below it. Each is checked with the domain's
 * rules on a fresh snapshot of the council and recorded as an event.
 */
import { DecisionPower, Delegation, DelegationEventKind, Person } from '@goldenthread/db';
import {
  duplicateDelegation,
  revocationSet,
  scopeLabel,
  validateDelegationLoop,
  validateIsoDate,
  validateLimitWithinPower,
  validateSourceBody,
  validateSubDelegation,
  type DelegationScope,
} from '@goldenthread/domain';
import { assertValid, badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import type { CouncilScheme } from './delegation-snapshot.js';
import { delegationState, type EventInput } from './delegation.events.js';
import type { DelegateInput, RevokeDelegationInput, SubDelegateInput } from './delegation.input.js';
import { checkDates, checkMoney, cleanText, SchemeWriteService, scopeColumns } from './delegation.writes.js';

/** BAD_USER_INPUT in toPersonId when the person already holds the power so (same scope, same parent). */
function refuseDuplicate(
  scheme: CouncilScheme,
  held: { powerId: number; toPersonId: number; scope: DelegationScope; parentId: number | null },
  message: string,
): void {
  if (duplicateDelegation(scheme.delegations, held, scheme.index.today)) throw badInput('toPersonId', message);
}

export class DelegationService extends SchemeWriteService {
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
    assertValid(
      validateSourceBody(
        'fromBodyId',
        power,
        body,
        scheme.bodies.find((b) => b.id === idOf(power.sourceBody)),
      ),
    );
    const to = this.personOf('toPersonId', input.toPersonId, scheme);
    this.assertScope(scope, scheme);
    const financialLimit = checkMoney('financialLimit', input.financialLimit);
    assertValid(validateLimitWithinPower('financialLimit', power, financialLimit));
    const dates = checkDates(input.effectiveFrom, input.effectiveTo, scheme.index.today);
    const scopeName = scopeLabel(scope, scheme.index);
    refuseDuplicate(
      scheme,
      { powerId: power.id, toPersonId: to.id, scope, parentId: null },
      `${to.name} already holds "${power.name}" from ${body.name} over ${scopeName}.`,
    );
    const conditions = cleanText('conditions', input.conditions, 2000);

    return this.em.transactional(async (tx) => {
      const d = tx.create(Delegation, {
        council: councilId,
        power: power.id,
        fromBody: body.id,
        toPerson: to.id,
        ...scopeColumns(scope),
        financialLimit,
        conditions,
        maySubDelegate: input.maySubDelegate,
        ...dates,
      });
      await tx.flush();
      const after = delegationState(d, { power: power.name, to: to.name, scope: scopeName });
      await this.record(tx, [
        {
          council: councilId,
          kind: DelegationEventKind.DELEGATED,
          delegation: d.id,
          subjectType: 'Delegation',
          subjectId: d.id,
          after,
          note: `from ${body.name}`,
        },
      ]);
      return d;
    });
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
    const to = this.personOf('toPersonId', input.toPersonId, scheme);
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
    const scopeName = scopeLabel(scope, scheme.index);
    refuseDuplicate(
      scheme,
      { powerId: parent.powerId, toPersonId: to.id, scope, parentId: parent.id },
      `${to.name} already holds "${powerName}" from ${holderName} over ${scopeName}.`,
    );
    const conditions = cleanText('conditions', input.conditions, 2000);

    return this.em.transactional(async (tx) => {
      const d = tx.create(Delegation, {
        council: councilId,
        power: parent.powerId,
        fromPerson: parent.toPersonId,
        toPerson: to.id,
        ...scopeColumns(scope),
        financialLimit,
        conditions,
        maySubDelegate: input.maySubDelegate,
        parent: parent.id,
        ...dates,
      });
      await tx.flush();
      const after = delegationState(d, { power: powerName, to: to.name, scope: scopeName });
      const note = `from ${holderName} (delegation ${toGlobalId('Delegation', parent.id)})`;
      await this.record(tx, [
        {
          council: councilId,
          kind: DelegationEventKind.SUB_DELEGATED,
          delegation: d.id,
          subjectType: 'Delegation',
          subjectId: d.id,
          after,
          note,
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
    assertValid(validateIsoDate('revokedOn', revokedOn));
    const reason = cleanText('reason', input.reason, 2000);
    const { delegationsById, powersById, peopleById } = scheme.index;
    const ids = revocationSet(row.id, delegationsById).filter((id) => delegationsById.get(id)!.revokedOn === null);
    const viewer = this.access.viewer;
    const revokedBy = viewer.kind === 'person' && peopleById.has(viewer.personId) ? viewer.personId : null;
    const names = (id: number) => {
      const d = delegationsById.get(id)!;
      return {
        power: powersById.get(d.powerId)?.name ?? '',
        to: peopleById.get(d.toPersonId)?.name ?? '',
        scope: scopeLabel(d.scope, scheme.index),
      };
    };
    const noteOf = (id: number) =>
      id === row.id
        ? reason
        : `revoked with the delegation it comes from (${toGlobalId('Delegation', row.id)})${reason ? `: ${reason}` : ''}`;
    return this.em.transactional(async (tx) => {
      const rows = await tx.find(Delegation, { id: { $in: ids } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const events: EventInput[] = [];
      for (const id of ids) {
        const d = byId.get(id)!;
        const before = delegationState(d, names(id));
        d.revokedOn = revokedOn;
        d.revokedBy = revokedBy === null ? null : tx.getReference(Person, revokedBy, { wrapped: true });
        const after = { ...before, revokedOn };
        events.push({
          council: councilId,
          kind: DelegationEventKind.REVOKED,
          delegation: id,
          subjectType: 'Delegation',
          subjectId: id,
          before,
          after,
          note: noteOf(id),
        });
      }
      await this.flush(tx);
      await this.record(tx, events);
      return { delegation: byId.get(row.id)!, revokedIds: ids };
    });
  }
}
