/** Writes of a council's decision bodies (the cabinet, committees, the full council). */
import { DecisionBody, DelegationEventKind } from '@goldenthread/db';
import { validateUniqueName } from '@goldenthread/domain';
import { assertValid } from '../../errors.js';
import type { CreateDecisionBodyInput } from './delegation.input.js';
import { SchemeWriteService } from './delegation.writes.js';

export class DecisionBodyService extends SchemeWriteService {
  async create(input: CreateDecisionBodyInput): Promise<DecisionBody> {
    const { council, name } = await this.councilAndName(input);
    const existing = await this.em.find(DecisionBody, { council: council.id }, { fields: ['id', 'name'] });
    assertValid(validateUniqueName('name', name, existing, council.name, 'decision body'));
    return this.em.transactional(async (tx) => {
      const body = tx.create(DecisionBody, { council: council.id, name, kind: input.kind });
      await tx.flush();
      await this.record(tx, [
        {
          council: council.id,
          kind: DelegationEventKind.BODY_CREATED,
          subjectType: 'DecisionBody',
          subjectId: body.id,
          after: { name, kind: input.kind },
        },
      ]);
      return body;
    });
  }
}
