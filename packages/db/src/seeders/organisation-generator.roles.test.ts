import { describe, expect, it } from 'vitest';
import {
  type GeneratedOrganisation,
  generateOrganisation,
  type OrganisationOptions,
  PORTFOLIOS,
  SCRUTINY_COMMITTEES,
} from './organisation-generator.js';

const DEMO: OrganisationOptions = { people: 300, services: 30, emailDomain: 'northshire.gov.uk' };
const demo = generateOrganisation(DEMO);
const scale = generateOrganisation({ people: 20_000, services: 2_000, emailDomain: 'northshire.gov.uk' });
const councillors = (o: GeneratedOrganisation) => o.people.filter((p) => p.kind === 'COUNCILLOR');

describe.each([
  ['demo', demo],
  ['scale', scale],
  ['15 councillors', generateOrganisation({ ...DEMO, councillors: 15 })],
  ['200 councillors', generateOrganisation({ ...DEMO, councillors: 200, seed: 9 })],
] as const)('generateOrganisation: councillor roles (%s)', (_label, o) => {
  const roles = (role: string, committee?: string) =>
    o.councillorRoles.filter((r) => r.role === role && (committee === undefined || r.committee === committee));
  const cabinet = new Set(roles('CABINET_MEMBER').map((r) => r.personKey));

  it('has exactly one leader, in a cabinet of 6 to 10 portfolio holders', () => {
    expect(roles('LEADER')).toHaveLength(1);
    expect(cabinet.has(roles('LEADER')[0]!.personKey)).toBe(true);
    expect(cabinet.size).toBe(roles('CABINET_MEMBER').length);
    expect(cabinet.size).toBeGreaterThanOrEqual(6);
    expect(cabinet.size).toBeLessThanOrEqual(10);
    const holders = roles('PORTFOLIO_HOLDER');
    expect(new Set(holders.map((r) => r.personKey))).toEqual(cabinet);
    for (const r of holders) expect(PORTFOLIOS).toContain(r.portfolio);
    expect(new Set(holders.map((r) => r.portfolio)).size).toBe(holders.length);
    expect(holders.filter((r) => r.portfolio === 'Adult Social Care')).toHaveLength(1);
    for (const portfolio of ['Children and Families', 'Health and Wellbeing', 'Finance and Resources']) {
      expect(holders.some((r) => r.portfolio === portfolio)).toBe(true);
    }
  });

  it('has three scrutiny committees, each with one chair and several members, none in the cabinet', () => {
    for (const committee of SCRUTINY_COMMITTEES) {
      const chairs = roles('SCRUTINY_CHAIR', committee);
      const members = roles('SCRUTINY_MEMBER', committee);
      expect(chairs).toHaveLength(1);
      expect(members.length).toBeGreaterThanOrEqual(2);
      const all = [...chairs, ...members].map((r) => r.personKey);
      expect(new Set(all).size).toBe(all.length);
      for (const key of all) expect(cabinet.has(key)).toBe(false);
    }
    expect(new Set(roles('SCRUTINY_CHAIR').map((r) => r.committee))).toEqual(new Set(SCRUTINY_COMMITTEES));
  });

  it('has complaints and Best Value panels of 3 to 5 distinct backbenchers', () => {
    for (const role of ['COMPLAINTS_PANEL', 'BEST_VALUE_PANEL']) {
      const members = roles(role).map((r) => r.personKey);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(5);
      expect(new Set(members).size).toBe(members.length);
      for (const key of members) expect(cabinet.has(key)).toBe(false);
    }
  });

  it('makes every councillor a ward councillor of one named ward, at most three to a ward', () => {
    const wards = roles('WARD_COUNCILLOR');
    const keys = councillors(o).map((p) => p.key);
    expect(wards.map((r) => r.personKey).sort()).toEqual([...keys].sort());
    const perWard = new Map<string, number>();
    for (const r of wards) {
      expect(r.ward).toMatch(/^[A-Z][A-Za-z' ]+\d*$/);
      perWard.set(r.ward!, (perWard.get(r.ward!) ?? 0) + 1);
    }
    expect(Math.max(...perWard.values())).toBeLessThanOrEqual(3);
  });

  it('titles the leader and cabinet members', () => {
    const leader = o.people.find((p) => p.key === roles('LEADER')[0]!.personKey);
    expect(leader?.jobTitle).toBe('Leader of the Council');
    const asc = roles('PORTFOLIO_HOLDER').find((r) => r.portfolio === 'Adult Social Care')!;
    expect(o.people.find((p) => p.key === asc.personKey)?.jobTitle).toBe('Cabinet Member for Adult Social Care');
  });
});
