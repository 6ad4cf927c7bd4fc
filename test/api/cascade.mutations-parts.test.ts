import { describe, expect, it } from 'vitest';
import {
  AppraisalObjective,
  Communication,
  Consultation,
  Indicator,
  Milestone,
  Objective,
  ObjectivePriority,
  ObjectiveTarget,
  Priority,
  PriorityLimit,
  PriorityTarget,
  Target,
} from '@goldenthread/db';
import { dialects, errorCode } from '../testkit/index.js';
import {
  YEAR,
  carers,
  councilId,
  councillor,
  count,
  createAppraisal,
  createForeignPriority,
  createObjective,
  createPriority,
  dbId,
  deletePriority,
  gid,
  gql,
  officer,
  otherAdmin,
  otherCouncilId,
  otherPerson,
  pair,
  reablement,
  recordCommunication,
  refused,
  server,
  suffolk,
  useMutationsFixture,
} from './cascade.mutations.fixture.js';

describe.each(dialects())('golden thread mutations: limits, engagement, objectives and targets on %s', (dialect) => {
  useMutationsFixture(dialect);

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
