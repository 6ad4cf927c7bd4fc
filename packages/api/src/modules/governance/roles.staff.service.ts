import { Council, Person, PersonKind, StaffRole } from '@goldenthread/db';
import { datesInOrderError, isRoleCurrent } from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkDate, checkOptionalDate } from '../shared/lookup.js';
import { CommitteeWriteService } from './roles.writes.js';
import type { CreateStaffRoleInput, EndRoleInput } from './roles.input.js';

const label = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

/** Writes of staff designations (complaints officer, scrutiny officer, risk manager): administrators only. */
export class StaffRoleService extends CommitteeWriteService {
  async create(input: CreateStaffRoleInput): Promise<StaffRole> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.gov.require({ councilId: council.id, what: 'designate staff' });
    const person = await this.ref(Person, 'Person', 'personId', input.personId, council.id);
    if (person.kind !== PersonKind.OFFICER)
      throw badInput('personId', `${person.name} is not a member of staff: only officers are designated ${label(input.kind)}s.`);
    const startsOn = checkDate('startsOn', input.startsOn);
    const endsOn = checkOptionalDate('endsOn', input.endsOn) ?? null;
    assertValid(datesInOrderError('startsOn', startsOn, 'endsOn', endsOn));
    // One row per person and kind: a designation that ended is taken up again rather than repeated.
    const existing = await this.em.findOne(StaffRole, { council: council.id, person: person.id, kind: input.kind });
    if (existing && isRoleCurrent(existing, startsOn)) throw badInput('kind', `${person.name} is already a ${label(input.kind)}.`);
    const role = existing ?? this.em.create(StaffRole, { council, person, kind: input.kind, startsOn, endsOn });
    role.startsOn = startsOn;
    role.endsOn = endsOn;
    await this.flush();
    return role;
  }

  async end(input: EndRoleInput): Promise<StaffRole> {
    const role = await this.load(StaffRole, 'StaffRole', 'id', input.id);
    await this.gov.require({ councilId: idOf(role.council)!, what: 'end staff designations' });
    this.checkVersion(`The ${label(role.kind)} designation`, role.version, input.version);
    const endsOn = checkDate('endsOn', input.endsOn);
    assertValid(datesInOrderError('startsOn', role.startsOn, 'endsOn', endsOn));
    role.endsOn = endsOn;
    await this.flush();
    return role;
  }
}
