import { describe, expect, it } from 'vitest';
import { accountabilityFindings } from './checks.js';
import { generateLargeCouncil } from './fixtures.js';
import { whatPersonAnswersFor, whoIsAccountable } from './paths.js';
import { buildAccountabilityIndex, servicesInScope } from './scope.js';

describe('a generated 20,000-person, 2,000-service council', () => {
  const snapshot = generateLargeCouncil();

  it('has the generated shape', () => {
    expect(snapshot.people).toHaveLength(20_000);
    expect(snapshot.services).toHaveLength(2_000);
    const index = buildAccountabilityIndex(snapshot);
    expect(servicesInScope({ kind: 'COUNCIL', id: null }, index)).toHaveLength(2_000);
    expect(servicesInScope({ kind: 'DIRECTORATE', id: 3 }, index)).toHaveLength(400);
  });

  it('finds exactly the planted problems, aggregated rather than flooded', () => {
    const started = performance.now();
    const findings = accountabilityFindings(snapshot);
    const elapsed = performance.now() - started;
    // Reported, not asserted: timing depends on the machine.
    console.info(`accountabilityFindings on 20,000 people / 2,000 services: ${elapsed.toFixed(0)} ms, ${findings.length} findings`);

    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
    expect(counts).toEqual({
      UNOWNED_SERVICE: 18, // teams 0, 100, ..., 1700
      ACCOUNTABILITY_WITHOUT_AUTHORITY: 12, // teams 7, 157, ..., 1657 without a delegation
      DECISION_WITHOUT_ACCOUNTABILITY: 3, // one per planted delegation, not one per service
      SUBDELEGATION_OUT_OF_SCOPE: 10, // 9 under a head who may not sub-delegate + 1 over the power's limit
      CYCLE: 2, // one line-management loop, one delegation loop
      BLURRED_ACCOUNTABILITY: 5,
      DATA_OWNER_MISSING: 6,
      DUAL_ACCOUNTABILITY: 450, // staff 0, 40, ..., 17960
    });

    const decisions = findings.filter((f) => f.code === 'DECISION_WITHOUT_ACCOUNTABILITY');
    const directorateWide = decisions.find((f) => f.nodes[0]!.name === 'Staff 0')!;
    // 400 services in directorate 0, 4 of them unowned (left to UNOWNED_SERVICE).
    expect(directorateWide.message).toContain('is not accountable for 396 of the 400 services it covers');
    expect(directorateWide.nodes.filter((n) => n.type === 'Service')).toHaveLength(10);
    for (const name of ['Staff 360', 'Staff 361']) {
      expect(decisions.find((f) => f.nodes[0]!.name === name)!.message).toContain('10 of the 10 services');
    }

    const lineLoop = findings.find((f) => f.code === 'CYCLE' && f.nodes[0]!.type === 'Person')!;
    expect(lineLoop.nodes.map((n) => n.name)).toEqual(['Staff 17991', 'Staff 17992', 'Staff 17993']);
    expect(findings[0]!.severity).toBe('critical');
    expect(findings[findings.length - 1]!.code).toBe('DUAL_ACCOUNTABILITY');
  });

  it('answers the tree questions on the large council', () => {
    const index = buildAccountabilityIndex(snapshot);
    const team = snapshot.services.find((s) => s.name === 'Team 1.5.0')!;
    const answer = whoIsAccountable(team.id, index)!;
    expect(answer.owner?.name).toBe('Team manager 1.5.0');
    expect(answer.ownerChain.map((p) => p.name)).toEqual(['Head 1.5', 'Director 1', 'Chief Executive']);
    expect(answer.decisionMakers.map((d) => [d.person.name, d.accountable])).toEqual([
      ['Chief Executive', true],
      ['Director 1', true],
      ['Head 1.5', true],
      ['Staff 360', false],
      ['Team manager 1.5.0', true],
    ]);
    const director = whatPersonAnswersFor(snapshot.directorates[0]!.directorId!, index, [])!;
    expect(director.directoratesDirected[0]!.services).toHaveLength(400);
  });
});
