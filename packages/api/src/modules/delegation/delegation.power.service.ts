/** Writes of a council's decision powers, each held by the body that may delegate it. */
import { DecisionBody, DecisionPower, DelegationEventKind } from '@goldenthread/db';
import { powerKindOf, validatePowerKind, validateUniqueName } from '@goldenthread/domain';
import { assertValid } from '../../errors.js';
import type { CreateDecisionPowerInput } from './delegation.input.js';
import { checkMoney, cleanText, SchemeWriteService } from './delegation.writes.js';

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
}
