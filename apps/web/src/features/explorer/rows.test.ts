import { describe, expect, it } from 'vitest';
import { indexTree } from '../../charts/tree/layout.js';
import {
  accountabilityRows,
  councillorGroupId,
  lineManagementRows,
  nodeFindings,
  organisationRows,
  searchRows,
  withFindings,
  type OrgNodeInput,
  type PersonInput,
} from './rows.js';

const org: OrgNodeInput[] = [
  { id: 'C', parentId: null, kind: 'COUNCIL', name: 'Suffolk', ownerId: 'P1', ownerName: 'Ann Chief', headcount: 0 },
  { id: 'D', parentId: 'C', kind: 'DIRECTORATE', name: 'Adult Social Care', ownerId: 'P1', ownerName: 'Ann Chief', headcount: 1 },
  { id: 'S', parentId: 'D', kind: 'SERVICE', name: 'Reablement', ownerId: 'P2', ownerName: 'Bob Head', headcount: 1 },
  { id: 'T', parentId: 'S', kind: 'TEAM', name: 'Night Team', ownerId: null, ownerName: null, headcount: 1 },
];
const people: PersonInput[] = [
  {
    id: 'P1',
    name: 'Ann Chief',
    jobTitle: 'Director',
    kind: 'OFFICER',
    serviceId: null,
    directorateId: 'D',
    lineManagerId: null,
    functionalManagerId: null,
  },
  {
    id: 'P2',
    name: 'Bob Head',
    jobTitle: 'Head of Reablement',
    kind: 'OFFICER',
    serviceId: 'S',
    directorateId: 'D',
    lineManagerId: 'P1',
    functionalManagerId: null,
  },
  {
    id: 'P3',
    name: 'Cat Analyst',
    jobTitle: 'Performance Officer',
    kind: 'OFFICER',
    serviceId: 'T',
    directorateId: 'D',
    lineManagerId: 'P2',
    functionalManagerId: 'P1',
  },
  {
    id: 'P4',
    name: 'Dan Member',
    jobTitle: null,
    kind: 'COUNCILLOR',
    serviceId: null,
    directorateId: null,
    lineManagerId: null,
    functionalManagerId: null,
  },
];

describe('organisationRows', () => {
  it('marks a service or team without an owner UNOWNED, and nothing else', () => {
    const rows = organisationRows(org, null);
    expect(rows.find((r) => r.id === 'T')!.findings).toMatchObject([{ code: 'UNOWNED_SERVICE', severity: 'high', label: 'Unowned' }]);
    expect(rows.find((r) => r.id === 'T')!.subtitle).toBe('No accountable owner');
    expect(rows.filter((r) => r.findings.length).map((r) => r.id)).toEqual(['T']);
  });

  it('keeps findings the API serves and does not duplicate derived ones', () => {
    const served = [{ code: 'UNOWNED_SERVICE', severity: 'high' as const, label: 'Unowned', message: 'from the API' }];
    const rows = organisationRows([org[0]!, { ...org[3]!, parentId: 'C', findings: served }], null);
    expect(rows[1]!.findings).toEqual(served);
  });

  it('puts people in their unit, councillors in one group, and flags dual accountability', () => {
    const rows = organisationRows(org, people);
    const index = indexTree(rows);
    expect(index.byId.get('P3')!.parent!.data.id).toBe('T');
    expect(index.byId.get('P1')!.parent!.data.id).toBe('D');
    expect(index.byId.get('P4')!.parent!.data.id).toBe(councillorGroupId('C'));
    const p3 = rows.find((r) => r.id === 'P3')!;
    expect(p3.secondaryParentId).toBe('P1');
    expect(p3.findings).toMatchObject([{ code: 'DUAL_ACCOUNTABILITY', label: 'Dual' }]);
    expect(p3.findings[0]!.message).toContain('Ann Chief');
  });
});

describe('lineManagementRows', () => {
  it('hangs officers under their line managers and leaves councillors out', () => {
    const rows = lineManagementRows({ id: 'C', name: 'Suffolk' }, people);
    const index = indexTree(rows);
    expect(index.byId.get('P3')!.parent!.data.id).toBe('P2');
    expect(index.byId.get('P1')!.parent!.data.id).toBe('C');
    expect(index.byId.has('P4')).toBe(false);
  });
});

describe('searchRows', () => {
  const rows = organisationRows(org, people);
  it('matches names and job titles, any case, prefix matches first', () => {
    expect(searchRows(rows, 'rEab').map((h) => h.id)).toEqual(['S', 'P2']);
    expect(searchRows(rows, 'performance officer').map((h) => h.id)).toEqual(['P3']);
    expect(searchRows(rows, '   ')).toEqual([]);
    expect(searchRows(rows, 'zzz')).toEqual([]);
  });
});

describe('accountability tree rows', () => {
  const all = [
    { code: 'UNOWNED_SERVICE', severity: 'HIGH' as const, message: 'Night Team has no owner.' },
    { code: 'DECISION_WITHOUT_ACCOUNTABILITY', severity: 'HIGH' as const, message: 'Bob decides on the Night Team.' },
    { code: 'DECISION_WITHOUT_ACCOUNTABILITY', severity: 'HIGH' as const, message: 'Ann decides on the Night Team.' },
    { code: 'DUAL_ACCOUNTABILITY', severity: 'INFO' as const, message: 'Cat answers to two managers.' },
  ];
  const nodes = [
    { id: 'C', parentId: null, kind: 'COUNCIL' as const, name: 'Suffolk', ownerName: 'Ann Chief', findings: [], delegations: [] },
    { id: 'B', parentId: 'C', kind: 'BODY' as const, name: 'Full Council', detail: 'FULL_COUNCIL', findings: [], delegations: [] },
    {
      id: 'D',
      parentId: 'C',
      kind: 'DIRECTORATE' as const,
      name: 'Adult Social Care',
      ownerName: 'Ann Chief',
      findings: [],
      delegations: [],
    },
    { id: 'S', parentId: 'D', kind: 'SERVICE' as const, name: 'Reablement', ownerName: 'Bob Head', findings: [], delegations: [] },
    {
      id: 'T',
      parentId: 'S',
      kind: 'TEAM' as const,
      name: 'Night Team',
      ownerName: null,
      findings: [{ index: 2 }, { index: 0 }, { index: 1 }],
      delegations: [],
    },
  ];

  it('gives one badge per code, most serious first, counting repeats', () => {
    const f = nodeFindings(nodes[4]!, all);
    expect(f.map((x) => x.label)).toEqual(['Decision', 'Unowned']);
    expect(f[0]!.message).toBe('Ann decides on the Night Team. (and 1 more like it)');
    expect(nodeFindings({ findings: [{ index: 3 }] }, all)[0]).toMatchObject({
      code: 'DUAL_ACCOUNTABILITY',
      severity: 'info',
      label: 'Dual',
    });
    // The person a finding's fix suggests goes with its badge, for the side panel's form.
    const suggested = nodeFindings({ findings: [{ index: 0 }] }, [{ ...all[0]!, suggestedPerson: { id: 'P9' } }]);
    expect(suggested[0]!.suggestedId).toBe('P9');
    expect(nodeFindings({ findings: [{ index: 0 }] }, all)[0]!.suggestedId).toBeUndefined();
  });

  it('puts people not loaded yet under their unit, councillors under Full Council, with headcounts', () => {
    const findings = new Map([['T', nodeFindings(nodes[4]!, all)]]);
    const rows = accountabilityRows(nodes, findings, people);
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get('P3')!.parentId).toBe('T');
    expect(by.get('P3')!.secondaryParentId).toBe('P1');
    expect(by.get('P4')!.parentId).toBe('B');
    expect(by.get('B')!.subtitle).toBe('Full Council');
    expect(by.get('T')!.headcount).toBe(1);
    expect(by.get('T')!.subtitle).toBe('No accountable owner');
    expect(by.get('T')!.findings.map((f) => f.code)).toEqual(['DECISION_WITHOUT_ACCOUNTABILITY', 'UNOWNED_SERVICE']);
    expect(indexTree(rows).orphans).toBe(0);
  });

  it('adds units below the loaded levels from the organisation, so people sit in their own team', () => {
    const shallow = nodes.slice(0, 4); // the team T is not loaded yet
    const rows = accountabilityRows(shallow, new Map(), people, org);
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get('T')).toMatchObject({ parentId: 'S', kind: 'TEAM', subtitle: 'No accountable owner', headcount: 1 });
    expect(by.get('T')!.findings.map((f) => f.code)).toEqual(['UNOWNED_SERVICE']);
    expect(by.get('P3')!.parentId).toBe('T');
    expect(rows.filter((r) => r.id === 'S')).toHaveLength(1);
  });

  it('does not repeat a person the tree already has, and lays findings over line management', () => {
    const withP2 = [
      ...nodes,
      { id: 'P2', parentId: 'S', kind: 'PERSON' as const, name: 'Bob Head', detail: 'Head of Reablement', findings: [], delegations: [] },
    ];
    expect(accountabilityRows(withP2, new Map(), people).filter((r) => r.id === 'P2')).toHaveLength(1);
    const line = withFindings(
      lineManagementRows({ id: 'C', name: 'Suffolk' }, people),
      new Map([['P2', [{ code: 'X', severity: 'high' as const, label: 'X', message: 'm' }]]]),
    );
    expect(line.find((r) => r.id === 'P2')!.findings).toHaveLength(1);
  });
});
