/**
 * Who answers: a service's one accountable owner (a write of the Service) and the council's senior
 * manager responsible for its management information (a write of the Council). Each is one of the
 * council's own people who still works there, and each change is recorded as an event.
 */
import type { Ref } from '@mikro-orm/core';
import { Council, DelegationEventKind, Person, Service } from '@goldenthread/db';
import { hasLeftBy, leftCouncilMessage } from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { isoToday } from './delegation-snapshot.js';
import type { SetAccountableOwnerInput, SetMiResponsibleInput } from './delegation.input.js';
import { SchemeWriteService } from './delegation.writes.js';
import { councilWriteTarget, serviceWriteTarget } from '../organisation/organisation-writes.js';

abstract class OwnerWriteService extends SchemeWriteService {
  /** The council's person named in `personId`, refused when they have left (`what`: what they could not do). */
  protected async currentPerson(globalId: string, councilId: number, what: string): Promise<Person> {
    const person = await this.councilPerson('personId', globalId, councilId);
    if (hasLeftBy(person.leftOn, isoToday())) throw badInput('personId', leftCouncilMessage(person.name, person.leftOn, what));
    return person;
  }

  /** The id and name of the person a reference names, or null. */
  protected holder(ref: Ref<{ id: number }> | null): Promise<{ id: number; name: string } | null> {
    const id = idOf(ref);
    return id === null ? Promise.resolve(null) : this.em.findOne(Person, { id }, { fields: ['id', 'name'] });
  }
}

export class AccountableOwnerService extends OwnerWriteService {
  async set(input: SetAccountableOwnerInput): Promise<Service> {
    const service = await this.load(Service, 'Service', 'serviceId', input.serviceId);
    const councilId = idOf(service.council)!;
    await this.access.requireWrite(serviceWriteTarget(councilId, service.id));
    this.checkVersion(`Service '${service.name}'`, service.version, input.version);
    const council = await this.em.findOneOrFail(Council, { id: councilId });
    // A service's accountable owner is one of its own council's people; anyone else is as unknown.
    const owner = input.personId ? await this.currentPerson(input.personId, council.id, 'answer for a service') : null;
    const before = await this.holder(service.accountableOwner);
    const state = (p: { id: number; name: string } | null) => ({
      service: service.name,
      ownerId: p ? toGlobalId('Person', p.id) : null,
      owner: p?.name ?? null,
    });
    return this.em.transactional(async (tx) => {
      service.accountableOwner = owner ? tx.getReference(Person, owner.id, { wrapped: true }) : null;
      await this.flush(tx);
      await this.record(tx, [
        {
          council: councilId,
          kind: DelegationEventKind.OWNER_SET,
          subjectType: 'Service',
          subjectId: service.id,
          before: state(before),
          after: state(owner),
        },
      ]);
      return service;
    });
  }
}

export class MiResponsibleService extends OwnerWriteService {
  async set(input: SetMiResponsibleInput): Promise<Council> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite(councilWriteTarget(council.id));
    this.checkVersion(`Council '${council.name}'`, council.version, input.version);
    const person = await this.currentPerson(input.personId, council.id, 'be responsible for its management information');
    const before = await this.holder(council.miResponsible);
    const state = (p: { id: number; name: string } | null) => ({
      miResponsibleId: p ? toGlobalId('Person', p.id) : null,
      miResponsible: p?.name ?? null,
    });
    return this.em.transactional(async (tx) => {
      council.miResponsible = tx.getReference(Person, person.id, { wrapped: true });
      await this.flush(tx);
      await this.record(tx, [
        {
          council: council.id,
          kind: DelegationEventKind.MI_MANAGER_SET,
          subjectType: 'Council',
          subjectId: council.id,
          before: state(before),
          after: state(person),
        },
      ]);
      return council;
    });
  }
}
