import { describe, expect, it } from 'vitest';
import { indexTree } from '../../charts/tree/layout.js';
import { councillorGroupId, lineManagementRows, organisationRows, searchRows, type OrgNodeInput, type PersonInput } from './rows.js';

const org: OrgNodeInput[] = [
  { id: 'C', parentId: null, kind: 'COUNCIL', name: 'Suffolk', ownerId: 'P1', ownerName: 'Ann Chief', headcount: 0 },
  { id: 'D', parentId: 'C', kind: 'DIRECTORATE', name: 'Adult Social Care', ownerId: 'P1', ownerName: 'Ann Chief', headcount: 1 },
  { id: 'S', parentId: 'D', kind: 'SERVICE', name: 'Reablement', ownerId: 'P2', ownerName: 'Bob Head', headcount: 1 },
  { id: 'T', parentId: 'S', kind: 'TEAM', name: 'Night Team', ownerId: null, ownerName: null, headcount: 1 },
];
const people: PersonInput[] = [
  { id: 'P1', name: 'Ann Chief', jobTitle: 'Director', kind: 'OFFICER', serviceId: null, directorateId: 'D', lineManagerId: null, functionalManagerId: null },
  { id: 'P2', name: 'Bob Head', jobTitle: 'Head of Reablement', kind: 'OFFICER', serviceId: 'S', directorateId: 'D', lineManagerId: 'P1', functionalManagerId: null },
  { id: 'P3', name: 'Cat Analyst', jobTitle: 'Performance Officer', kind: 'OFFICER', serviceId: 'T', directorateId: 'D', lineManagerId: 'P2', functionalManagerId: 'P1' },
  { id: 'P4', name: 'Dan Member', jobTitle: null, kind: 'COUNCILLOR', serviceId: null, directorateId: null, lineManagerId: null, functionalManagerId: null },
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
