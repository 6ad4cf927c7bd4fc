import { Council, CouncillorRole, CouncillorRoleKind, Person, Service, WardEnquiry } from '@goldenthread/db';
import { enquiryDatesError, enquiryResponseError, isRoleCurrent, WardEnquiryStatus } from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import { isoToday } from '../delegation/delegation-snapshot.js';
import { checkDate, checkOptionalDate } from '../shared/lookup.js';
import { CommitteeWriteService } from './roles.writes.js';
import type { CreateWardEnquiryInput, RespondToWardEnquiryInput, UpdateWardEnquiryInput } from './roles.input.js';

/**
 * Writes of ward casework: a ward councillor (of that ward) records an enquiry, the service's line
 * records the answer; administrators may do both.
 */
export class WardEnquiryService extends CommitteeWriteService {
  async create(input: CreateWardEnquiryInput): Promise<WardEnquiry> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    const ward = input.ward.trim();
    const wardCouncillors = await this.wardCouncillors(council.id, ward);
    await this.gov.require({ councilId: council.id, people: wardCouncillors, what: `record enquiries of the ${ward} ward` });
    checkName('ward', input.ward);
    const me = this.gov.personIn(council.id);
    const councillor = input.councillorId
      ? await this.ref(Person, 'Person', 'councillorId', input.councillorId, council.id)
      : me === null
        ? null
        : await this.em.findOne(Person, { id: me });
    if (!councillor) throw badInput('councillorId', 'Say which ward councillor raised it: give councillorId.');
    if (!wardCouncillors.includes(councillor.id))
      throw badInput('councillorId', `${councillor.name} is not a ward councillor of ${ward} today.`);
    if (me !== null && wardCouncillors.includes(me) && councillor.id !== me) {
      throw badInput('councillorId', 'A ward councillor records their own enquiries: leave councillorId out.');
    }
    const service = await this.ref(Service, 'Service', 'serviceId', input.serviceId, council.id);
    const subject = this.subject(input.subject);
    const raisedOn = checkDate('raisedOn', input.raisedOn);
    const responseDue = checkDate('responseDue', input.responseDue);
    assertValid(enquiryDatesError(raisedOn, responseDue, null));
    const enquiry = this.em.create(WardEnquiry, { council, councillor, ward, service, subject, raisedOn, responseDue });
    await this.flush();
    return enquiry;
  }

  async update(input: UpdateWardEnquiryInput): Promise<WardEnquiry> {
    const e = await this.load(WardEnquiry, 'WardEnquiry', 'id', input.id);
    await this.gov.require({ councilId: idOf(e.council)!, people: [idOf(e.councillor)], what: 'change this enquiry' });
    this.checkVersion('The enquiry', e.version, input.version);
    if (input.subject != null) e.subject = this.subject(input.subject);
    if (input.responseDue != null) e.responseDue = checkDate('responseDue', input.responseDue);
    assertValid(enquiryDatesError(e.raisedOn, e.responseDue, e.respondedOn));
    await this.flush();
    return e;
  }

  async respond(input: RespondToWardEnquiryInput): Promise<WardEnquiry> {
    const e = await this.load(WardEnquiry, 'WardEnquiry', 'id', input.id);
    const councilId = idOf(e.council)!;
    await this.gov.require({
      councilId,
      or: { kind: 'service', councilId, serviceId: idOf(e.service)! },
      what: 'answer enquiries to this service',
    });
    this.checkVersion('The enquiry', e.version, input.version);
    const respondedOn = checkOptionalDate('respondedOn', input.respondedOn) ?? null;
    const outcome = checkText('outcome', input.outcome, 'outcome');
    assertValid(enquiryResponseError(input.status, respondedOn, outcome), enquiryDatesError(e.raisedOn, e.responseDue, respondedOn));
    if (respondedOn !== null && respondedOn > isoToday())
      throw badInput('respondedOn', `${respondedOn} is in the future: record an answer once it is given.`);
    e.status = input.status;
    e.respondedOn = respondedOn;
    e.outcome = input.status === WardEnquiryStatus.OPEN ? (outcome ?? e.outcome) : outcome;
    await this.flush();
    return e;
  }

  private subject(value: string): string {
    const subject = checkText('subject', value, 'subject');
    if (!subject) throw badInput('subject', "Say what was raised (without the constituent's name or contact details).");
    return subject;
  }

  /** The people who are ward councillors of the ward today. */
  private async wardCouncillors(councilId: number, ward: string): Promise<number[]> {
    const rows = await this.em.find(
      CouncillorRole,
      { council: councilId, role: CouncillorRoleKind.WARD_COUNCILLOR, ward },
      { fields: ['person', 'startsOn', 'endsOn'], disableIdentityMap: true },
    );
    const today = isoToday();
    return rows.filter((r) => isRoleCurrent(r, today)).map((r) => idOf(r.person)!);
  }
}
