import { Council } from '../organisation/council.entity.js';
import { CouncillorRole } from '../organisation/councillor-role.entity.js';
import { Directorate } from '../organisation/directorate.entity.js';
import { BestValueStatus, CouncillorRoleKind, ServiceKind, StaffRoleKind } from '@goldenthread/domain';
import { BestValueReview } from '../governance/best-value.entity.js';
import { StaffRole } from '../governance/staff-role.entity.js';
import { DecisionBody } from '../delegation/decision-body.entity.js';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';
import { Account } from '../access/account.entity.js';
import { hashPassword } from '../access/password.js';

/** The password of every demo account (README "Signing in"): the demo council only, never real data. */
export const DEMO_PASSWORD = 'golden-thread-demo';

export interface DemoAccount {
  role: string;
  email: string;
  admin: boolean;
}

/**
 * Accounts for people of the demo council, so a newcomer can sign in: the council administrator
 * (the head of performance), the chief executive, the DASS, a team manager, a performance officer
 * (data owner) and a scrutiny councillor; then those the governance demo designates: the risk manager,
 * the complaints officer, the scrutiny officer, the chair of the scrutiny committee with the work
 * programme and the lead officer of the review in progress (runs after the governance seeder).
 * Deterministic: chosen by role and name from the seeded organisation.
 */
export async function seedDemoAccounts(em: Em, council: Council): Promise<DemoAccount[]> {
  const people = await em.find(Person, { council: council.id }, { orderBy: { id: 'asc' } });
  const byId = new Map(people.map((p) => [p.id, p]));
  const picks: Array<{ role: string; person: Person | undefined; admin: boolean }> = [];
  const mi = council.miResponsible ? byId.get(council.miResponsible.id) : undefined;
  picks.push({ role: 'Council administrator (head of performance, MI-responsible manager)', person: mi, admin: true });
  const ceo = people.find((p) => p.jobTitle === 'Chief Executive');
  picks.push({ role: 'Chief executive', person: ceo, admin: false });
  const asc = await em.findOne(Directorate, { council: council.id, code: 'ASC' });
  picks.push({
    role: 'Director of Adult Social Services (DASS)',
    person: asc?.director ? byId.get(asc.director.id) : undefined,
    admin: false,
  });
  const team = await em.findOne(
    Service,
    { council: council.id, kind: ServiceKind.TEAM, accountableOwner: { $ne: null } },
    { orderBy: { id: 'asc' } },
  );
  picks.push({ role: 'Team manager', person: team?.accountableOwner ? byId.get(team.accountableOwner.id) : undefined, admin: false });
  const officer = people.find((p) => p.jobTitle === 'Performance Officer' || p.jobTitle === 'Performance Analyst');
  picks.push({ role: 'Performance officer (data owner)', person: officer, admin: false });
  const scrutiny = await em.findOne(
    CouncillorRole,
    { council: council.id, role: CouncillorRoleKind.SCRUTINY_MEMBER },
    { orderBy: { id: 'asc' } },
  );
  picks.push({ role: 'Scrutiny councillor', person: scrutiny ? byId.get(scrutiny.person.id) : undefined, admin: false });
  const staff = async (kind: StaffRoleKind) =>
    (await em.findOne(StaffRole, { council: council.id, kind, endsOn: null }, { orderBy: { id: 'asc' } }))?.person.id;
  picks.push({ role: 'Risk manager', person: byId.get((await staff(StaffRoleKind.RISK_MANAGER)) ?? 0), admin: false });
  picks.push({ role: 'Complaints officer', person: byId.get((await staff(StaffRoleKind.COMPLAINTS_OFFICER)) ?? 0), admin: false });
  picks.push({ role: 'Scrutiny officer', person: byId.get((await staff(StaffRoleKind.SCRUTINY_OFFICER)) ?? 0), admin: false });
  const committee = await em.findOne(DecisionBody, { council: council.id, name: 'Adults and Health Scrutiny Committee' });
  const chair = committee
    ? await em.findOne(CouncillorRole, { council: council.id, role: CouncillorRoleKind.SCRUTINY_CHAIR, committee: committee.id })
    : null;
  picks.push({ role: 'Scrutiny chair (adults and health)', person: chair ? byId.get(chair.person.id) : undefined, admin: false });
  const review = await em.findOne(
    BestValueReview,
    { council: council.id, status: { $ne: BestValueStatus.CLOSED }, leadOfficer: { $ne: null } },
    { orderBy: { id: 'asc' } },
  );
  picks.push({ role: 'Best Value lead officer', person: review?.leadOfficer ? byId.get(review.leadOfficer.id) : undefined, admin: false });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const made: DemoAccount[] = [];
  const seen = new Set<number>();
  for (const pick of picks) {
    const person = pick.person;
    if (!person?.email || seen.has(person.id)) continue;
    seen.add(person.id);
    em.create(Account, { council: council.id, person: person.id, email: person.email.toLowerCase(), passwordHash, admin: pick.admin });
    made.push({ role: pick.role, email: person.email.toLowerCase(), admin: pick.admin });
  }
  await em.flush();
  return made;
}

export async function demoAccounts(
  em: Em,
  gssCode: string,
): Promise<Array<{ email: string; admin: boolean; name: string; jobTitle: string | null }>> {
  const council = await em.findOne(Council, { gssCode });
  if (!council) return [];
  const accounts = await em.find(Account, { council: council.id }, { populate: ['person'], orderBy: { id: 'asc' } });
  return accounts.map((a) => ({
    email: a.email,
    admin: a.admin,
    name: a.person.getEntity().name,
    jobTitle: a.person.getEntity().jobTitle,
  }));
}
