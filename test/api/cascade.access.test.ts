import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphQLSchema } from 'graphql';
import { AppError, buildGoldenThreadSchema, createContext, type Access, type WriteTarget } from '@goldenthread/api';
import {
  AppraisalObjective,
  Council,
  Directorate,
  Milestone,
  Objective,
  Person,
  PersonKind,
  Priority,
  PriorityLevel,
  seedDemo,
  seedReference,
  Service,
} from '@goldenthread/db';
import { createTestDatabase, dialects, type TestDatabase } from '../testkit/index.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

/** An access policy that records what each write asks for and refuses it. */
class RefusingAccess implements Access {
  readonly viewer = { kind: 'anonymous' } as const;
  readonly asked: WriteTarget[] = [];
  canReadUnpublished(): boolean {
    return false;
  }
  requireReadUnpublished(): void {
    throw new AppError('FORBIDDEN', 'Not for you.');
  }
  async mayWrite(): Promise<boolean> {
    return false;
  }
  isMemberOf(): boolean {
    return false;
  }
  async requireWrite(target: WriteTarget): Promise<void> {
    this.asked.push(target);
    throw new AppError('FORBIDDEN', 'Not for you.');
  }
}

describe.each(dialects())('golden thread access checks on %s', (dialect) => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let council: Council;
  let ids: Record<string, number>;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedReference(db.orm.em.fork());
    await seedDemo(db.orm.em.fork());
    schema = await buildGoldenThreadSchema();
    const em = db.orm.em.fork();
    council = await em.findOneOrFail(Council, { gssCode: 'E10000029' });
    const corporate = await em.findOneOrFail(
      Priority,
      { council: council.id, level: PriorityLevel.CORPORATE, isNonPriority: false },
      { orderBy: { id: 'asc' } },
    );
    const directoratePriority = await em.findOneOrFail(
      Priority,
      { council: council.id, level: PriorityLevel.DIRECTORATE, isNonPriority: false },
      { orderBy: { id: 'asc' } },
    );
    const servicePriority = await em.findOneOrFail(
      Priority,
      { council: council.id, level: PriorityLevel.SERVICE, parent: { $ne: null } },
      { orderBy: { id: 'asc' } },
    );
    const objective = await em.findOneOrFail(Objective, { council: council.id }, { orderBy: { id: 'asc' } });
    const milestone = await em.findOneOrFail(Milestone, { objective: objective.id }, { orderBy: { id: 'asc' } });
    const appraisal = await em.findOneOrFail(AppraisalObjective, { council: council.id }, { orderBy: { id: 'asc' } });
    const service = await em.findOneOrFail(Service, { council: council.id }, { orderBy: { id: 'asc' } });
    const directorate = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    const officer = await em.findOneOrFail(Person, { council: council.id, kind: PersonKind.OFFICER }, { orderBy: { id: 'asc' } });
    ids = {
      corporate: corporate.id,
      directoratePriority: directoratePriority.id,
      directoratePriorityDirectorate: directoratePriority.directorate!.id,
      servicePriority: servicePriority.id,
      servicePriorityService: servicePriority.service!.id,
      objective: objective.id,
      objectiveService: objective.service.id,
      milestone: milestone.id,
      appraisal: appraisal.id,
      appraisalPerson: appraisal.person.id,
      service: service.id,
      directorate: directorate.id,
      officer: officer.id,
    };
  });
  afterAll(async () => {
    await db?.close();
  });

  async function attempt(source: string, variables: Record<string, unknown> = {}): Promise<{ code: unknown; asked: WriteTarget[] }> {
    const access = new RefusingAccess();
    const result = await graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm, () => access) });
    return { code: result.errors?.[0]?.extensions?.code, asked: access.asked };
  }

  it('asks for the right write target before each change, and changes nothing when refused', async () => {
    const c = council.id;
    const em = () => db.orm.em.fork();
    const before = {
      priorities: await em().count(Priority),
      objectives: await em().count(Objective),
      appraisals: await em().count(AppraisalObjective),
    };
    const cases: Array<[string, string, Record<string, unknown>, WriteTarget]> = [
      [
        'corporate priority',
        `mutation($c: ID!) { createPriority(input: { councilId: $c, level: CORPORATE, name: "X", period: "2025-26" }) { priority { id } ` +
          `} }`,
        { c: gid('Council', c) },
        { kind: 'council', councilId: c },
      ],
      [
        'directorate priority',
        `mutation($c: ID!, $d: ID!, $p: ID!) { createPriority(input: { councilId: $c, level: DIRECTORATE, name: "X", period: "2024-25", ` +
          `directorateId: $d, parentId: $p }) { priority { id } } }`,
        { c: gid('Council', c), d: gid('Directorate', ids.directorate!), p: gid('Priority', ids.corporate!) },
        { kind: 'directorate', councilId: c, directorateId: ids.directorate! },
      ],
      [
        'update directorate priority',
        `mutation($id: ID!) { updatePriority(input: { id: $id, version: 1, name: "Y" }) { priority { id } } }`,
        { id: gid('Priority', ids.directoratePriority!) },
        { kind: 'directorate', councilId: c, directorateId: ids.directoratePriorityDirectorate! },
      ],
      [
        'delete service priority',
        `mutation($id: ID!) { deletePriority(id: $id) { deletedIds } }`,
        { id: gid('Priority', ids.servicePriority!) },
        { kind: 'service', councilId: c, serviceId: ids.servicePriorityService! },
      ],
      [
        'priority limit',
        `mutation($c: ID!) { setPriorityLimit(councilId: $c, level: CORPORATE, limit: 2) { limits { limit } } }`,
        { c: gid('Council', c) },
        { kind: 'council', councilId: c },
      ],
      [
        'consultation',
        `mutation($c: ID!) { recordConsultation(input: { councilId: $c, title: "T", date: "2025-01-01", heard: "H", groups: [{ kind: ` +
          `STAFF, name: "All staff" }] }) { consultation { id } } }`,
        { c: gid('Council', c) },
        { kind: 'council', councilId: c },
      ],
      [
        'objective',
        `mutation($s: ID!) { createObjective(input: { serviceId: $s, name: "X", period: "2024-25" }) { objective { id } } }`,
        { s: gid('Service', ids.service!) },
        { kind: 'service', councilId: c, serviceId: ids.service! },
      ],
      [
        'milestone',
        `mutation($id: ID!) { updateMilestone(input: { id: $id, version: 1, name: "Y" }) { milestone { id } } }`,
        { id: gid('Milestone', ids.milestone!) },
        { kind: 'service', councilId: c, serviceId: ids.objectiveService! },
      ],
      [
        'delete objective',
        `mutation($id: ID!) { deleteObjective(id: $id) { deletedIds } }`,
        { id: gid('Objective', ids.objective!) },
        { kind: 'service', councilId: c, serviceId: ids.objectiveService! },
      ],
      [
        'appraisal objective',
        `mutation($p: ID!, $o: ID!) { createAppraisalObjective(input: { personId: $p, name: "X", period: "2024-25", objectiveId: $o }) { ` +
          `appraisalObjective { id } } }`,
        { p: gid('Person', ids.officer!), o: gid('Objective', ids.objective!) },
        { kind: 'person', councilId: c, personId: ids.officer! },
      ],
      [
        'delete appraisal objective',
        `mutation($id: ID!) { deleteAppraisalObjective(id: $id) { deletedIds } }`,
        { id: gid('AppraisalObjective', ids.appraisal!) },
        { kind: 'person', councilId: c, personId: ids.appraisalPerson! },
      ],
    ];
    for (const [what, source, variables, target] of cases) {
      const { code, asked } = await attempt(source, variables);
      expect(code, what).toBe('FORBIDDEN');
      expect(asked[0], what).toEqual(target);
    }
    expect({
      priorities: await em().count(Priority),
      objectives: await em().count(Objective),
      appraisals: await em().count(AppraisalObjective),
    }).toEqual(before);
  });

  it('shows viewers who may not read unpublished data only communicated priorities, and no staff thread', async () => {
    const cascade = await attempt(
      `query($c: ID!) { cascade(councilId: $c, period: "2024-25") { includesUnpublished rollup { priorities { total draft agreed ` +
        `communicated } appraisalObjectives } } }`,
      { c: gid('Council', council.id) },
    );
    expect(cascade.code).toBeUndefined();
    const access = new RefusingAccess();
    const result = await graphql({
      schema,
      source:
        `query($c: ID!) { cascade(councilId: $c, period: "2024-25") { includesUnpublished rollup { priorities { total draft agreed ` +
        `communicated } appraisalObjectives } } }`,
      variableValues: { c: gid('Council', council.id) },
      contextValue: createContext(db.orm, () => access),
    });
    const rollup = (result.data as any).cascade.rollup;
    expect((result.data as any).cascade.includesUnpublished).toBe(false);
    expect(rollup.priorities.draft + rollup.priorities.agreed).toBe(0);
    expect(rollup.priorities.communicated).toBeGreaterThan(5);
    expect(rollup.appraisalObjectives).toBe(0);
    const thread = await attempt(`query($p: ID!) { personThread(personId: $p, period: "2024-25") { hasThread } }`, {
      p: gid('Person', ids.officer!),
    });
    expect(thread.code).toBe('FORBIDDEN');
    const report = await attempt(`query($c: ID!) { goldenThread(councilId: $c, period: "2024-25") { period } }`, {
      c: gid('Council', council.id),
    });
    expect(report.code).toBe('FORBIDDEN');
  });
});
