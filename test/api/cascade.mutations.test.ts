import { describe, expect, it } from 'vitest';
import { ObjectivePriority, Priority, PriorityLevel, Service } from '@goldenthread/db';
import { dialects, errorCode } from '../testkit/index.js';
import {
  YEAR,
  asc,
  councilId,
  count,
  createForeignPriority,
  createObjective,
  createPriority,
  cs,
  dbId,
  deletePriority,
  director,
  gid,
  gql,
  otherCouncilId,
  otherPerson,
  pair,
  reablement,
  recordCommunication,
  refused,
  server,
  suffolk,
  updatePriority,
  useMutationsFixture,
} from './cascade.mutations.fixture.js';

describe.each(dialects())('golden thread mutations: priorities on %s', (dialect) => {
  useMutationsFixture(dialect);

  describe('priorities', () => {
    it('creates a corporate -> directorate -> service cascade and reads it back', async () => {
      const { corporate, directorate } = await pair('Prevent loneliness');
      expect(corporate).toMatchObject({ level: 'CORPORATE', status: 'DRAFT', version: 1, parentId: null, origin: 'LOCAL', budget: 1000 });
      expect(directorate).toMatchObject({ level: 'DIRECTORATE', parentId: corporate.id, directorate: { id: gid('Directorate', asc.id) } });
      const service = await createPriority({
        councilId,
        level: 'SERVICE',
        name: 'Befriending calls for people at home',
        period: YEAR,
        parentId: directorate.id,
        serviceId: gid('Service', reablement.id),
      });
      expect(service.errors).toBeUndefined();
      expect(service.data.createPriority.priority).toMatchObject({
        level: 'SERVICE',
        service: { id: gid('Service', reablement.id) },
        directorate: { id: gid('Directorate', asc.id) },
      });
      const national = await createPriority({
        councilId,
        level: 'CORPORATE',
        name: 'Fewer care home admissions',
        period: YEAR,
        origin: 'NATIONAL',
        nationalAgenda: 'ASCOF 2A',
      });
      expect(national.data.createPriority.priority).toMatchObject({ origin: 'NATIONAL', nationalAgenda: 'ASCOF 2A' });
      const non = await createPriority({
        councilId,
        level: 'CORPORATE',
        name: 'A new civic centre',
        period: YEAR,
        isNonPriority: true,
        nonPriorityReason: 'Not affordable this year.',
      });
      expect(non.data.createPriority.priority).toMatchObject({ isNonPriority: true, nonPriorityReason: 'Not affordable this year.' });
    });

    it('refuses a parent at the wrong level, and stores nothing', async () => {
      const { corporate, directorate } = await pair('Wrong level');
      const before = await count(Priority, { period: YEAR });
      refused(
        await createPriority({
          councilId,
          level: 'DIRECTORATE',
          name: 'Under a directorate',
          period: YEAR,
          parentId: directorate.id,
          directorateId: gid('Directorate', asc.id),
        }),
        'parentId',
        'must sit under a corporate priority',
      );
      refused(
        await createPriority({
          councilId,
          level: 'SERVICE',
          name: 'Under a corporate',
          period: YEAR,
          parentId: corporate.id,
          serviceId: gid('Service', reablement.id),
        }),
        'parentId',
        'directorate priority',
      );
      refused(
        await createPriority({ councilId, level: 'CORPORATE', name: 'Corporate with a parent', period: YEAR, parentId: corporate.id }),
        'parentId',
        'top of the cascade',
      );
      refused(
        await createPriority({
          councilId,
          level: 'DIRECTORATE',
          name: 'No parent',
          period: YEAR,
          directorateId: gid('Directorate', asc.id),
        }),
        'parentId',
      );
      expect(await count(Priority, { period: YEAR })).toBe(before);
    });

    it('refuses a parent of another council or another year', async () => {
      const foreign = (
        await createForeignPriority({ councilId: otherCouncilId, level: 'CORPORATE', name: 'Hartlepool priority', period: YEAR })
      ).data.createPriority.priority;
      refused(
        await createPriority({
          councilId,
          level: 'DIRECTORATE',
          name: 'Under another council',
          period: YEAR,
          parentId: foreign.id,
          directorateId: gid('Directorate', asc.id),
        }),
        'parentId',
        'no Priority with id',
      );
      const lastYear = await server
        .em()
        .findOneOrFail(
          Priority,
          { council: suffolk.id, period: '2024-25', level: PriorityLevel.CORPORATE, isNonPriority: false },
          { orderBy: { id: 'asc' } },
        );
      refused(
        await createPriority({
          councilId,
          level: 'DIRECTORATE',
          name: 'Under last year',
          period: YEAR,
          parentId: gid('Priority', lastYear.id),
          directorateId: gid('Directorate', asc.id),
        }),
        'parentId',
        '2024-25',
      );
      expect(await count(Priority, { name: { $in: ['Under another council', 'Under last year'] } })).toBe(0);
    });

    it('refuses a loop: a priority under itself, or under a priority that (through bad data) sits under it', async () => {
      const { corporate, directorate } = await pair('Loops');
      refused(
        await updatePriority({ id: directorate.id, version: directorate.version, parentId: directorate.id }),
        'parentId',
        'under itself',
      );
      // Imported data made the corporate priority sit under its own child; moving the child back closes the loop.
      await server.em().nativeUpdate(Priority, { id: dbId(corporate.id) }, { parent: dbId(directorate.id) });
      const other = (await createPriority({ councilId, level: 'CORPORATE', name: 'Loops elsewhere', period: YEAR })).data.createPriority
        .priority;
      const moved = await updatePriority({ id: directorate.id, version: directorate.version, parentId: other.id });
      expect(moved.errors).toBeUndefined();
      refused(
        await updatePriority({ id: directorate.id, version: moved.data.updatePriority.priority.version, parentId: corporate.id }),
        'parentId',
        'would create a loop',
      );
      const row = await server.em().findOneOrFail(Priority, { id: dbId(directorate.id) });
      expect(row.parent!.id).toBe(dbId(other.id));
    });

    it('moves the status forward only: AGREED needs an owner, COMMUNICATED a communication, never backwards', async () => {
      const p = (await createPriority({ councilId, level: 'CORPORATE', name: 'Status rules', period: YEAR })).data.createPriority.priority;
      refused(await updatePriority({ id: p.id, version: 1, status: 'AGREED' }), 'ownerId', 'Name an owner');
      refused(
        await updatePriority({ id: p.id, version: 1, status: 'COMMUNICATED', ownerId: gid('Person', director.id) }),
        'status',
        'agreed before it is communicated',
      );
      expect((await server.em().findOneOrFail(Priority, { id: dbId(p.id) })).owner).toBeNull();
      const agreed = await updatePriority({
        id: p.id,
        version: 1,
        status: 'AGREED',
        agreedOn: '2025-02-20',
        ownerId: gid('Person', director.id),
      });
      expect(agreed.data.updatePriority.priority).toMatchObject({ status: 'AGREED', agreedOn: '2025-02-20', version: 2 });
      refused(await updatePriority({ id: p.id, version: 2, status: 'COMMUNICATED' }), 'status', 'Record at least one communication');
      refused(await updatePriority({ id: p.id, version: 2, ownerId: null }), 'ownerId', 'keeps an owner');
      const told = await recordCommunication({
        councilId,
        date: '2025-04-10',
        channel: 'Newsletter',
        groups: [{ kind: 'STAFF', name: 'All staff' }],
        priorityIds: [p.id],
      });
      expect(told.errors).toBeUndefined();
      refused(
        await updatePriority({ id: p.id, version: 2, status: 'COMMUNICATED', communicatedOn: '2025-01-01' }),
        'communicatedOn',
        'after it is agreed',
      );
      const communicated = await updatePriority({ id: p.id, version: 2, status: 'COMMUNICATED', communicatedOn: '2025-04-10' });
      expect(communicated.data.updatePriority.priority).toMatchObject({
        status: 'COMMUNICATED',
        communicatedOn: '2025-04-10',
        agreedOn: '2025-02-20',
        version: 3,
      });
      refused(await updatePriority({ id: p.id, version: 3, status: 'AGREED' }), 'status', 'cannot go back');
      refused(await updatePriority({ id: p.id, version: 3, status: 'DRAFT' }), 'status', 'cannot go back');
      expect((await server.em().findOneOrFail(Priority, { id: dbId(p.id) })).status).toBe('COMMUNICATED');
      // Deleting the only communication of a communicated priority would remove its evidence.
      refused(
        await gql(`mutation($id: ID!) { deleteCommunication(id: $id) { deletedIds } }`, {
          id: told.data.recordCommunication.communication.id,
        }),
        'id',
        'only recorded communication',
      );
    });

    it('answers a stale version with CONFLICT and changes nothing', async () => {
      const p = (await createPriority({ councilId, level: 'CORPORATE', name: 'Versioned', period: YEAR })).data.createPriority.priority;
      expect((await updatePriority({ id: p.id, version: 1, name: 'Versioned again' })).data.updatePriority.priority.version).toBe(2);
      const stale = await updatePriority({ id: p.id, version: 1, name: 'Lost update' });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors![0]!.message).toContain('version 2');
      expect((await server.em().findOneOrFail(Priority, { id: dbId(p.id) })).name).toBe('Versioned again');
      expect(errorCode(await deletePriority(p.id, { version: 1 }))).toBe('CONFLICT');
      expect(await count(Priority, { id: dbId(p.id) })).toBe(1);
    });

    it('validates origin, non-priority reasons, placement and resources, naming the field', async () => {
      const before = await count(Priority);
      refused(
        await createPriority({ councilId, level: 'CORPORATE', name: 'National without agenda', period: YEAR, origin: 'NATIONAL' }),
        'nationalAgenda',
      );
      refused(
        await createPriority({ councilId, level: 'CORPORATE', name: 'Local with agenda', period: YEAR, nationalAgenda: 'ASCOF 1A' }),
        'origin',
      );
      refused(
        await createPriority({ councilId, level: 'CORPORATE', name: 'Not a priority', period: YEAR, isNonPriority: true }),
        'nonPriorityReason',
      );
      refused(
        await createPriority({
          councilId,
          level: 'CORPORATE',
          name: 'Corporate in a service',
          period: YEAR,
          serviceId: gid('Service', reablement.id),
        }),
        'serviceId',
      );
      refused(await createPriority({ councilId, level: 'SERVICE', name: 'Service without service', period: YEAR }), 'serviceId');
      refused(await createPriority({ councilId, level: 'CORPORATE', name: 'Negative', period: YEAR, budget: -5 }), 'budget');
      refused(await createPriority({ councilId, level: 'CORPORATE', name: '   ', period: YEAR }), 'name');
      refused(await createPriority({ councilId, level: 'CORPORATE', name: 'Bad year', period: '2025-27' }), 'period');
      refused(
        await createPriority({
          councilId,
          level: 'CORPORATE',
          name: 'Foreign owner',
          period: YEAR,
          ownerId: gid('Person', otherPerson.id),
        }),
        'ownerId',
        'no Person with id',
      );
      refused(
        await createPriority({
          councilId,
          level: 'DIRECTORATE',
          name: 'Other directorate',
          period: YEAR,
          directorateId: gid('Service', 1),
        }),
        'directorateId',
      );
      expect(await count(Priority)).toBe(before);
      const { directorate } = await pair('Placement');
      // A service priority under an adult social care priority must be in an adult social care service.
      const childrensService = await server
        .em()
        .findOneOrFail(Service, { council: suffolk.id, directorate: cs.id }, { orderBy: { id: 'asc' } });
      refused(
        await createPriority({
          councilId,
          level: 'SERVICE',
          name: 'Wrong directorate',
          period: YEAR,
          parentId: directorate.id,
          serviceId: gid('Service', childrensService.id),
        }),
        'parentId',
        'another directorate',
      );
    });

    it('refuses deleting a priority that objectives deliver, unless they are re-linked', async () => {
      const { corporate, directorate } = await pair('Delete me');
      const spare = (
        await createPriority({
          councilId,
          level: 'DIRECTORATE',
          name: 'Take over',
          period: YEAR,
          parentId: corporate.id,
          directorateId: gid('Directorate', asc.id),
        })
      ).data.createPriority.priority;
      const objective = (
        await createObjective({
          serviceId: gid('Service', reablement.id),
          name: 'Reablement for everyone leaving hospital',
          period: YEAR,
          priorityIds: [directorate.id],
        })
      ).data.createObjective.objective;
      refused(await deletePriority(directorate.id), 'id', "'Reablement for everyone leaving hospital'");
      expect(await count(Priority, { id: dbId(directorate.id) })).toBe(1);
      // Corporate priority with a child: the child priority is named too.
      refused(await deletePriority(corporate.id), 'id', 'sit under it');
      // Re-link target must be of the same council and year, not itself.
      refused(await deletePriority(directorate.id, { relink: directorate.id }), 'relinkObjectivesTo', 'being deleted');
      const lastYear = await server
        .em()
        .findOneOrFail(
          Priority,
          { council: suffolk.id, period: '2024-25', level: PriorityLevel.DIRECTORATE, isNonPriority: false },
          { orderBy: { id: 'asc' } },
        );
      refused(await deletePriority(directorate.id, { relink: gid('Priority', lastYear.id) }), 'relinkObjectivesTo', '2024-25');
      const foreign = (await createForeignPriority({ councilId: otherCouncilId, level: 'CORPORATE', name: 'Elsewhere', period: YEAR })).data
        .createPriority.priority;
      refused(await deletePriority(directorate.id, { relink: foreign.id }), 'relinkObjectivesTo', 'no Priority with id');
      expect(await count(ObjectivePriority, { priority: dbId(directorate.id) })).toBe(1);
      const done = await deletePriority(directorate.id, { relink: spare.id });
      expect(done.errors).toBeUndefined();
      expect(done.data.deletePriority).toMatchObject({ deletedIds: [directorate.id], relinked: 1 });
      const links = await server.em().find(ObjectivePriority, { objective: dbId(objective.id) });
      expect(links.map((l) => l.priority.id)).toEqual([dbId(spare.id)]);
      expect(await count(Priority, { id: dbId(directorate.id) })).toBe(0);
    });
  });
});
