import { describe, expect, it } from 'vitest';
import { type GovernanceDuties, governanceAbilities, NOBODY } from './access.js';

const member = (over: Partial<GovernanceDuties> = {}): GovernanceDuties => ({ ...NOBODY, member: true, personId: 'P1', ...over });

describe('governanceAbilities', () => {
  it("offers nothing to the public, nor to another council's people", () => {
    const a = governanceAbilities(NOBODY);
    expect([a.seeRegisters, a.addRisk, a.addAction, a.recordComplaints, a.startReview, a.respondForExecutive, a.scrutinise('C1')]).toEqual(
      Array(7).fill(false),
    );
    const outsider = governanceAbilities({ ...NOBODY, admin: true, staff: new Set(['RISK_MANAGER']), personId: 'P9' });
    expect([outsider.addRisk, outsider.recordComplaints, outsider.changeRisk({ ownerId: 'P9' })]).toEqual([false, false, false]);
  });

  it('lets risk managers and managers add risks, owners change their own, complaints officers record complaints', () => {
    const plain = governanceAbilities(member());
    expect(plain.seeRegisters).toBe(true);
    expect(plain.addRisk).toBe(false);
    expect(plain.changeRisk({ ownerId: 'P1' })).toBe(true);
    expect(plain.changeRisk({ ownerId: 'P2' })).toBe(false);
    expect(plain.recordComplaints).toBe(false);
    expect(governanceAbilities(member({ staff: new Set(['RISK_MANAGER']) })).addRisk).toBe(true);
    expect(governanceAbilities(member({ manager: true })).addRisk).toBe(true);
    const officer = governanceAbilities(member({ staff: new Set(['COMPLAINTS_OFFICER']) }));
    expect([officer.recordComplaints, officer.addRisk]).toEqual([true, false]);
    expect(officer.changeAction({ source: 'COMPLAINT_LESSON', ownerId: 'P2' })).toBe(true);
    expect(officer.changeAction({ source: 'RISK_MITIGATION', ownerId: 'P2' })).toBe(false);
    expect(governanceAbilities(member({ admin: true })).recordComplaints).toBe(true);
  });

  it("limits scrutiny to the committee's chair and members and scrutiny officers; the executive responds", () => {
    const chair = governanceAbilities(member({ councillor: [{ role: 'SCRUTINY_CHAIR', committeeId: 'C1' }] }));
    expect([chair.scrutinise('C1'), chair.scrutinise('C2'), chair.respondForExecutive]).toEqual([true, false, false]);
    expect(governanceAbilities(member({ staff: new Set(['SCRUTINY_OFFICER']) })).scrutinise('C2')).toBe(true);
    expect(governanceAbilities(member({ councillor: [{ role: 'CABINET_MEMBER', committeeId: null }] })).respondForExecutive).toBe(true);
    expect(governanceAbilities(member({ chiefExecutive: true })).respondForExecutive).toBe(true);
  });

  it("lets the Best Value panel, a review's lead officer and its panel change a review", () => {
    const panel = governanceAbilities(member({ councillor: [{ role: 'BEST_VALUE_PANEL', committeeId: null }] }));
    expect(panel.startReview).toBe(true);
    const lead = governanceAbilities(member());
    expect([
      lead.startReview,
      lead.changeReview({ leadOfficerId: 'P1' }),
      lead.changeReview({ panelIds: ['P1'] }),
      lead.changeReview({ leadOfficerId: 'P2' }),
    ]).toEqual([false, true, true, false]);
  });

  it('lets scrutiny officers record health scrutiny, administrators designate staff, risk managers import CSV files', () => {
    const abilities = (a: ReturnType<typeof governanceAbilities>) => [a.recordHealth, a.designateStaff, a.importCsv];
    expect(abilities(governanceAbilities(NOBODY))).toEqual([false, false, false]);
    expect(abilities(governanceAbilities(member()))).toEqual([false, false, false]);
    expect(abilities(governanceAbilities(member({ staff: new Set(['SCRUTINY_OFFICER']) })))).toEqual([true, false, false]);
    expect(abilities(governanceAbilities(member({ staff: new Set(['RISK_MANAGER']) })))).toEqual([false, false, true]);
    expect(abilities(governanceAbilities(member({ chiefExecutive: true })))).toEqual([true, false, true]);
    expect(abilities(governanceAbilities(member({ admin: true })))).toEqual([true, true, true]);
    // Another council's administrator (not a member here) gets none of it.
    expect(abilities(governanceAbilities({ ...NOBODY, admin: true, staff: new Set(['SCRUTINY_OFFICER']) }))).toEqual([false, false, false]);
  });
});
