import { describe, expect, it } from 'vitest';
import { codeCounts, filterFindings, nodeHref, normaliseSeverity, primaryNode, type AnyFinding } from './findings.js';

const f = (code: string, severity: string, source: AnyFinding['source'], nodes: AnyFinding['nodes'] = []): AnyFinding => ({
  code,
  severity: normaliseSeverity(severity),
  source,
  message: code,
  fix: '',
  nodes,
});
const all = [
  f('DUAL_ACCOUNTABILITY', 'INFO', 'accountability'),
  f('UNOWNED_SERVICE', 'HIGH', 'accountability', [{ id: 'S1', type: 'Service', name: 'Night Team' }]),
  f('ORPHAN_OBJECTIVE', 'medium', 'golden-thread'),
  f('SUBDELEGATION_OUT_OF_SCOPE', 'CRITICAL', 'accountability', [
    { id: 'D1', type: 'Delegation', name: 'x' },
    { id: 'P1', type: 'Person', name: 'Ann' },
  ]),
  f('UNOWNED_SERVICE', 'HIGH', 'accountability'),
];

describe('findings', () => {
  it('filters by code, source and at-least severity, most serious first', () => {
    expect(filterFindings(all, {}).map((x) => x.severity)).toEqual(['critical', 'high', 'high', 'medium', 'info']);
    expect(filterFindings(all, { code: 'UNOWNED_SERVICE' })).toHaveLength(2);
    expect(filterFindings(all, { severity: 'high' }).map((x) => x.code)).toEqual([
      'SUBDELEGATION_OUT_OF_SCOPE',
      'UNOWNED_SERVICE',
      'UNOWNED_SERVICE',
    ]);
    expect(filterFindings(all, { source: 'golden-thread' }).map((x) => x.code)).toEqual(['ORPHAN_OBJECTIVE']);
    expect(codeCounts(all)[0]).toEqual({ code: 'UNOWNED_SERVICE', count: 2 });
  });

  it('links a finding to the view of its first node that has one', () => {
    expect(nodeHref('E1', { id: 'S1', type: 'Service', name: 'n' })).toBe('/councils/E1/explorer/S1');
    expect(nodeHref('E1', { id: 'P9', type: 'Priority', name: 'n' }, '2024-25')).toBe('/councils/E1/priorities/P9?period=2024-25');
    expect(nodeHref('E1', { id: 'I1', type: 'Indicator', name: 'n' })).toBe('/councils/E1/indicator/I1');
    expect(nodeHref('E1', { id: 'D1', type: 'Delegation', name: 'n' })).toBeNull();
    expect(primaryNode('E1', all[3]!)?.node.id).toBe('P1');
    expect(normaliseSeverity('WHATEVER')).toBe('info');
    expect(nodeHref('E1', { id: 'R1', type: 'Risk', name: 'n' })).toBe('/councils/E1/governance/risks/R1');
    expect(nodeHref('E1', { id: 'B1', type: 'BestValueReview', name: 'n' })).toBe('/councils/E1/governance/reviews/B1');
    expect(nodeHref('E1', { id: 'A1', type: 'Action', name: 'n' })).toBe('/councils/E1/governance/actions');
  });
});
