import { Council, CouncillorRole, Person, PersonKind, Portfolio } from '@goldenthread/db';
import { councillorRoleRefsError, datesInOrderError } from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkName } from '../cascade/cascade-writes.js';
import { checkDate, checkOptionalDate } from '../shared/lookup.js';
import type { GovernanceRule } from './governance-access.js';
import { CommitteeWriteService, refTo } from './roles.writes.js';
import type { CreateCouncillorRoleInput, EndRoleInput, UpdateCouncillorRoleInput } from './roles.input.js';

/** Who may record councillors' roles and portfolios: the council's administrators and its chief executive. */
export function rolesRule(councilId: number, what: string): GovernanceRule {
  return { councilId, or: { kind: 'council', councilId }, what };
}

/** What a role refers to, as ids sent (undefined: left out, null: cleared). */
interface RefsSent {
  portfolioId?: string | null;
  committeeId?: string | null;
  ward?: string | null;
}

/** Writes of councillors' roles: create, change what a role names and its dates, end it. */
export class CouncillorRoleService extends CommitteeWriteService {
  async create(input: CreateCouncillorRoleInput): Promise<CouncillorRole> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.gov.require(rolesRule(council.id, "record councillors' roles"));
    const person = await this.ref(Person, 'Person', 'personId', input.personId, council.id);
    if (person.kind !== PersonKind.COUNCILLOR)
      throw badInput('personId', `${person.name} is not a councillor: only councillors hold councillor roles.`);
    assertValid(councillorRoleRefsError(input.role, input));
    const startsOn = checkDate('startsOn', input.startsOn);
    const endsOn = checkOptionalDate('endsOn', input.endsOn) ?? null;
    assertValid(datesInOrderError('startsOn', startsOn, 'endsOn', endsOn));
    const role = this.em.create(CouncillorRole, {
      council,
      person,
      role: input.role,
      portfolio: (await this.portfolio(input.portfolioId, council.id)) ?? null,
      committee: (await this.committee('committeeId', input.committeeId, council.id)) ?? null,
      ward: input.ward == null ? null : checkName('ward', input.ward),
      startsOn,
      endsOn,
    });
    await this.flush();
    return role;
  }

  async update(input: UpdateCouncillorRoleInput): Promise<CouncillorRole> {
    const role = await this.load(CouncillorRole, 'CouncillorRole', 'id', input.id);
    const councilId = idOf(role.council)!;
    await this.gov.require(rolesRule(councilId, "change councillors' roles"));
    this.checkVersion(`The ${label(role.role)} role`, role.version, input.version);
    const merged: RefsSent = {
      portfolioId: input.portfolioId === undefined ? stored(role.portfolio) : input.portfolioId,
      committeeId: input.committeeId === undefined ? stored(role.committee) : input.committeeId,
      ward: input.ward === undefined ? role.ward : input.ward,
    };
    assertValid(councillorRoleRefsError(role.role, merged));
    const startsOn = input.startsOn === undefined ? role.startsOn : (checkOptionalDate('startsOn', input.startsOn) ?? null);
    const endsOn = input.endsOn === undefined ? role.endsOn : (checkOptionalDate('endsOn', input.endsOn) ?? null);
    if (startsOn === null) throw badInput('startsOn', 'A role has a first day: give startsOn (YYYY-MM-DD).');
    assertValid(datesInOrderError('startsOn', startsOn, 'endsOn', endsOn));
    const portfolio = await this.portfolio(input.portfolioId, councilId);
    const committee = await this.committee('committeeId', input.committeeId, councilId);
    if (portfolio !== undefined) role.portfolio = refTo(portfolio);
    if (committee !== undefined) role.committee = refTo(committee);
    if (input.ward !== undefined) role.ward = input.ward === null ? null : checkName('ward', input.ward);
    role.startsOn = startsOn;
    role.endsOn = endsOn;
    await this.flush();
    return role;
  }

  async end(input: EndRoleInput): Promise<CouncillorRole> {
    const role = await this.load(CouncillorRole, 'CouncillorRole', 'id', input.id);
    await this.gov.require(rolesRule(idOf(role.council)!, "end councillors' roles"));
    this.checkVersion(`The ${label(role.role)} role`, role.version, input.version);
    const endsOn = checkDate('endsOn', input.endsOn);
    assertValid(datesInOrderError('startsOn', role.startsOn, 'endsOn', endsOn));
    role.endsOn = endsOn;
    await this.flush();
    return role;
  }

  private portfolio(globalId: string | null | undefined, councilId: number): Promise<Portfolio | null | undefined> {
    return this.optional(Portfolio, 'Portfolio', 'portfolioId', globalId, councilId);
  }
}

/** A stored reference as something present (its id) or null, for the rule of what a role names. */
function stored(ref: { unwrap(): { id: number } } | null): string | null {
  return ref ? String(ref.unwrap().id) : null;
}

const label = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');
