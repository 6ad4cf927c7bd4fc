import { describe, expect, it } from 'vitest';
import { codeCounts, filterFindings, findingKeys, fixOf, nodeHref, normaliseSeverity, primaryNode, type AnyFinding } from './findings.js';

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

describe('fixOf', () => {
  const person = { id: 'P9', type: 'Person', name: 'Hana Head' };
  it('offers the owner of an unowned service, prefilled with the person the finding suggests', () => {
    const unowned = { ...all[1]!, suggestedPerson: person };
    expect(fixOf(unowned)).toEqual({ kind: 'accountableOwner', targetId: 'S1', suggestedId: 'P9', relatedIds: [] });
    expect(fixOf(all[1]!)).toEqual({ kind: 'accountableOwner', targetId: 'S1', suggestedId: null, relatedIds: [] });
  });
  it('offers a data owner for the indicator and an MI-responsible manager for the council', () => {
    const ind = f('DATA_OWNER_MISSING', 'MEDIUM', 'accountability', [{ id: 'I1', type: 'Indicator', name: 'Carers' }]);
    expect(fixOf(ind)).toEqual({ kind: 'dataOwner', targetId: 'I1', suggestedId: null, relatedIds: [] });
    const mi = f('MI_OWNER_MISSING', 'HIGH', 'accountability', [{ id: 'C1', type: 'Council', name: 'Suffolk' }]);
    expect(fixOf({ ...mi, suggestedPerson: person })).toEqual({ kind: 'miResponsible', targetId: 'C1', suggestedId: 'P9', relatedIds: [] });
  });
  it('offers nothing for a finding with no fix the app makes, or without the node it writes to', () => {
    expect(fixOf(all[0]!)).toBeNull();
    expect(fixOf(all[4]!)).toBeNull();
    expect(fixOf(f('UNOWNED_SERVICE', 'HIGH', 'governance', [{ id: 'S1', type: 'Service', name: 'x' }]))).toBeNull();
  });
  it('offers recording a communication for a priority nobody was told about, and telling a consultation’s groups back', () => {
    const priority = { id: 'R1', type: 'Priority', name: 'Carers' };
    expect(fixOf(f('NOT_COMMUNICATED', 'MEDIUM', 'golden-thread', [priority]))).toEqual({
      kind: 'communication',
      targetId: 'R1',
      suggestedId: null,
      relatedIds: [],
    });
    const forum = { id: 'K1', type: 'Consultation', name: 'Forum' };
    const other = { id: 'R2', type: 'Priority', name: 'Homes' };
    expect(fixOf(f('NOT_COMMUNICATED', 'LOW', 'golden-thread', [forum, priority, other]))).toEqual({
      kind: 'tellBack',
      targetId: 'K1',
      suggestedId: null,
      relatedIds: ['R1', 'R2'],
    });
    expect(fixOf(f('NOT_COMMUNICATED', 'LOW', 'golden-thread', [forum]))).toBeNull();
  });
  it('offers delegating to the owner over the first service, linking an objective, and a target on a priority', () => {
    const owner = { id: 'P1', type: 'Person', name: 'Olu Owner' };
    const services = [
      { id: 'S1', type: 'Service', name: 'Night Team' },
      { id: 'S2', type: 'Service', name: 'Day Team' },
    ];
    expect(fixOf(f('ACCOUNTABILITY_WITHOUT_AUTHORITY', 'MEDIUM', 'accountability', [owner, ...services]))).toEqual({
      kind: 'delegate',
      targetId: 'S1',
      suggestedId: 'P1',
      relatedIds: [],
    });
    const objective = f('ORPHAN_OBJECTIVE', 'HIGH', 'golden-thread', [{ id: 'O1', type: 'Objective', name: 'x' }, services[0]!]);
    expect(fixOf(objective)).toEqual({ kind: 'linkObjective', targetId: 'O1', suggestedId: null, relatedIds: [] });
    const unmeasured = f('UNMEASURED_PRIORITY', 'MEDIUM', 'golden-thread', [{ id: 'R3', type: 'Priority', name: 'y' }]);
    expect(fixOf(unmeasured)).toEqual({ kind: 'target', targetId: 'R3', suggestedId: null, relatedIds: [] });
    expect(fixOf(f('ORPHAN_OBJECTIVE', 'HIGH', 'accountability', [{ id: 'O1', type: 'Objective', name: 'x' }]))).toBeNull();
  });
});

describe('findingKeys', () => {
  it('keys each finding by what it says, the same after others go, and tells repeats apart', () => {
    const keys = findingKeys(all);
    expect(new Set(keys).size).toBe(all.length);
    expect(findingKeys(all.slice(1))).toEqual(keys.slice(1));
    const twice = findingKeys([all[0]!, all[0]!]);
    expect(twice[0]).not.toBe(twice[1]);
  });
});
