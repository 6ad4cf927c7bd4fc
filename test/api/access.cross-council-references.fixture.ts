/**
 * The shared set-up of test/api/access.cross-council-references.test.ts: a demo server per dialect, the demo
 * council's records another council's administrator names (`theirs`), that administrator's own records to write
 * to (`mine`), and the mutations the cases send. The records are live bindings: `useReferencesFixture(dialect)`
 * fills them in its beforeAll.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import {
  Council,
  DecisionBody,
  type Dialect,
  Directorate,
  Indicator,
  Objective,
  Person,
  PersonKind,
  Priority,
  Service,
} from '@goldenthread/db';
import { type Client, type GqlResult, startTestServer, type TestServer } from '../testkit/index.js';

/** An id of each type that exists nowhere. */
export const UNKNOWN = 987_654_321;

export interface Foreign {
  type: string;
  id: number;
  /** What must never appear in an answer about it. */
  names: string[];
}

/** The answer with the id sent replaced, so the answer about another council's record and about an unknown id compare. */
export function shape(res: GqlResult, globalId: string): unknown {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  const { message, extensions } = res.errors![0]!;
  return JSON.parse(JSON.stringify({ message, extensions }).split(globalId).join('<id>'));
}

export let server: TestServer;
// The administrator of Hartlepool, who sends the ids.
export let admin: Client;
/** Hartlepool's own records, to write to. */
export const mine: Record<string, any> = {};
/** The demo council's records, by the name the cases give. */
export const theirs: Record<string, Foreign> = {};

async function ok(query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await admin.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

/** The mutations the cases send. */
export const M = {
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

/** Starts the server of a dialect and fills the records (beforeAll), and closes it (afterAll). */
export function useReferencesFixture(dialect: Dialect): void {
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
}
