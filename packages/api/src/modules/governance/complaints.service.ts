import { Complaint, ComplaintPanelMember, ComplaintTheme, ComplaintThemeLink, Council, Service } from '@goldenthread/db';
import {
  ComplaintStage,
  complaintDatesError,
  complaintMoveError,
  contactDetailsError,
  panelStageError,
  q,
  StaffRoleKind,
  validateName,
} from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import { checkDate, checkOptionalDate } from '../shared/lookup.js';
import type { CreateComplaintInput, UpdateComplaintInput } from './complaints.input.js';
import type { GovernanceRule } from './governance-access.js';
import { GovernanceWriteService, requireWriter, todayIso } from './governance-writes.js';

/** Who records and changes complaints (and their themes): the council's complaints officers and administrators. */
export const complaintWriteRule = (councilId: number, what = 'record or change complaints'): GovernanceRule => ({
  councilId,
  staff: [StaffRoleKind.COMPLAINTS_OFFICER],
  what,
});

/** Free text of a complaint: trimmed, and holding no contact details. */
function privateText(field: string, value: string | null | undefined, what: string): string | null {
  const text = checkText(field, value, what);
  assertValid(contactDetailsError(field, text));
  return text;
}

function reference(value: string): string {
  assertValid(validateName('reference', value, 60));
  return value.trim();
}

/** Writes of complaints: record one, change its details, move its stage forward, its themes and panel. */
export class ComplaintService extends GovernanceWriteService {
  async create(input: CreateComplaintInput): Promise<Complaint> {
    requireWriter(this.access);
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.gov.require(complaintWriteRule(council.id));
    const service = await this.ref(Service, 'Service', 'serviceId', input.serviceId, council.id);
    const ref = reference(input.reference);
    await this.uniqueReference(council.id, ref, null);
    const receivedOn = checkDate('receivedOn', input.receivedOn);
    const responseDue = checkDate('responseDue', input.responseDue);
    assertValid(complaintDatesError({ receivedOn, stageSince: receivedOn, responseDue, respondedOn: null }));
    const summary = privateText('summary', input.summary, 'summary');
    const themes = await this.themes('themeIds', input.themeIds ?? [], council.id, new Set());
    const complaint = this.em.create(Complaint, {
      council,
      service,
      reference: ref,
      receivedOn,
      stageSince: receivedOn,
      responseDue,
      summary,
    });
    for (const theme of themes) this.em.create(ComplaintThemeLink, { complaint, theme });
    await this.flush();
    return complaint;
  }

  async update(input: UpdateComplaintInput): Promise<Complaint> {
    requireWriter(this.access);
    const c = await this.load(Complaint, 'Complaint', 'id', input.id);
    const councilId = idOf(c.council)!;
    await this.gov.require(complaintWriteRule(councilId));
    this.checkVersion(`The complaint ${q(c.reference)}`, c.version, input.version);
    if (input.reference != null) {
      const ref = reference(input.reference);
      if (ref !== c.reference) await this.uniqueReference(councilId, ref, c.id);
      c.reference = ref;
    }
    if (input.receivedOn != null) c.receivedOn = checkDate('receivedOn', input.receivedOn);
    if (input.summary !== undefined) c.summary = privateText('summary', input.summary, 'summary');
    if (input.lessons !== undefined) c.lessons = privateText('lessons', input.lessons, 'lessons learned');
    if (input.stage != null && input.stage !== c.stage) this.move(c, input.stage, input);
    else if (input.responseDue != null) c.responseDue = checkDate('responseDue', input.responseDue);
    const respondedOn = checkOptionalDate('respondedOn', input.respondedOn);
    if (respondedOn !== undefined) c.respondedOn = respondedOn;
    if (input.outcome !== undefined) c.outcome = input.outcome;
    assertValid(complaintDatesError(c));
    if (input.themeIds != null) await this.replaceThemes(c, input.themeIds, councilId);
    if (input.panelIds != null) await this.replacePanel(c, input.panelIds, councilId);
    await this.flush();
    return c;
  }

  /** A stage move: forward only; the new stage starts on `stageSince` (or today) with its own response date, not yet answered. */
  private move(c: Complaint, to: ComplaintStage, input: UpdateComplaintInput): void {
    assertValid(complaintMoveError(c.stage, to));
    if (input.responseDue == null)
      throw badInput(
        'responseDue',
        `A new stage has its own response date: give the day the ${to.toLowerCase().replace(/_/g, ' ')} response is due.`,
      );
    const since = checkOptionalDate('stageSince', input.stageSince) ?? todayIso();
    if (c.stageSince && since < c.stageSince)
      throw badInput('stageSince', `The current stage started on ${c.stageSince}; the next cannot start before that.`);
    c.stage = to;
    c.stageSince = since;
    c.responseDue = checkDate('responseDue', input.responseDue);
    c.respondedOn = null;
  }

  private async uniqueReference(councilId: number, ref: string, except: number | null): Promise<void> {
    const taken = await this.em.findOne(
      Complaint,
      { council: councilId, reference: ref, ...(except ? { id: { $ne: except } } : {}) },
      { fields: ['id'], disableIdentityMap: true },
    );
    if (taken)
      throw badInput('reference', `Another complaint of the council has the reference ${q(ref)}: a case reference names one complaint.`);
  }

  /** Themes of the council by id; a retired one only if the complaint has it already. */
  private async themes(field: string, ids: readonly string[], councilId: number, has: ReadonlySet<number>): Promise<ComplaintTheme[]> {
    const dbIds = ids.map((id, i) => decodeId(`${field}[${i}]`, id, 'ComplaintTheme'));
    const rows = dbIds.length ? await this.em.find(ComplaintTheme, { id: { $in: [...new Set(dbIds)] }, council: councilId }) : [];
    const byId = new Map(rows.map((t) => [t.id, t]));
    dbIds.forEach((id, i) => {
      const t = byId.get(id);
      if (!t) throw badInput(`${field}[${i}]`, `no ComplaintTheme with id ${ids[i]} exists.`);
      if (t.retired && !has.has(id))
        throw badInput(`${field}[${i}]`, `The theme ${q(t.name)} is retired: it is no longer offered for complaints.`);
    });
    return [...new Set(dbIds)].map((id) => byId.get(id)!);
  }

  private async replaceThemes(c: Complaint, ids: string[], councilId: number): Promise<void> {
    const links = await this.em.find(ComplaintThemeLink, { complaint: c.id });
    const has = new Set(links.map((l) => idOf(l.theme)!));
    const wanted = await this.themes('themeIds', ids, councilId, has);
    const keep = new Set(wanted.map((t) => t.id));
    for (const l of links) if (!keep.has(idOf(l.theme)!)) this.em.remove(l);
    for (const t of wanted) if (!has.has(t.id)) this.em.create(ComplaintThemeLink, { complaint: c, theme: t });
  }

  private async replacePanel(c: Complaint, ids: string[], councilId: number): Promise<void> {
    const people = await this.councillors('panelIds', ids, councilId);
    assertValid(panelStageError(c.stage, people.length));
    const members = await this.em.find(ComplaintPanelMember, { complaint: c.id });
    const current = new Set(members.map((m) => idOf(m.person)!));
    const wanted = new Set(people.map((p) => p.id));
    for (const m of members) if (!wanted.has(idOf(m.person)!)) this.em.remove(m);
    for (const p of people) if (!current.has(p.id)) this.em.create(ComplaintPanelMember, { complaint: c, person: p });
  }
}

/** Writes of the council's controlled list of complaint themes: add, rename, retire (or bring back). */
export class ComplaintThemeService extends GovernanceWriteService {
  async create(input: { councilId: string; name: string }): Promise<ComplaintTheme> {
    requireWriter(this.access);
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.gov.require(complaintWriteRule(council.id, 'change the list of complaint themes'));
    const name = checkName('name', input.name, 120);
    await this.uniqueName(council.id, name, null);
    const theme = this.em.create(ComplaintTheme, { council, name });
    await this.flush();
    return theme;
  }

  async update(input: { id: string; version: number; name?: string | null; retired?: boolean | null }): Promise<ComplaintTheme> {
    requireWriter(this.access);
    const theme = await this.load(ComplaintTheme, 'ComplaintTheme', 'id', input.id);
    const councilId = idOf(theme.council)!;
    await this.gov.require(complaintWriteRule(councilId, 'change the list of complaint themes'));
    this.checkVersion(`The theme ${q(theme.name)}`, theme.version, input.version);
    if (input.name != null) {
      const name = checkName('name', input.name, 120);
      await this.uniqueName(councilId, name, theme.id);
      theme.name = name;
    }
    if (input.retired != null) theme.retired = input.retired;
    await this.flush();
    return theme;
  }

  /** Names are unique in a council, whatever their case. */
  private async uniqueName(councilId: number, name: string, except: number | null): Promise<void> {
    const all = await this.em.find(ComplaintTheme, { council: councilId }, { fields: ['id', 'name'], disableIdentityMap: true });
    const same = all.find((t) => t.id !== except && t.name.toLowerCase() === name.toLowerCase());
    if (same) throw badInput('name', `The council already has the theme ${q(same.name)}.`);
  }
}
