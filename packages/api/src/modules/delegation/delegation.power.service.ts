/** Writes of a council's decision powers, each held by the body that may delegate it. */
import { DecisionBody, DecisionPower, Delegation, DelegationEventKind } from '@goldenthread/db';
import {
  decisionPowerDeletionRefusal,
  decisionPowerUpdateRefusal,
  powerKindOf,
  validateName,
  validatePowerKind,
  validateUniqueName,
  type DelegationOfPower,
} from '@goldenthread/domain';
import { assertValid } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { isoToday } from './delegation-snapshot.js';
import type { CreateDecisionPowerInput, UpdateDecisionPowerInput } from './delegation.input.js';
import { checkMoney, cleanText, refuse, SchemeWriteService, schemeWriteTarget } from './delegation.writes.js';

export class DecisionPowerService extends SchemeWriteService {
  async create(input: CreateDecisionPowerInput): Promise<DecisionPower> {
    const { council, name } = await this.councilAndName(input);
    const kind = powerKindOf(input.kind);
    assertValid(validatePowerKind('kind', kind));
    // Another council's body is as unknown.
    const body = await this.ref(DecisionBody, 'DecisionBody', 'sourceBodyId', input.sourceBodyId, council.id, { noun: 'decision body' });
    const financialLimit = checkMoney('financialLimit', input.financialLimit);
    const existing = await this.em.find(DecisionPower, { council: council.id }, { fields: ['id', 'name'] });
    assertValid(validateUniqueName('name', name, existing, council.name, 'decision power'));
    const description = cleanText('description', input.description, 2000);
    return this.em.transactional(async (tx) => {
      const power = tx.create(DecisionPower, { council: council.id, name, kind, description, sourceBody: body.id, financialLimit });
      await tx.flush();
      const after = { name, kind, sourceBody: body.name, financialLimit };
      await this.record(tx, [
        { council: council.id, kind: DelegationEventKind.POWER_CREATED, subjectType: 'DecisionPower', subjectId: power.id, after },
      ]);
      return power;
    });
  }

  /**
   * Changes a power's name, kind, description, body or limit; what is left out stays. Refused (the
   * domain's decisionPowerUpdateRefusal) when it would leave a live delegation of it invalid.
   */
  async update(input: UpdateDecisionPowerInput): Promise<DecisionPower> {
    const power = await this.load(DecisionPower, 'DecisionPower', 'id', input.id);
    const councilId = idOf(power.council)!;
    await this.access.requireWrite(schemeWriteTarget(councilId));
    this.checkVersion(`The decision power '${power.name}'`, power.version, input.version);
    const oldBody = await this.em.findOneOrFail(DecisionBody, { id: idOf(power.sourceBody)! });
    const before = { name: power.name, kind: power.kind, sourceBody: oldBody.name, financialLimit: power.financialLimit };
    // Everything is checked before the record changes, so a refusal leaves nothing half changed.
    let name = power.name;
    if (input.name !== undefined && input.name !== null) {
      assertValid(validateName('name', input.name));
      name = input.name.trim();
      const others = await this.em.find(DecisionPower, { council: councilId, id: { $ne: power.id } }, { fields: ['id', 'name'] });
      assertValid(validateUniqueName('name', name, others, await this.councilName(councilId), 'decision power'));
    }
    const kind = input.kind === undefined || input.kind === null ? power.kind : powerKindOf(input.kind);
    assertValid(validatePowerKind('kind', kind));
    const description = input.description === undefined ? power.description : cleanText('description', input.description, 2000);
    const body = input.sourceBodyId
      ? await this.ref(DecisionBody, 'DecisionBody', 'sourceBodyId', input.sourceBodyId, councilId, { noun: 'decision body' })
      : oldBody;
    const financialLimit = input.financialLimit === undefined ? power.financialLimit : checkMoney('financialLimit', input.financialLimit);
    const delegations = await this.delegationsOf(power.id);
    const change = { sourceBodyId: body.id, financialLimit };
    refuse(decisionPowerUpdateRefusal({ name: power.name, sourceBodyId: oldBody.id }, change, delegations, isoToday()));
    Object.assign(power, { name, kind, description, financialLimit });
    power.sourceBody = this.em.getReference(DecisionBody, body.id, { wrapped: true });
    const after = { name: power.name, kind: power.kind, sourceBody: body.name, financialLimit };
    return this.em.transactional(async (tx) => {
      await this.flush(tx);
      await this.record(tx, [
        { council: councilId, kind: DelegationEventKind.UPDATED, subjectType: 'DecisionPower', subjectId: power.id, before, after },
      ]);
      return power;
    });
  }

  /** Deletes a power never delegated (the domain's decisionPowerDeletionRefusal says why another may not go). */
  async delete(globalId: string, version: number | null | undefined): Promise<DecisionPower> {
    const power = await this.load(DecisionPower, 'DecisionPower', 'id', globalId);
    const councilId = idOf(power.council)!;
    await this.access.requireWrite(schemeWriteTarget(councilId));
    this.checkVersion(`The decision power '${power.name}'`, power.version, version);
    refuse(decisionPowerDeletionRefusal(power, await this.delegationsOf(power.id), isoToday()));
    const before = { name: power.name, kind: power.kind, financialLimit: power.financialLimit };
    const subjectId = power.id;
    return this.em.transactional(async (tx) => {
      tx.remove(power);
      await this.flush(tx);
      // The scheme's latest changes list the deletion (the audit trail has it too).
      await this.record(tx, [
        { council: councilId, kind: DelegationEventKind.POWER_DELETED, subjectType: 'DecisionPower', subjectId, before },
      ]);
      return power;
    });
  }

  /** Every delegation of the power (revoked ones too), as the domain's rules read them. */
  private async delegationsOf(powerId: number): Promise<DelegationOfPower[]> {
    const rows = await this.em.find(
      Delegation,
      { power: powerId },
      { fields: ['effectiveFrom', 'effectiveTo', 'revokedOn', 'financialLimit', 'fromBody'], disableIdentityMap: true },
    );
    return rows.map((d) => ({
      effectiveFrom: String(d.effectiveFrom),
      effectiveTo: d.effectiveTo === null ? null : String(d.effectiveTo),
      revokedOn: d.revokedOn === null ? null : String(d.revokedOn),
      financialLimit: d.financialLimit,
      fromBodyId: idOf(d.fromBody),
    }));
  }
}
