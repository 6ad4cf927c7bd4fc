import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Objective, ObjectivePriority, Priority, PriorityLevel, PriorityStatus } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

const DRILL = `query($p: ID!, $from: String, $to: String) { scrutinyDrillDown(priorityId: $p, from: $from, to: $to) {
  from to priority { id name level status } priorities { id name level }
  objectives { objective { id name } targets { id period value indicator { code title } } }
  targets { id value }
  indicators { indicator { code title } direction latest { period value rag status } points { period value rag status target } }
} }`;

describe.each(dialects())('scrutiny drill-down on %s', (dialect) => {
  let server: TestServer;
  let member: Client;
  let corporate: Priority;
  let objective: Objective;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    member = await server.memberOf('E10000029');
    const em = server.em();
    // The objective whose target is on a measured monthly indicator, and the corporate priority above it.
    objective = await em.findOneOrFail(Objective, { name: 'Strengths-based assessments in every locality' });
    const link = await em.findOneOrFail(ObjectivePriority, { objective: objective.id }, { populate: ['priority'] });
    let p = link.priority.unwrap() as Priority;
    while (p.parent) p = await em.findOneOrFail(Priority, { id: p.parent.id });
    corporate = p;
    expect(corporate.level).toBe(PriorityLevel.CORPORATE);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('goes from a corporate priority down to objectives, targets and the indicator series with RAG and direction', async () => {
    const res = await member.gql(DRILL, { p: gid('Priority', corporate.id) });
    expect(res.errors).toBeUndefined();
    const d = res.data.scrutinyDrillDown;
    expect(d.priority.name).toBe(corporate.name);
    expect(d.to).toBe(corporate.period);
    expect(d.priorities.length).toBeGreaterThan(0);
    expect(d.priorities.every((p: any) => p.level !== 'CORPORATE')).toBe(true);
    const mine = d.objectives.find((o: any) => o.objective.name === objective.name);
    expect(mine.targets.map((t: any) => t.indicator.code)).toContain('L-ASC-01');
    const series = d.indicators.find((s: any) => s.indicator.code === 'L-ASC-01');
    const measured = series.points.filter((p: any) => p.value !== null);
    expect(measured.length).toBeGreaterThanOrEqual(12);
    expect(measured.every((p: any) => /^\d{4}-\d{2}$/.test(p.period))).toBe(true);
    expect(['IMPROVING', 'STABLE', 'DETERIORATING']).toContain(series.direction);
    expect(series.points.some((p: any) => ['GREEN', 'AMBER', 'RED'].includes(p.rag))).toBe(true);
  });

  it('shows the public only communicated priorities and published values', async () => {
    const em = server.em();
    const res = await server.gql(DRILL, { p: gid('Priority', corporate.id) });
    if (corporate.status !== PriorityStatus.COMMUNICATED) {
      expect(errorCode(res)).toBe('NOT_FOUND');
      return;
    }
    expect(res.errors).toBeUndefined();
    const points = res.data.scrutinyDrillDown.indicators.flatMap((s: any) => s.points).filter((p: any) => p.value !== null);
    expect(points.every((p: any) => p.status === 'PUBLISHED')).toBe(true);
    const draft = await em.findOne(Priority, { council: corporate.council.id, status: PriorityStatus.DRAFT });
    if (draft) expect(errorCode(await server.gql(DRILL, { p: gid('Priority', draft.id) }))).toBe('NOT_FOUND');
  });

  it('answers bad input clearly', async () => {
    expect(errorCode(await member.gql(DRILL, { p: gid('Priority', 999999) }))).toBe('NOT_FOUND');
    const wrongType = await member.gql(DRILL, { p: gid('Objective', objective.id) });
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
    const bad = await member.gql(DRILL, { p: gid('Priority', corporate.id), from: '2024-13' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('from');
    const backwards = await member.gql(DRILL, { p: gid('Priority', corporate.id), from: '2024-25', to: '2022-23' });
    expect(backwards.errors![0]!.extensions!.field).toBe('to');
  });

  it('costs the same number of statements for a small and a large part of the cascade', async () => {
    const em = server.em();
    const service = await em.findOneOrFail(
      Priority,
      { council: corporate.council.id, level: PriorityLevel.SERVICE, period: corporate.period, isNonPriority: false },
      { orderBy: { id: 'asc' } },
    );
    const big = await server.countStatements(() => member.gql(DRILL, { p: gid('Priority', corporate.id) }));
    const small = await server.countStatements(() => member.gql(DRILL, { p: gid('Priority', service.id) }));
    expect(big.result.errors).toBeUndefined();
    expect(small.result.errors).toBeUndefined();
    expect(big.result.data.scrutinyDrillDown.objectives.length).toBeGreaterThan(small.result.data.scrutinyDrillDown.objectives.length);
    expect(big.count).toBeLessThanOrEqual(small.count + 1);
    expect(big.count).toBeLessThanOrEqual(16);
  });
});
