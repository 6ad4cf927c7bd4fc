import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@goldenthread/api';
import { Council, DecisionBody, Directorate, Indicator, Objective, Person, PersonKind, Priority, Service } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type GqlResult, type TestServer } from '../testkit/index.js';

/** An id of each type that exists nowhere. */
const UNKNOWN = 987_654_321;

interface Foreign {
  type: string;
  id: number;
  /** What must never appear in an answer about it. */
  names: string[];
}

/** The answer with the id sent replaced, so the answer about another council's record and about an unknown id compare. */
function shape(res: GqlResult, globalId: string): unknown {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  const { message, extensions } = res.errors![0]!;
  return JSON.parse(JSON.stringify({ message, extensions }).split(globalId).join('<id>'));
}

/**
 * Another council's administrator sends an id of the demo council's record in a mutation's input:
 * the answer is exactly the one for an id that exists nowhere (so ids cannot be used to list another
 * council's records), and names nothing of the record.
 */
describe.each(dialects())("references to another council's records in mutation inputs on %s", (dialect) => {
  let server: TestServer;
  let admin: Client;
  const mine: Record<string, any> = {};
  const theirs: Record<string, Foreign> = {};

  async function ok(query: string, variables: Record<string, unknown>): Promise<any> {
    const res = await admin.gql(query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: 'E10000029' });
    const person = await em.findOneOrFail(
      Person,
      { council: suffolk, kind: PersonKind.OFFICER, lineManager: { $ne: null } },
      { orderBy: { id: 'asc' } },
    );
    const service = await em.findOneOrFail(Service, { council: suffolk, parent: null }, { orderBy: { id: 'asc' } });
    const team = await em.findOneOrFail(Service, { council: suffolk, parent: { $ne: null } }, { orderBy: { id: 'asc' } });
    const directorate = await em.findOneOrFail(Directorate, { council: suffolk }, { orderBy: { id: 'asc' } });
    const priority = await em.findOneOrFail(Priority, { council: suffolk, level: 'CORPORATE' as never }, { orderBy: { id: 'asc' } });
    const objective = await em.findOneOrFail(Objective, { council: suffolk }, { orderBy: { id: 'asc' } });
    const indicator = await em.findOneOrFail(Indicator, { council: suffolk }, { orderBy: { id: 'asc' } });
    const body = await em.findOneOrFail(DecisionBody, { council: suffolk }, { orderBy: { id: 'asc' } });
    const also = [suffolk.name];
    theirs.person = { type: 'Person', id: person.id, names: [person.name, ...(person.email ? [person.email] : []), ...also] };
    theirs.service = { type: 'Service', id: service.id, names: [service.name, ...also] };
    theirs.team = { type: 'Service', id: team.id, names: [team.name, ...also] };
    theirs.directorate = { type: 'Directorate', id: directorate.id, names: [directorate.name, ...also] };
    theirs.priority = { type: 'Priority', id: priority.id, names: [priority.name, ...also] };
    theirs.objective = { type: 'Objective', id: objective.id, names: [objective.name, ...also] };
    theirs.indicator = { type: 'Indicator', id: indicator.id, names: [indicator.title, indicator.code, ...also] };
    theirs.body = { type: 'DecisionBody', id: body.id, names: [body.name, ...also] };

    // Hartlepool's administrator and a little of Hartlepool's own organisation to write to.
    admin = await server.adminOf('E06000001');
    const council = (await ok(`{ viewer { council { id version } person { id } } }`, {})).viewer;
    mine.councilId = council.council.id;
    mine.councilVersion = council.council.version;
    mine.me = council.person.id;
    mine.directorate = (
      await ok(`mutation($i: CreateDirectorateInput!) { createDirectorate(input: $i) { directorate { id version } } }`, {
        i: { councilId: mine.councilId, name: 'Adults' },
      })
    ).createDirectorate.directorate;
    mine.service = (
      await ok(`mutation($i: CreateServiceInput!) { createService(input: $i) { service { id version } } }`, {
        i: { directorateId: mine.directorate.id, name: 'Home care' },
      })
    ).createService.service;
    mine.person = (
      await ok(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id version } } }`, {
        i: { councilId: mine.councilId, name: 'Pat Manager', email: 'pat@hartlepool.example' },
      })
    ).createPerson.person;
    await ok(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }`, {
      i: { councilId: mine.councilId, name: 'Ria Report', lineManagerId: mine.person.id },
    });
    mine.priority = (
      await ok(`mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id } } }`, {
        i: { councilId: mine.councilId, level: 'CORPORATE', name: 'Independence', period: '2025-26' },
      })
    ).createPriority.priority;
    mine.ascof = (await ok(`{ indicator(framework: ASCOF, code: "1A") { id } }`, {})).indicator.id;
    mine.target = (
      await ok(`mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id } } }`, {
        i: { councilId: mine.councilId, indicatorId: mine.ascof, period: '2025-26', value: 19 },
      })
    ).setTarget.target;
    mine.body = (
      await ok(`mutation($i: CreateDecisionBodyInput!) { createDecisionBody(input: $i) { body { id } } }`, {
        i: { councilId: mine.councilId, name: 'Cabinet', kind: 'EXECUTIVE' },
      })
    ).createDecisionBody.body;
    mine.power = (
      await ok(`mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id } } }`, {
        i: { councilId: mine.councilId, name: 'Approve care packages', kind: 'CARE', sourceBodyId: mine.body.id },
      })
    ).createDecisionPower.power;
  });
  afterAll(async () => {
    await server?.close();
  });

  const M = {
    createPerson: `mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }`,
    updatePerson: `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { id } } }`,
    deletePerson: `mutation($id: ID!, $r: ID) { deletePerson(id: $id, reassignReportsToId: $r) { deletedIds } }`,
    createDirectorate: `mutation($i: CreateDirectorateInput!) { createDirectorate(input: $i) { directorate { id } } }`,
    updateDirectorate: `mutation($i: UpdateDirectorateInput!) { updateDirectorate(input: $i) { directorate { id } } }`,
    createService: `mutation($i: CreateServiceInput!) { createService(input: $i) { service { id } } }`,
    updateService: `mutation($i: UpdateServiceInput!) { updateService(input: $i) { service { id } } }`,
    createPriority: `mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id } } }`,
    updatePriority: `mutation($i: UpdatePriorityInput!) { updatePriority(input: $i) { priority { id } } }`,
    deletePriority: `mutation($id: ID!, $r: ID) { deletePriority(id: $id, relinkObjectivesTo: $r) { deletedIds } }`,
    createObjective: `mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { objective { id } } }`,
    recordConsultation: `mutation($i: RecordConsultationInput!) { recordConsultation(input: $i) { consultation { id } } }`,
    createAppraisalObjective:
      `mutation($i: CreateAppraisalObjectiveInput!) { createAppraisalObjective(input: $i) { appraisalObjective { ` + `id } } }`,
    linkTarget: `mutation($i: TargetLinkInput!) { linkTarget(input: $i) { changed } }`,
    createDecisionPower: `mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id } } }`,
    delegate: `mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id } } }`,
    setAccountableOwner: `mutation($i: SetAccountableOwnerInput!) { setAccountableOwner(input: $i) { service { id } } }`,
    setMiResponsible: `mutation($i: SetMiResponsibleInput!) { setMiResponsible(input: $i) { council { id } } }`,
    setIndicatorOwnership: `mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { id } } }`,
    setTarget: `mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id } } }`,
    recordMeasurement: `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id } } }`,
  };

  /** Each case: which of their records, and the mutation sending its id. */
  const cases: Array<[string, string, (id: string) => Promise<GqlResult>]> = [
    [
      'createPerson lineManagerId',
      'person',
      (id) => admin.gql(M.createPerson, { i: { councilId: mine.councilId, name: 'New Starter', lineManagerId: id } }),
    ],
    [
      'createPerson functionalManagerId',
      'person',
      (id) => admin.gql(M.createPerson, { i: { councilId: mine.councilId, name: 'New Starter', functionalManagerId: id } }),
    ],
    [
      'createPerson serviceId',
      'service',
      (id) => admin.gql(M.createPerson, { i: { councilId: mine.councilId, name: 'New Starter', serviceId: id } }),
    ],
    [
      'createPerson directorateId',
      'directorate',
      (id) => admin.gql(M.createPerson, { i: { councilId: mine.councilId, name: 'New Starter', directorateId: id } }),
    ],
    [
      'updatePerson lineManagerId',
      'person',
      (id) => admin.gql(M.updatePerson, { i: { id: mine.person.id, version: mine.person.version, lineManagerId: id } }),
    ],
    [
      'updatePerson functionalManagerId',
      'person',
      (id) => admin.gql(M.updatePerson, { i: { id: mine.person.id, version: mine.person.version, functionalManagerId: id } }),
    ],
    [
      'updatePerson serviceId',
      'service',
      (id) => admin.gql(M.updatePerson, { i: { id: mine.person.id, version: mine.person.version, serviceId: id } }),
    ],
    ['deletePerson reassignReportsToId', 'person', (id) => admin.gql(M.deletePerson, { id: mine.person.id, r: id })],
    [
      'createDirectorate directorId',
      'person',
      (id) => admin.gql(M.createDirectorate, { i: { councilId: mine.councilId, name: 'Place', directorId: id } }),
    ],
    [
      'updateDirectorate directorId',
      'person',
      (id) => admin.gql(M.updateDirectorate, { i: { id: mine.directorate.id, version: mine.directorate.version, directorId: id } }),
    ],
    [
      'createService parentId',
      'service',
      (id) => admin.gql(M.createService, { i: { directorateId: mine.directorate.id, name: 'Reablement', parentId: id } }),
    ],
    [
      'createService accountableOwnerId',
      'person',
      (id) => admin.gql(M.createService, { i: { directorateId: mine.directorate.id, name: 'Reablement', accountableOwnerId: id } }),
    ],
    [
      'updateService accountableOwnerId',
      'person',
      (id) => admin.gql(M.updateService, { i: { id: mine.service.id, version: mine.service.version, accountableOwnerId: id } }),
    ],
    [
      'updateService parentId',
      'team',
      (id) => admin.gql(M.updateService, { i: { id: mine.service.id, version: mine.service.version, parentId: id } }),
    ],
    [
      'updateService directorateId',
      'directorate',
      (id) => admin.gql(M.updateService, { i: { id: mine.service.id, version: mine.service.version, directorateId: id } }),
    ],
    [
      'createPriority ownerId',
      'person',
      (id) =>
        admin.gql(M.createPriority, {
          i: { councilId: mine.councilId, level: 'CORPORATE', name: 'Safety', period: '2025-26', ownerId: id },
        }),
    ],
    [
      'createPriority parentId',
      'priority',
      (id) =>
        admin.gql(M.createPriority, {
          i: {
            councilId: mine.councilId,
            level: 'DIRECTORATE',
            directorateId: mine.directorate.id,
            name: 'Safety',
            period: '2025-26',
            parentId: id,
          },
        }),
    ],
    [
      'createPriority directorateId',
      'directorate',
      (id) =>
        admin.gql(M.createPriority, {
          i: { councilId: mine.councilId, level: 'DIRECTORATE', directorateId: id, name: 'Safety', period: '2025-26' },
        }),
    ],
    [
      'createPriority serviceId',
      'service',
      (id) =>
        admin.gql(M.createPriority, {
          i: { councilId: mine.councilId, level: 'SERVICE', serviceId: id, name: 'Safety', period: '2025-26' },
        }),
    ],
    [
      'createPriority nationalIndicatorId',
      'indicator',
      (id) =>
        admin.gql(M.createPriority, {
          i: {
            councilId: mine.councilId,
            level: 'CORPORATE',
            name: 'Safety',
            period: '2025-26',
            origin: 'NATIONAL',
            nationalAgenda: 'ASCOF',
            nationalIndicatorId: id,
          },
        }),
    ],
    ['updatePriority ownerId', 'person', (id) => admin.gql(M.updatePriority, { i: { id: mine.priority.id, version: 1, ownerId: id } })],
    ['deletePriority relinkObjectivesTo', 'priority', (id) => admin.gql(M.deletePriority, { id: mine.priority.id, r: id })],
    [
      'createObjective ownerId',
      'person',
      (id) => admin.gql(M.createObjective, { i: { serviceId: mine.service.id, name: 'Faster care', period: '2025-26', ownerId: id } }),
    ],
    [
      'createObjective priorityIds',
      'priority',
      (id) =>
        admin.gql(M.createObjective, { i: { serviceId: mine.service.id, name: 'Faster care', period: '2025-26', priorityIds: [id] } }),
    ],
    [
      'recordConsultation priorityIds',
      'priority',
      (id) =>
        admin.gql(M.recordConsultation, {
          i: {
            councilId: mine.councilId,
            title: 'Survey',
            date: '2025-05-01',
            heard: 'Much.',
            groups: [{ kind: 'CARERS', name: 'Carers' }],
            priorityIds: [id],
          },
        }),
    ],
    [
      'createAppraisalObjective priorityId',
      'priority',
      (id) =>
        admin.gql(M.createAppraisalObjective, { i: { personId: mine.person.id, name: 'Lead it', period: '2025-26', priorityId: id } }),
    ],
    [
      'createAppraisalObjective objectiveId',
      'objective',
      (id) =>
        admin.gql(M.createAppraisalObjective, { i: { personId: mine.person.id, name: 'Lead it', period: '2025-26', objectiveId: id } }),
    ],
    ['linkTarget priorityId', 'priority', (id) => admin.gql(M.linkTarget, { i: { targetId: mine.target.id, priorityId: id } })],
    ['linkTarget objectiveId', 'objective', (id) => admin.gql(M.linkTarget, { i: { targetId: mine.target.id, objectiveId: id } })],
    [
      'createDecisionPower sourceBodyId',
      'body',
      (id) =>
        admin.gql(M.createDecisionPower, { i: { councilId: mine.councilId, name: 'Approve grants', kind: 'GRANT', sourceBodyId: id } }),
    ],
    [
      'delegate toPersonId',
      'person',
      (id) =>
        admin.gql(M.delegate, { i: { powerId: mine.power.id, fromBodyId: mine.body.id, toPersonId: id, scope: { kind: 'COUNCIL' } } }),
    ],
    [
      'delegate fromBodyId',
      'body',
      (id) =>
        admin.gql(M.delegate, { i: { powerId: mine.power.id, fromBodyId: id, toPersonId: mine.person.id, scope: { kind: 'COUNCIL' } } }),
    ],
    [
      'delegate scope directorate',
      'directorate',
      (id) =>
        admin.gql(M.delegate, {
          i: { powerId: mine.power.id, fromBodyId: mine.body.id, toPersonId: mine.person.id, scope: { kind: 'DIRECTORATE', id } },
        }),
    ],
    [
      'delegate scope service',
      'service',
      (id) =>
        admin.gql(M.delegate, {
          i: { powerId: mine.power.id, fromBodyId: mine.body.id, toPersonId: mine.person.id, scope: { kind: 'SERVICE', id } },
        }),
    ],
    [
      'setAccountableOwner personId',
      'person',
      (id) => admin.gql(M.setAccountableOwner, { i: { serviceId: mine.service.id, version: mine.service.version, personId: id } }),
    ],
    [
      'setMiResponsible personId',
      'person',
      (id) => admin.gql(M.setMiResponsible, { i: { councilId: mine.councilId, version: mine.councilVersion, personId: id } }),
    ],
    [
      'setIndicatorOwnership dataOwnerId',
      'person',
      (id) => admin.gql(M.setIndicatorOwnership, { i: { councilId: mine.councilId, indicatorId: mine.ascof, dataOwnerId: id } }),
    ],
    [
      'setIndicatorOwnership responsibleManagerId',
      'person',
      (id) => admin.gql(M.setIndicatorOwnership, { i: { councilId: mine.councilId, indicatorId: mine.ascof, responsibleManagerId: id } }),
    ],
    [
      'setIndicatorOwnership indicatorId',
      'indicator',
      (id) => admin.gql(M.setIndicatorOwnership, { i: { councilId: mine.councilId, indicatorId: id, dataOwnerId: mine.me } }),
    ],
    [
      'setTarget serviceId',
      'service',
      (id) =>
        admin.gql(M.setTarget, { i: { councilId: mine.councilId, indicatorId: mine.ascof, period: '2026-27', serviceId: id, value: 20 } }),
    ],
    [
      'setTarget indicatorId',
      'indicator',
      (id) => admin.gql(M.setTarget, { i: { councilId: mine.councilId, indicatorId: id, period: '2026-27', value: 20 } }),
    ],
    [
      'recordMeasurement indicatorId',
      'indicator',
      (id) => admin.gql(M.recordMeasurement, { i: { councilId: mine.councilId, indicatorId: id, period: '2024-04', value: '5' } }),
    ],
  ];

  for (const [name, which, send] of cases) {
    it(`${name}: another council's ${which} gets the answer an unknown id gets, naming nothing`, async () => {
      const foreign = theirs[which]!;
      const theirId = toGlobalId(foreign.type, foreign.id);
      const unknownId = toGlobalId(foreign.type, UNKNOWN);
      const toTheirs = await send(theirId);
      const toUnknown = await send(unknownId);
      const code = toTheirs.errors?.[0]?.extensions?.code;
      expect(['NOT_FOUND', 'BAD_USER_INPUT'], JSON.stringify(toTheirs.errors ?? toTheirs.data)).toContain(code);
      // The same answer (the one about an id that exists nowhere), about the id or field sent.
      expect(shape(toTheirs, theirId)).toEqual(shape(toUnknown, unknownId));
      expect(toTheirs.errors![0]!.message).toMatch(/^(No \w+ with id \S+ exists\.|[\w.[\]]+: no [\w ]+ with (id \S+|that id) exists)/);
      const text = JSON.stringify(toTheirs.errors);
      for (const n of foreign.names) expect(text, `the answer names "${n}"`).not.toContain(n);
    });
  }
});
