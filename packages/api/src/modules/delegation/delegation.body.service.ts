/** Writes of a council's decision bodies (the cabinet, committees, the full council). */
import {
  CouncillorRole,
  DecisionBody,
  DecisionPower,
  Delegation,
  DelegationEventKind,
  ScrutinyMeeting,
  ScrutinyRecommendation,
  ScrutinyTopic,
} from '@goldenthread/db';
import { decisionBodyDeletionRefusal, validateName, validateUniqueName } from '@goldenthread/domain';
import { assertValid } from '../../errors.js';
import { idOf } from '../../loaders.js';
import type { CreateDecisionBodyInput, UpdateDecisionBodyInput } from './delegation.input.js';
import { refuse, SchemeWriteService, schemeWriteTarget } from './delegation.writes.js';

const stateOf = (b: DecisionBody) => ({ name: b.name, kind: b.kind });

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

  /** Renames a body or changes its kind (the version read must be the stored one). */
  async update(input: UpdateDecisionBodyInput): Promise<DecisionBody> {
    const body = await this.load(DecisionBody, 'DecisionBody', 'id', input.id);
    const councilId = idOf(body.council)!;
    await this.access.requireWrite(schemeWriteTarget(councilId));
    this.checkVersion(`The decision body '${body.name}'`, body.version, input.version);
    const before = stateOf(body);
    let name = body.name;
    if (input.name !== undefined && input.name !== null) {
      assertValid(validateName('name', input.name));
      name = input.name.trim();
      const others = await this.em.find(DecisionBody, { council: councilId, id: { $ne: body.id } }, { fields: ['id', 'name'] });
      assertValid(validateUniqueName('name', name, others, await this.councilName(councilId), 'decision body'));
    }
    // Checked first, then changed: a refusal leaves the record as it was.
    Object.assign(body, { name, kind: input.kind ?? body.kind });
    return this.em.transactional(async (tx) => {
      await this.flush(tx);
      await this.record(tx, [
        {
          council: councilId,
          kind: DelegationEventKind.UPDATED,
          subjectType: 'DecisionBody',
          subjectId: body.id,
          before,
          after: stateOf(body),
        },
      ]);
      return body;
    });
  }

  /** Deletes a body that nothing hangs on (the domain's decisionBodyDeletionRefusal says what may). */
  async delete(globalId: string, version: number | null | undefined): Promise<DecisionBody> {
    const body = await this.load(DecisionBody, 'DecisionBody', 'id', globalId);
    const councilId = idOf(body.council)!;
    await this.access.requireWrite(schemeWriteTarget(councilId));
    this.checkVersion(`The decision body '${body.name}'`, body.version, version);
    const committee = { committee: body.id };
    const [powers, delegations, topics, meetings, recommendations, seats] = await Promise.all([
      this.em.count(DecisionPower, { sourceBody: body.id }),
      this.em.count(Delegation, { fromBody: body.id }),
      this.em.count(ScrutinyTopic, committee),
      this.em.count(ScrutinyMeeting, committee),
      this.em.count(ScrutinyRecommendation, committee),
      this.em.count(CouncillorRole, committee),
    ]);
    refuse(decisionBodyDeletionRefusal(body, { powers, delegations, committeeRecords: topics + meetings + recommendations + seats }));
    const before = stateOf(body);
    const subjectId = body.id;
    return this.em.transactional(async (tx) => {
      tx.remove(body);
      await this.flush(tx);
      // The scheme's latest changes list the deletion (the audit trail has it too).
      await this.record(tx, [
        { council: councilId, kind: DelegationEventKind.BODY_DELETED, subjectType: 'DecisionBody', subjectId, before },
      ]);
      return body;
    });
  }
}
