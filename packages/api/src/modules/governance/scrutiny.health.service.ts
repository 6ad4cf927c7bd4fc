import { Council, HealthInterface, Indicator, PartnerBody, ScrutinyTopic, Service } from '@goldenthread/db';
import { q, StaffRoleKind } from '@goldenthread/domain';
import { badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import type { GovernanceRule } from './governance-access.js';
import { CommitteeWriteService } from './roles.writes.js';
import type { CreatePartnerBodyInput, MarkHealthInterfaceInput, UpdatePartnerBodyInput } from './scrutiny.input.js';

/** Who records partner bodies and health-interface marks: scrutiny officers, the chief executive, administrators. */
export function healthRule(councilId: number, what: string): GovernanceRule {
  return { councilId, staff: [StaffRoleKind.SCRUTINY_OFFICER], or: { kind: 'council', councilId }, what };
}

const ODS = /^[A-Z0-9]{3,10}$/;

/** Writes of health scrutiny's records: partner bodies, and services and indicators marked at the health interface. */
export class HealthScrutinyService extends CommitteeWriteService {
  async createPartnerBody(input: CreatePartnerBodyInput): Promise<PartnerBody> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.gov.require(healthRule(council.id, 'record partner bodies'));
    const name = checkName('name', input.name);
    await this.uniqueName(council.id, name, null);
    const body = this.em.create(PartnerBody, { council, name, kind: input.kind, odsCode: this.ods(input.odsCode) ?? null });
    await this.flush();
    return body;
  }

  async updatePartnerBody(input: UpdatePartnerBodyInput): Promise<PartnerBody> {
    const body = await this.load(PartnerBody, 'PartnerBody', 'id', input.id);
    await this.gov.require(healthRule(idOf(body.council)!, 'change partner bodies'));
    this.checkVersion(`The partner body ${q(body.name)}`, body.version, input.version);
    // Every check and lookup before the first change: a query after one would flush it early.
    const name = input.name == null ? null : checkName('name', input.name);
    if (name !== null) await this.uniqueName(idOf(body.council)!, name, body.id);
    const ods = this.ods(input.odsCode);
    if (name !== null) body.name = name;
    if (input.kind != null) body.kind = input.kind;
    if (ods !== undefined) body.odsCode = ods;
    await this.flush();
    return body;
  }

  /** Refused while a topic or a health-interface mark names it (they would silently lose it). */
  async deletePartnerBody(globalId: string, version: number | null | undefined): Promise<number> {
    const body = await this.load(PartnerBody, 'PartnerBody', 'id', globalId);
    await this.gov.require(healthRule(idOf(body.council)!, 'delete partner bodies'));
    this.checkVersion(`The partner body ${q(body.name)}`, body.version, version);
    const [topics, marks] = await Promise.all([
      this.em.count(ScrutinyTopic, { partnerBody: body.id }),
      this.em.count(HealthInterface, { partnerBody: body.id }),
    ]);
    if (topics || marks) {
      throw conflict(`${q(body.name)} is named by ${topics} scrutiny topic(s) and ${marks} health-interface mark(s): change those first.`);
    }
    this.em.remove(body);
    await this.flush();
    return body.id;
  }

  async mark(input: MarkHealthInterfaceInput): Promise<HealthInterface> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.gov.require(healthRule(council.id, 'mark the health interface'));
    if ((input.serviceId == null) === (input.indicatorId == null)) {
      throw badInput('serviceId', 'Mark one thing at a time: give either serviceId or indicatorId.');
    }
    const service = await this.optional(Service, 'Service', 'serviceId', input.serviceId, council.id);
    const indicator = await this.optional(Indicator, 'Indicator', 'indicatorId', input.indicatorId, council.id, { national: true });
    const partnerBody = await this.optional(PartnerBody, 'PartnerBody', 'partnerBodyId', input.partnerBodyId, council.id, {
      noun: 'partner body',
    });
    const same = await this.em.findOne(HealthInterface, {
      council: council.id,
      ...(service ? { service: service.id } : { indicator: indicator!.id }),
    });
    if (same)
      throw badInput(
        service ? 'serviceId' : 'indicatorId',
        `${q(service?.name ?? indicator!.title)} is already marked at the health interface.`,
      );
    const mark = this.em.create(HealthInterface, {
      council,
      service: service ?? null,
      indicator: indicator ?? null,
      partnerBody: partnerBody ?? null,
      note: checkText('note', input.note, 'note'),
    });
    await this.flush();
    return mark;
  }

  async unmark(globalId: string, version: number | null | undefined): Promise<number> {
    const mark = await this.load(HealthInterface, 'HealthInterface', 'id', globalId);
    await this.gov.require(healthRule(idOf(mark.council)!, 'mark the health interface'));
    this.checkVersion('The health-interface mark', mark.version, version);
    this.em.remove(mark);
    await this.flush();
    return mark.id;
  }

  private async uniqueName(councilId: number, name: string, except: number | null): Promise<void> {
    const same = await this.em.findOne(PartnerBody, { council: councilId, name, ...(except === null ? {} : { id: { $ne: except } }) });
    if (same) throw badInput('name', `The council already has a partner body called ${q(name)}.`);
  }

  /** An ODS code, upper-cased; undefined (left out) and null (cleared) as they are. */
  private ods(value: string | null | undefined): string | null | undefined {
    if (value == null) return value;
    const code = value.trim().toUpperCase();
    if (!code) return null;
    if (!ODS.test(code)) throw badInput('odsCode', `"${value}" is not an NHS ODS code: 3 to 10 letters and digits, e.g. QJG or 07K.`);
    return code;
  }
}
