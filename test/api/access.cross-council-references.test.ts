import { describe, expect, it } from 'vitest';
import { toGlobalId } from '@goldenthread/api';
import { dialects, type GqlResult } from '../testkit/index.js';
import { admin, M, mine, shape, theirs, UNKNOWN, useReferencesFixture } from './access.cross-council-references.fixture.js';

/**
 * Another council's administrator sends an id of the demo council's record in a mutation's input:
 * the answer is exactly the one for an id that exists nowhere (so ids cannot be used to list another
 * council's records), and names nothing of the record.
 */
describe.each(dialects())("references to another council's records in mutation inputs on %s", (dialect) => {
  useReferencesFixture(dialect);

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
