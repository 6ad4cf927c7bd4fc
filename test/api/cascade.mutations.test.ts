import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AppraisalObjective,
  Communication,
  Consultation,
  Council,
  Directorate,
  Indicator,
  Milestone,
  Objective,
  ObjectivePriority,
  ObjectiveTarget,
  Person,
  PersonKind,
  Priority,
  PriorityLevel,
  PriorityLimit,
  PriorityTarget,
  Service,
  Target,
} from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type GqlResult, type TestServer } from '../testkit/index.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const dbId = (id: string) => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
const YEAR = '2025-26';

/** A refused write: BAD_USER_INPUT naming the field. */
function refused(res: GqlResult, field: string, text?: string): void {
  expect(res.errors, JSON.stringify(res.data)).toBeDefined();
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.extensions!.field).toBe(field);
  if (text) expect(res.errors![0]!.message).toContain(text);
}

const P_FIELDS =
  'id name level status agreedOn communicatedOn version parentId isNonPriority nonPriorityReason origin nationalAgenda budget fte owner ' +
  '{ id } directorate { id } service { id }';

describe.each(dialects())('golden thread mutations on %s', (dialect) => {
  let server: TestServer;
  let suffolk: Council;
  let councilId: string;
  let otherCouncilId: string;
  let asc: Directorate;
  let cs: Directorate;
  let reablement: Service;
  let carers: Service;
  let director: Person;
  let officer: Person;
  let otherPerson: Person;
  let councillor: Person;

  // An administrator of the demo council: may change every record of the golden thread there.
  let admin: Client;
  // An administrator of another council, for records of that council.
  let otherAdmin: Client;
  const gql = (query: string, variables?: Record<string, unknown>) => admin.gql(query, variables);
  const createPriority = (input: Record<string, unknown>) =>
    gql(`mutation($input: CreatePriorityInput!) { createPriority(input: $input) { priority { ${P_FIELDS} } } }`, { input });
  const createForeignPriority = (input: Record<string, unknown>) =>
    otherAdmin.gql(`mutation($input: CreatePriorityInput!) { createPriority(input: $input) { priority { ${P_FIELDS} } } }`, { input });
  const updatePriority = (input: Record<string, unknown>) =>
    gql(`mutation($input: UpdatePriorityInput!) { updatePriority(input: $input) { priority { ${P_FIELDS} } } }`, { input });
  const deletePriority = (id: string, extra: Record<string, unknown> = {}) =>
    gql(
      `mutation($id: ID!, $version: Int, $relink: ID) { deletePriority(id: $id, version: $version, relinkObjectivesTo: $relink) { ` +
        `deletedIds relinked message } }`,
      { id, ...extra },
    );
  const createObjective = (input: Record<string, unknown>) =>
    gql(
      `mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { objective { id name version period priorities { id } } ` +
        `} }`,
      { input },
    );
  const createAppraisal = (input: Record<string, unknown>) =>
    gql(
      `mutation($input: CreateAppraisalObjectiveInput!) { createAppraisalObjective(input: $input) { appraisalObjective { id name version ` +
        `agreedOn reviewedOn rating objective { id } priority { id } } } }`,
      { input },
    );
  const recordCommunication = (input: Record<string, unknown>) =>
    gql(
      `mutation($input: RecordCommunicationInput!) { recordCommunication(input: $input) { communication { id date channel groups { kind ` +
        `name } priorities { id } } } }`,
      { input },
    );
  const count = (entity: any, where: Record<string, unknown> = {}) => server.em().count(entity, where);

  /** A corporate -> directorate pair of YEAR, for tests that need a small cascade. */
  async function pair(name: string): Promise<{ corporate: any; directorate: any }> {
    const corporate = (
      await createPriority({
        councilId,
        level: 'CORPORATE',
        name: `${name} (corporate)`,
        period: YEAR,
        ownerId: gid('Person', director.id),
        budget: 1000,
      })
    ).data.createPriority.priority;
    const directorate = (
      await createPriority({
        councilId,
        level: 'DIRECTORATE',
        name: `${name} (ASC)`,
        period: YEAR,
        parentId: corporate.id,
        directorateId: gid('Directorate', asc.id),
        ownerId: gid('Person', director.id),
      })
    ).data.createPriority.priority;
    return { corporate, directorate };
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    admin = await server.adminOf('E10000029');
    otherAdmin = await server.adminOf('E06000001');
    const em = server.em();
    suffolk = await em.findOneOrFail(Council, { gssCode: 'E10000029' });
    councilId = gid('Council', suffolk.id);
    otherCouncilId = gid('Council', (await em.findOneOrFail(Council, { gssCode: 'E06000001' })).id);
    asc = await em.findOneOrFail(Directorate, { council: suffolk.id, code: 'ASC' });
    cs = await em.findOneOrFail(Directorate, { council: suffolk.id, code: 'CS' });
    reablement = await em.findOneOrFail(Service, { council: suffolk.id, name: 'Reablement and Intermediate Care' });
    carers = await em.findOneOrFail(Service, { council: suffolk.id, name: "Carers' Support" });
    director = await em.findOneOrFail(Person, { id: asc.director!.id });
    officer = await em.findOneOrFail(Person, { council: suffolk.id, service: reablement.id }, { orderBy: { id: 'asc' } });
    councillor = await em.findOneOrFail(Person, { council: suffolk.id, kind: PersonKind.COUNCILLOR }, { orderBy: { id: 'asc' } });
    const other = await em.findOneOrFail(Council, { gssCode: 'E06000001' });
    otherPerson = em.create(Person, { council: other, name: 'Olive Other' });
    await em.flush();
  });
  afterAll(async () => {
    await server?.close();
  });

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

  describe('limits and engagement', () => {
    it('sets, changes and removes the limit of active priorities per level', async () => {
      const set = await otherAdmin.gql(
        `mutation($c: ID!) { setPriorityLimit(councilId: $c, level: CORPORATE, limit: 4) { limits { level limit } } }`,
        { c: otherCouncilId },
      );
      expect(set.data.setPriorityLimit.limits).toEqual([
        { level: 'CORPORATE', limit: 4 },
        { level: 'DIRECTORATE', limit: null },
        { level: 'SERVICE', limit: null },
      ]);
      refused(
        await otherAdmin.gql(`mutation($c: ID!) { setPriorityLimit(councilId: $c, level: SERVICE, limit: 0) { limits { level } } }`, {
          c: otherCouncilId,
        }),
        'limit',
      );
      const cleared = await otherAdmin.gql(
        `mutation($c: ID!) { setPriorityLimit(councilId: $c, level: CORPORATE, limit: null) { limits { level limit } } }`,
        { c: otherCouncilId },
      );
      expect(cleared.data.setPriorityLimit.limits[0]).toEqual({ level: 'CORPORATE', limit: null });
      expect(await count(PriorityLimit, { council: dbId(otherCouncilId) })).toBe(0);
    });

    it('records consultations with hard-to-reach groups and communications back, refusing bad input', async () => {
      const { corporate } = await pair('Engaged');
      const record = (input: Record<string, unknown>) =>
        gql(
          `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { consultation { id title date heard groups { ` +
            `kind name hardToReach } priorities { id } } } }`,
          { input },
        );
      const ok = await record({
        councilId,
        title: 'Traveller site visits',
        date: '2025-01-20',
        heard: 'Families want assessments done on site.',
        groups: [
          { kind: 'COMMUNITY', name: 'Gypsy and Traveller communities', hardToReach: true },
          { kind: 'CARERS', name: 'Young carers', hardToReach: true },
        ],
        priorityIds: [corporate.id],
      });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.recordConsultation.consultation.groups).toContainEqual({
        kind: 'COMMUNITY',
        name: 'Gypsy and Traveller communities',
        hardToReach: true,
      });
      expect(ok.data.recordConsultation.consultation.priorities).toEqual([{ id: corporate.id }]);
      const before = await count(Consultation);
      const base = {
        councilId,
        title: 'Bad',
        date: '2025-01-20',
        heard: 'Something',
        groups: [{ kind: 'STAFF', name: 'All staff' }],
        priorityIds: [],
      };
      refused(await record({ ...base, date: '20/01/2025' }), 'date');
      refused(await record({ ...base, groups: [] }), 'groups');
      refused(await record({ ...base, heard: ' ' }), 'heard');
      refused(await record({ ...base, groups: [{ kind: 'STAFF', name: '' }] }), 'groups[0].name');
      const foreign = (
        await createForeignPriority({ councilId: otherCouncilId, level: 'CORPORATE', name: 'Foreign engaged', period: YEAR })
      ).data.createPriority.priority;
      refused(await record({ ...base, priorityIds: [corporate.id, foreign.id] }), 'priorityIds[1]', 'no Priority with id');
      expect(await count(Consultation)).toBe(before);
      const comms = await count(Communication);
      refused(
        await recordCommunication({
          councilId,
          date: '2025-02-01',
          channel: 'Leaflet',
          groups: [{ kind: 'STAFF', name: 'All staff' }],
          priorityIds: [],
        }),
        'priorityIds',
      );
      refused(
        await recordCommunication({ councilId, date: '2025-02-01', channel: 'Leaflet', groups: [], priorityIds: [corporate.id] }),
        'groups',
      );
      refused(
        await recordCommunication({
          councilId,
          date: '2025-02-30',
          channel: 'Leaflet',
          groups: [{ kind: 'STAFF', name: 'All staff' }],
          priorityIds: [corporate.id],
        }),
        'date',
      );
      expect(await count(Communication)).toBe(comms);
      const told = await recordCommunication({
        councilId,
        date: '2025-02-01',
        channel: 'Site visit',
        groups: [{ kind: 'COMMUNITY', name: 'Gypsy and Traveller communities' }],
        priorityIds: [corporate.id],
      });
      expect(told.data.recordCommunication.communication).toMatchObject({ channel: 'Site visit', priorities: [{ id: corporate.id }] });
      const deleted = await gql(`mutation($id: ID!) { deleteConsultation(id: $id) { deletedIds } }`, {
        id: ok.data.recordConsultation.consultation.id,
      });
      expect(deleted.data.deleteConsultation.deletedIds).toEqual([ok.data.recordConsultation.consultation.id]);
    });
  });

  describe('objectives, milestones and appraisal objectives', () => {
    it('creates an objective delivering priorities of its year, and refuses other years, non-priorities and other councils', async () => {
      const { corporate, directorate } = await pair('Objectives');
      const non = (
        await createPriority({
          councilId,
          level: 'CORPORATE',
          name: 'Not this year',
          period: YEAR,
          isNonPriority: true,
          nonPriorityReason: 'No money.',
        })
      ).data.createPriority.priority;
      const lastYear = await server
        .em()
        .findOneOrFail(Priority, { council: suffolk.id, period: '2024-25', isNonPriority: false }, { orderBy: { id: 'asc' } });
      const foreign = (
        await createForeignPriority({ councilId: otherCouncilId, level: 'CORPORATE', name: 'Foreign objective target', period: YEAR })
      ).data.createPriority.priority;
      const before = await count(Objective);
      const base = { serviceId: gid('Service', reablement.id), name: 'Refused objective', period: YEAR };
      refused(await createObjective({ ...base, priorityIds: [directorate.id, gid('Priority', lastYear.id)] }), 'priorityIds[1]', '2024-25');
      refused(await createObjective({ ...base, priorityIds: [non.id] }), 'priorityIds[0]', 'not a priority');
      refused(await createObjective({ ...base, priorityIds: [foreign.id] }), 'priorityIds[0]', 'no Priority with id');
      refused(await createObjective({ ...base, period: 'next year', priorityIds: [] }), 'period');
      refused(await createObjective({ ...base, ownerId: gid('Person', otherPerson.id), priorityIds: [] }), 'ownerId');
      expect(await count(Objective)).toBe(before);
      expect(await count(ObjectivePriority)).toBeGreaterThan(0);
      const created = await createObjective({
        ...base,
        name: 'Two priorities',
        priorityIds: [directorate.id, corporate.id, directorate.id],
      });
      expect(created.data.createObjective.objective.priorities.map((p: any) => p.id).sort()).toEqual([corporate.id, directorate.id].sort());
      const o = created.data.createObjective.objective;
      const updated = await gql(
        `mutation($input: UpdateObjectiveInput!) { updateObjective(input: $input) { objective { version priorities { id } } } }`,
        { input: { id: o.id, version: 1, priorityIds: [corporate.id] } },
      );
      expect(updated.data.updateObjective.objective).toEqual({ version: 2, priorities: [{ id: corporate.id }] });
      const stale = await gql(`mutation($input: UpdateObjectiveInput!) { updateObjective(input: $input) { objective { version } } }`, {
        input: { id: o.id, version: 1, name: 'Stale' },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
    });

    it('keeps milestone status and completion date consistent', async () => {
      const { directorate } = await pair('Milestones');
      const o = (
        await createObjective({
          serviceId: gid('Service', reablement.id),
          name: 'With milestones',
          period: YEAR,
          priorityIds: [directorate.id],
        })
      ).data.createObjective.objective;
      const create = (input: Record<string, unknown>) =>
        gql(
          `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id name due completedOn status version ` +
            `objective { id } } } }`,
          { input },
        );
      const before = await count(Milestone);
      refused(await create({ objectiveId: o.id, name: 'Bad date', due: '2025-06-31' }), 'due');
      refused(
        await create({ objectiveId: o.id, name: 'Contradiction', due: '2025-06-30', completedOn: '2025-06-01', status: 'AT_RISK' }),
        'status',
        'COMPLETE',
      );
      refused(await create({ objectiveId: o.id, name: '', due: '2025-06-30' }), 'name');
      expect(await count(Milestone)).toBe(before);
      const m = (await create({ objectiveId: o.id, name: 'Pilot', due: '2025-06-30' })).data.createMilestone.milestone;
      expect(m).toMatchObject({ status: 'NOT_STARTED', completedOn: null, objective: { id: o.id } });
      const done = await gql(
        `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { status completedOn version } } }`,
        { input: { id: m.id, version: 1, completedOn: '2025-06-20' } },
      );
      expect(done.data.updateMilestone.milestone).toEqual({ status: 'COMPLETE', completedOn: '2025-06-20', version: 2 });
      const reopened = await gql(
        `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { status completedOn } } }`,
        { input: { id: m.id, version: 2, status: 'AT_RISK' } },
      );
      expect(reopened.data.updateMilestone.milestone).toEqual({ status: 'AT_RISK', completedOn: null });
      const deleted = await gql(`mutation($id: ID!) { deleteMilestone(id: $id) { deletedIds } }`, { id: m.id });
      expect(deleted.data.deleteMilestone.deletedIds).toEqual([m.id]);
    });

    it('aims appraisal objectives at an objective or priority of the same year, and refuses the rest', async () => {
      const { directorate } = await pair('Appraisals');
      const o = (
        await createObjective({
          serviceId: gid('Service', reablement.id),
          name: 'Appraised objective',
          period: YEAR,
          priorityIds: [directorate.id],
        })
      ).data.createObjective.objective;
      const lastYearObjective = await server
        .em()
        .findOneOrFail(Objective, { council: suffolk.id, period: '2024-25' }, { orderBy: { id: 'asc' } });
      const before = await count(AppraisalObjective);
      const base = { personId: gid('Person', officer.id), name: 'Lead the pilot', period: YEAR };
      refused(await createAppraisal(base), 'objectiveId', 'golden thread');
      refused(await createAppraisal({ ...base, objectiveId: gid('Objective', lastYearObjective.id) }), 'objectiveId', '2024-25');
      refused(
        await createAppraisal({ ...base, personId: gid('Person', councillor.id), objectiveId: o.id }),
        'personId',
        'not a member of staff',
      );
      refused(await createAppraisal({ ...base, objectiveId: o.id, agreedOn: '2025-05-01', rating: 'MET' }), 'rating', 'reviewedOn');
      refused(await createAppraisal({ ...base, objectiveId: o.id, agreedOn: '2025-05-01', reviewedOn: '2025-04-01' }), 'reviewedOn');
      refused(await createAppraisal({ ...base, objectiveId: gid('Priority', 1) }), 'objectiveId', 'expected the id of a Objective');
      expect(await count(AppraisalObjective)).toBe(before);
      const created = await createAppraisal({ ...base, objectiveId: o.id, agreedOn: '2025-05-01' });
      const a = created.data.createAppraisalObjective.appraisalObjective;
      expect(a).toMatchObject({ objective: { id: o.id }, priority: null, agreedOn: '2025-05-01', version: 1 });
      const reviewed = await gql(
        `mutation($input: UpdateAppraisalObjectiveInput!) { updateAppraisalObjective(input: $input) { appraisalObjective { reviewedOn ` +
          `rating version priority { id } objective { id } } } }`,
        {
          input: { id: a.id, version: 1, reviewedOn: '2025-10-15', rating: 'PARTLY_MET', priorityId: directorate.id },
        },
      );
      expect(reviewed.data.updateAppraisalObjective.appraisalObjective).toEqual({
        reviewedOn: '2025-10-15',
        rating: 'PARTLY_MET',
        version: 2,
        priority: { id: directorate.id },
        objective: { id: o.id },
      });
      // The thread of this person now reaches the corporate priority of YEAR.
      const thread = await gql(
        `query($id: ID!) { personThread(personId: $id, period: "${YEAR}") { hasThread appraisalObjectives { complete } } }`,
        { id: gid('Person', officer.id) },
      );
      expect(thread.data.personThread).toEqual({ hasThread: true, appraisalObjectives: [{ complete: true }] });
      // An objective that appraisal objectives aim at cannot be deleted; nor can the priority they aim at.
      refused(await gql(`mutation($id: ID!) { deleteObjective(id: $id) { deletedIds } }`, { id: o.id }), 'id', officer.name);
      expect(await count(Objective, { id: dbId(o.id) })).toBe(1);
      refused(await deletePriority(directorate.id), 'id', 'appraisal objective');
      const gone = await gql(`mutation($id: ID!, $v: Int) { deleteAppraisalObjective(id: $id, version: $v) { deletedIds } }`, {
        id: a.id,
        v: 2,
      });
      expect(gone.data.deleteAppraisalObjective.deletedIds).toEqual([a.id]);
      const deleted = await gql(`mutation($id: ID!) { deleteObjective(id: $id) { deletedIds } }`, { id: o.id });
      expect(deleted.data.deleteObjective.deletedIds).toEqual([o.id]);
      expect(await count(ObjectivePriority, { objective: dbId(o.id) })).toBe(0);
    });
  });

  describe('targets', () => {
    it('links targets to objectives and priorities of the same year, and unlinks them', async () => {
      const { corporate, directorate } = await pair('Targets');
      const o = (
        await createObjective({
          serviceId: gid('Service', carers.id),
          name: 'Measured objective',
          period: YEAR,
          priorityIds: [directorate.id],
        })
      ).data.createObjective.objective;
      const em = server.em();
      const indicator = await em.findOneOrFail(Indicator, { council: suffolk.id, code: 'SCC-ASC-03' });
      const target = em.create(Target, { council: suffolk.id, indicator, period: YEAR, value: 90, service: carers.id });
      const oldTarget = await em.findOneOrFail(Target, { council: suffolk.id, period: '2024-25' }, { orderBy: { id: 'asc' } });
      await em.flush();
      const link = (input: Record<string, unknown>) =>
        gql(
          `mutation($input: TargetLinkInput!) { linkTarget(input: $input) { targetId changed objective { id targets { id value } } ` +
            `priority { id targets { id } } } }`,
          { input },
        );
      const unlink = (input: Record<string, unknown>) =>
        gql(`mutation($input: TargetLinkInput!) { unlinkTarget(input: $input) { changed } }`, { input });
      const targetId = gid('Target', target.id);
      const before = (await count(ObjectiveTarget)) + (await count(PriorityTarget));
      refused(await link({ targetId: gid('Target', oldTarget.id), objectiveId: o.id }), 'objectiveId', 'same year');
      refused(await link({ targetId, objectiveId: o.id, priorityId: corporate.id }), 'objectiveId', 'not both');
      refused(await link({ targetId }), 'objectiveId');
      const foreign = (
        await createForeignPriority({ councilId: otherCouncilId, level: 'CORPORATE', name: 'Foreign measured', period: YEAR })
      ).data.createPriority.priority;
      refused(await link({ targetId, priorityId: foreign.id }), 'priorityId', 'no Priority with id');
      expect((await count(ObjectiveTarget)) + (await count(PriorityTarget))).toBe(before);
      const linked = await link({ targetId, objectiveId: o.id });
      expect(linked.data.linkTarget).toMatchObject({
        targetId,
        changed: true,
        objective: { id: o.id, targets: [{ id: targetId, value: 90 }] },
        priority: null,
      });
      expect((await link({ targetId, objectiveId: o.id })).data.linkTarget.changed).toBe(false);
      const onPriority = await link({ targetId, priorityId: corporate.id });
      expect(onPriority.data.linkTarget.priority.targets).toEqual([{ id: targetId }]);
      // Both links count: the corporate priority and the objective are measured.
      const report = await gql(`query($c: ID!) { goldenThread(councilId: $c, period: "${YEAR}") { findings { code nodes { id } } } }`, {
        c: councilId,
      });
      const unmeasured = report.data.goldenThread.findings
        .filter((f: any) => f.code === 'UNMEASURED_PRIORITY')
        .map((f: any) => f.nodes[0].id);
      expect(unmeasured).not.toContain(corporate.id);
      expect(unmeasured).not.toContain(directorate.id);
      expect((await unlink({ targetId, objectiveId: o.id })).data.unlinkTarget.changed).toBe(true);
      expect((await unlink({ targetId, objectiveId: o.id })).data.unlinkTarget.changed).toBe(false);
      expect(await count(ObjectiveTarget, { objective: dbId(o.id) })).toBe(0);
      const missing = await link({ targetId: gid('Target', 999999), objectiveId: o.id });
      expect(errorCode(missing)).toBe('NOT_FOUND');
    });
  });
});
