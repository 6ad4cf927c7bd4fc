import { CouncillorRole, type CouncillorRoleKind, StaffRole, type Em } from '@goldenthread/db';
import { StaffRoleKind } from '@goldenthread/domain';
import type { Access, WriteTarget } from '../../access/access.js';
import { forbidden, unauthenticated } from '../../errors.js';

/** The viewer's designations in their council today: staff roles, and councillor roles with their committee. */
export interface Designations {
  staff: ReadonlySet<StaffRoleKind>;
  councillor: ReadonlyArray<{ role: CouncillorRoleKind; committeeId: number | null }>;
}

/**
 * Who may do something with a governance record: any of these is enough. An administrator of the
 * council always may; anonymous callers, partners and other councils never may.
 */
export interface GovernanceRule {
  councilId: number;
  /** Staff designations that allow it (e.g. COMPLAINTS_OFFICER). */
  staff?: readonly StaffRoleKind[];
  /** Councillor roles that allow it; with `committeeId`, only a role on that committee. */
  councillor?: ReadonlyArray<{ role: CouncillorRoleKind; committeeId?: number | null }>;
  /** People who may (an action's owner, a review's lead officer, a complaint's panel). */
  people?: ReadonlyArray<number | null | undefined>;
  /** Or whoever may make this ordinary write (a service's line, the council's chief executive). */
  or?: WriteTarget;
  /** What the refusal says only these people may do, e.g. 'change a complaint'. */
  what: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const current = (r: { startsOn: string | null; endsOn: string | null }, on: string) =>
  (r.startsOn === null || r.startsOn <= on) && (r.endsOn === null || r.endsOn >= on);

/**
 * The governance feature's access questions, asked of the request's Access: who holds which staff or
 * councillor role. One instance per request (answers are memoised), reached through `governanceAccess`.
 */
export class GovernanceAccess {
  private designations?: Promise<Designations>;

  constructor(
    private readonly em: Em,
    readonly access: Access,
  ) {}

  /** The signed-in person's id in `councilId`, or null (anonymous, partner, system, another council). */
  personIn(councilId: number): number | null {
    const v = this.access.viewer;
    return v.kind === 'person' && v.councilId === councilId ? v.personId : null;
  }

  private isAdminOf(councilId: number): boolean {
    const v = this.access.viewer;
    return v.kind === 'system' || (v.kind === 'person' && v.admin && v.councilId === councilId);
  }

  /** The viewer's current designations in their own council (empty for anyone but a signed-in person). */
  mine(): Promise<Designations> {
    this.designations ??= this.load();
    return this.designations;
  }

  private async load(): Promise<Designations> {
    const v = this.access.viewer;
    if (v.kind !== 'person') return { staff: new Set(), councillor: [] };
    const on = today();
    const [staff, roles] = await Promise.all([
      this.em.find(
        StaffRole,
        { council: v.councilId, person: v.personId },
        { fields: ['kind', 'startsOn', 'endsOn'], disableIdentityMap: true },
      ),
      this.em.find(
        CouncillorRole,
        { council: v.councilId, person: v.personId },
        { fields: ['role', 'committee', 'startsOn', 'endsOn'], disableIdentityMap: true },
      ),
    ]);
    return {
      staff: new Set(staff.filter((s) => current(s, on)).map((s) => s.kind)),
      councillor: roles.filter((r) => current(r, on)).map((r) => ({ role: r.role, committeeId: r.committee ? r.committee.id : null })),
    };
  }

  /** Does the rule let the viewer do it? (For reads and for showing actions; writes call `require`.) */
  async may(rule: GovernanceRule): Promise<boolean> {
    if (this.isAdminOf(rule.councilId)) return true;
    const me = this.personIn(rule.councilId);
    if (me === null) return false;
    if (rule.people?.includes(me)) return true;
    if (rule.staff?.length || rule.councillor?.length) {
      const d = await this.mine();
      if (rule.staff?.some((k) => d.staff.has(k))) return true;
      if (
        rule.councillor?.some((want) =>
          d.councillor.some((r) => r.role === want.role && (want.committeeId == null || want.committeeId === r.committeeId)),
        )
      )
        return true;
    }
    return rule.or ? this.access.mayWrite(rule.or) : false;
  }

  /** Throws UNAUTHENTICATED (anonymous) or FORBIDDEN (a partner, another council, or not one of the rule's people). */
  async require(rule: GovernanceRule): Promise<void> {
    const v = this.access.viewer;
    if (v.kind === 'anonymous') throw unauthenticated('Sign in to make changes.');
    if (v.kind === 'partner') throw forbidden('API keys are read-only: partners cannot change anything.');
    if (v.kind === 'person' && v.councilId !== rule.councilId) throw forbidden("You can only change your own council's data.");
    if (!(await this.may(rule))) throw forbidden(`You may not ${rule.what}: ${who(rule)}.`);
  }
}

const STAFF_NAMES: Record<StaffRoleKind, string> = {
  [StaffRoleKind.COMPLAINTS_OFFICER]: 'complaints officers',
  [StaffRoleKind.SCRUTINY_OFFICER]: 'scrutiny officers',
  [StaffRoleKind.RISK_MANAGER]: 'risk managers',
};

/** Says who may, for the refusal's message. */
function who(rule: GovernanceRule): string {
  const parts = [...(rule.staff ?? []).map((k) => STAFF_NAMES[k])];
  if (rule.councillor?.length)
    parts.push(`councillors with the role (${rule.councillor.map((c) => c.role.toLowerCase().replace(/_/g, ' ')).join(', ')})`);
  if (rule.people?.some((p) => p != null)) parts.push('the people it names');
  if (rule.or)
    parts.push(
      rule.or.kind === 'service' ? "the service's accountable owner and the managers above them" : "the council's senior managers",
    );
  parts.push('an administrator of the council');
  return `only ${parts.join(', ')} may`;
}

const cache = new WeakMap<Access, GovernanceAccess>();

/** The request's GovernanceAccess (one per Access, so one per request and viewer). */
export function governanceAccess(em: Em, access: Access): GovernanceAccess {
  let g = cache.get(access);
  if (!g) {
    g = new GovernanceAccess(em, access);
    cache.set(access, g);
  }
  return g;
}
