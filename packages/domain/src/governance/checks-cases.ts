/** Governance checks on complaints and ward casework (see checks.ts for the rules). */
import type { Finding, NodeRef } from '../findings.js';
import { day, finding, type GovernanceIndex, late, q } from './checks-model.js';
import { addMonths, isComplaintOverdue, repeatedThemes } from './complaints.js';
import { ComplaintOutcome, ComplaintStage } from './enums.js';
import { isEnquiryOverdue } from './roles.js';
import type { ComplaintRow } from './snapshot.js';

/** This many upheld (or partly upheld) complaints with one theme about one service within REPEAT_WINDOW_MONTHS is a pattern. */
export const REPEAT_THRESHOLD = 3;
export const REPEAT_WINDOW_MONTHS = 12;

const STAGE_WORDS: Record<ComplaintStage, string> = {
  [ComplaintStage.LOCAL_RESOLUTION]: 'local resolution',
  [ComplaintStage.INVESTIGATION]: 'investigation',
  [ComplaintStage.REVIEW_PANEL]: 'review panel',
  [ComplaintStage.OMBUDSMAN]: 'ombudsman',
};

const complaintRef = (c: ComplaintRow): NodeRef => ({ type: 'Complaint', id: c.id, name: c.reference });
const withdrawn = (c: ComplaintRow) => c.outcome === ComplaintOutcome.WITHDRAWN;

/** The complaints the viewer may not read, by service (in the order of the service ids), for the counting findings. */
function unreadableByService(ix: GovernanceIndex, complaints: readonly ComplaintRow[]): Array<[number, number]> {
  const counts = new Map<number, number>();
  for (const c of complaints) if (!ix.mayReadComplaint(c.id)) counts.set(c.serviceId, (counts.get(c.serviceId) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b);
}

/** "1 complaint about Home Care is", "3 complaints about Home Care are". */
const complaintsAbout = (ix: GovernanceIndex, n: number, serviceId: number) =>
  `${n} ${n === 1 ? 'complaint' : 'complaints'} about ${ix.serviceName(serviceId)} ${n === 1 ? 'is' : 'are'}`;

export function complaintsOverdue(ix: GovernanceIndex): Finding[] {
  const overdue = ix.snapshot.complaints.filter((c) => isComplaintOverdue(c, ix.asOf));
  const counted = unreadableByService(ix, overdue).map(([serviceId, n]) =>
    finding(
      'COMPLAINT_OVERDUE',
      [ix.serviceRef(serviceId)],
      `${complaintsAbout(ix, n, serviceId)} past ${n === 1 ? 'its' : 'their'} response date with no response recorded.`,
      `Ask the complaints officers (who can see which complaints these are) to respond to the complainants now, explaining ` +
        `the delay, and record the response dates.`,
    ),
  );
  return overdue
    .filter((c) => ix.mayReadComplaint(c.id))
    .map((c) =>
      finding(
        'COMPLAINT_OVERDUE',
        [complaintRef(c), ix.serviceRef(c.serviceId)],
        `The complaint ${c.reference} about ${ix.serviceName(c.serviceId)} (${STAGE_WORDS[c.stage]} stage) was due a response by ` +
          `${day(c.responseDue)} and none is recorded (${late(c.responseDue, ix.asOf)}).`,
        `Respond to the complainant now, explaining the delay, and record the response date; ` +
          `if the timescale cannot be met, agree a new date with them and record why.`,
      ),
    )
    .concat(counted);
}

export function panelsWithoutCouncillors(ix: GovernanceIndex): Finding[] {
  const unheard = ix.snapshot.complaints.filter(
    (c) => c.stage === ComplaintStage.REVIEW_PANEL && !withdrawn(c) && !c.panelMemberIds.some((p) => ix.isActivePerson(p)),
  );
  const counted = unreadableByService(ix, unheard).map(([serviceId, n]) =>
    finding(
      'REVIEW_PANEL_WITHOUT_COUNCILLORS',
      [ix.serviceRef(serviceId)],
      `${complaintsAbout(ix, n, serviceId)} at the review panel stage with no councillor on ${n === 1 ? 'its' : 'their'} panel ` +
        `who can hear ${n === 1 ? 'it' : 'them'}.`,
      `Ask the complaints officers to have review panel councillors appointed from the complaints panel (none of them ` +
        `involved in the service's decisions) and hearing dates set.`,
    ),
  );
  return unheard
    .filter((c) => ix.mayReadComplaint(c.id))
    .map((c) => {
      const left = c.panelMemberIds.length > 0;
      return finding(
        'REVIEW_PANEL_WITHOUT_COUNCILLORS',
        [complaintRef(c), ix.serviceRef(c.serviceId), ...c.panelMemberIds.flatMap((p) => ix.personRefs(p))],
        `The complaint ${c.reference} about ${ix.serviceName(c.serviceId)} is at the review panel stage, but ` +
          `${left ? 'every councillor named on its panel has left' : 'no councillors are named on its panel'}, so it cannot be heard.`,
        `Appoint the review panel's councillors from the complaints panel (none of them involved in the service's decisions) ` +
          `and set a hearing date.`,
      );
    })
    .concat(counted);
}

/**
 * REPEATED_COMPLAINT_THEME: REPEAT_THRESHOLD or more complaints about one service, received in the
 * REPEAT_WINDOW_MONTHS up to asOf (after the day that many months before, up to and including asOf),
 * upheld or partly upheld and sharing a theme (repeatedThemes). One finding per service and theme; its
 * message counts the complaints, its nodes name only those the viewer may read.
 */
export function repeatedComplaintThemes(ix: GovernanceIndex): Finding[] {
  const from = addMonths(ix.asOf, -REPEAT_WINDOW_MONTHS);
  const recent = ix.snapshot.complaints.filter((c) => c.receivedOn > from && c.receivedOn <= ix.asOf);
  const byId = new Map(recent.map((c) => [c.id, c]));
  return repeatedThemes(recent, REPEAT_THRESHOLD, REPEAT_WINDOW_MONTHS).map(({ serviceId, themeId, complaintIds }) => {
    const theme = ix.themeRef(themeId).name;
    return finding(
      'REPEATED_COMPLAINT_THEME',
      [
        ix.serviceRef(serviceId),
        ix.themeRef(themeId),
        ...complaintIds.filter((id) => ix.mayReadComplaint(id)).map((id) => complaintRef(byId.get(id)!)),
      ],
      `${complaintIds.length} complaints about ${ix.serviceName(serviceId)} on ${q(theme)} were upheld or partly upheld in the ` +
        `${REPEAT_WINDOW_MONTHS} months to ${day(ix.asOf)}: the same problem keeps happening.`,
      `Ask the service's managers to find the common cause of the ${q(theme)} complaints and agree an action to fix it, ` +
        `recorded as a lesson learned on the complaints.`,
    );
  });
}

export function enquiriesOverdue(ix: GovernanceIndex): Finding[] {
  return ix.snapshot.wardEnquiries
    .filter((e) => isEnquiryOverdue(e, ix.asOf))
    .map((e) =>
      finding(
        'ENQUIRY_OVERDUE',
        [{ type: 'WardEnquiry', id: e.id, name: e.subject }, ix.serviceRef(e.serviceId), ...ix.personRefs(e.councillorId)],
        `${ix.personName(e.councillorId)}'s enquiry for ${e.ward} ward about ${q(e.subject)}, raised with ` +
          `${ix.serviceName(e.serviceId)} on ${day(e.raisedOn)}, was due a response by ${day(e.responseDue)} ` +
          `and none is recorded (${late(e.responseDue, ix.asOf)}).`,
        `Reply to the councillor with what the service has done or will do, and record the response.`,
      ),
    );
}
