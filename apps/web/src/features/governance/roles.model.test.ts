import { describe, expect, it } from 'vitest';
import { type GovernanceDuties, NOBODY } from './access.js';
import { addDays, byCouncillor, daysBetween, roleNeeds, rolesAbilities, roleTitle, tallyEnquiries, wardsOf } from './roles.model.js';

const member = (over: Partial<GovernanceDuties> = {}): GovernanceDuties => ({ ...NOBODY, member: true, personId: 'P1', ...over });

describe('rolesAbilities', () => {
  it('offers nothing to the public, nor to an administrator of another council', () => {
    for (const d of [NOBODY, { ...NOBODY, admin: true, chiefExecutive: true, staff: new Set(['COMPLAINTS_OFFICER']) }]) {
      const a = rolesAbilities(d, ['Bixley']);
      expect([a.manageRoles, a.seeEnquiries, a.recordEnquiry, a.respondToEnquiry, a.manageThemes]).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(a.changeEnquiry({ councillorId: 'P1' })).toBe(false);
      expect(a.enquiryWards).toEqual([]);
    }
  });

  it('lets administrators do everything, in any ward', () => {
    const a = rolesAbilities(member({ admin: true }), []);
    expect([a.manageRoles, a.seeEnquiries, a.recordEnquiry, a.respondToEnquiry, a.manageThemes]).toEqual([true, true, true, true, true]);
    expect(a.enquiryWards).toBeNull();
    expect(a.changeEnquiry({ councillorId: 'P7' })).toBe(true);
  });

  it('lets the chief executive manage roles and answer enquiries, but not the list of themes', () => {
    const a = rolesAbilities(member({ chiefExecutive: true }), []);
    expect([a.manageRoles, a.respondToEnquiry, a.manageThemes, a.recordEnquiry]).toEqual([true, true, false, false]);
  });

  it('lets a ward councillor record enquiries in their own wards and correct their own', () => {
    const a = rolesAbilities(member(), ['Bixley', 'Chantry']);
    expect([a.seeEnquiries, a.recordEnquiry, a.manageRoles, a.respondToEnquiry]).toEqual([true, true, false, false]);
    expect(a.enquiryWards).toEqual(['Bixley', 'Chantry']);
    expect(a.changeEnquiry({ councillorId: 'P1' })).toBe(true);
    expect(a.changeEnquiry({ councillorId: 'P2' })).toBe(false);
  });

  it('lets managers answer for their services and complaints officers keep the themes', () => {
    expect(rolesAbilities(member({ manager: true }), []).respondToEnquiry).toBe(true);
    const officer = rolesAbilities(member({ staff: new Set(['COMPLAINTS_OFFICER']) }), []);
    expect([officer.manageThemes, officer.recordEnquiry, officer.manageRoles]).toEqual([true, false, false]);
  });
});

describe('roles', () => {
  const person = (id: string, name: string) => ({ id, name });
  it('say what each kind names', () => {
    expect(roleNeeds('PORTFOLIO_HOLDER')).toEqual({ portfolio: 'required', committee: 'no', ward: false });
    expect(roleNeeds('SCRUTINY_CHAIR').committee).toBe('required');
    expect(roleNeeds('COMPLAINTS_PANEL').committee).toBe('optional');
    expect(roleNeeds('WARD_COUNCILLOR')).toEqual({ portfolio: 'no', committee: 'no', ward: true });
    expect(roleNeeds('LEADER')).toEqual({ portfolio: 'no', committee: 'no', ward: false });
  });

  it('are titled with what they name', () => {
    expect(roleTitle({ role: 'PORTFOLIO_HOLDER', portfolio: { name: 'Adult Social Care' } })).toBe('Portfolio holder: Adult Social Care');
    expect(roleTitle({ role: 'WARD_COUNCILLOR', ward: 'Bixley' })).toBe('Ward councillor: Bixley');
    expect(roleTitle({ role: 'LEADER' })).toBe('Leader of the council');
  });

  it('are grouped by councillor, current ones first by rank, then ended ones latest first', () => {
    const zoe = person('P2', 'Zoe Adams');
    const amy = person('P1', 'Amy Blake');
    const groups = byCouncillor([
      { id: 'R1', role: 'WARD_COUNCILLOR', ward: 'Bixley', current: true, person: zoe },
      { id: 'R2', role: 'SCRUTINY_MEMBER', current: false, endsOn: '2024-05-01', person: zoe },
      { id: 'R3', role: 'LEADER', current: true, person: zoe },
      { id: 'R4', role: 'CABINET_MEMBER', current: false, endsOn: '2025-05-01', person: zoe },
      { id: 'R5', role: 'WARD_COUNCILLOR', ward: 'Chantry', current: true, person: amy },
    ]);
    expect(groups.map((g) => g.person.name)).toEqual(['Amy Blake', 'Zoe Adams']);
    expect(groups[1]!.roles.map((r) => r.id)).toEqual(['R3', 'R1', 'R4', 'R2']);
  });

  it('give the wards a councillor holds today', () => {
    expect(
      wardsOf([
        { role: 'WARD_COUNCILLOR', ward: 'Chantry', current: true },
        { role: 'WARD_COUNCILLOR', ward: 'Bixley', current: false },
        { role: 'LEADER', ward: null, current: true },
        { role: 'WARD_COUNCILLOR', ward: 'Alton', current: true },
      ]),
    ).toEqual(['Alton', 'Chantry']);
  });

  it('count days between dates', () => {
    expect(daysBetween('2025-03-01', '2025-03-15')).toBe(14);
    expect(daysBetween('2025-03-15', '2025-03-01')).toBe(-14);
    expect(addDays('2025-02-25', 14)).toBe('2025-03-11');
  });

  it('tally enquiries by group: most overdue first, then most, then by name', () => {
    const e = (ward: string, status: string, overdue = false) => ({ ward, status, overdue });
    const rows = [e('Bixley', 'RESPONDED'), e('Alton', 'OPEN'), e('Bixley', 'OPEN'), e('Chantry', 'OPEN', true), e('Alton', 'CLOSED')];
    expect(tallyEnquiries(rows, (r) => ({ key: r.ward, name: r.ward }))).toEqual([
      { key: 'Chantry', name: 'Chantry', all: 1, open: 1, overdue: 1 },
      { key: 'Alton', name: 'Alton', all: 2, open: 1, overdue: 0 },
      { key: 'Bixley', name: 'Bixley', all: 2, open: 1, overdue: 0 },
    ]);
  });
});
