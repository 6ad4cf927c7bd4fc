/**
 * The demo council's complaints (part of governance-demo.ts): forty over the two years to
 * DEMO_GOVERNANCE_AS_OF, spread over the services and themes, most answered in time, a few late;
 * two at review panel with councillors and one without; one at the ombudsman; two overdue; and
 * missed or late home care visits upheld again and again for one service, with the lessons turned
 * into actions. No complainant is named: references are the council's case numbers.
 */
import { ActionSource, ActionStatus, ComplaintOutcome, ComplaintStage, CouncillorRoleKind } from '@goldenthread/domain';
import { Complaint, ComplaintPanelMember, ComplaintTheme, ComplaintThemeLink } from '../governance/complaint.entity.js';
import type { DemoCouncil } from './governance-demo.js';
import { COMPLAINT_SERVICES, COMPLAINT_THEMES, DEMO_GOVERNANCE_AS_OF, REPEATED_SERVICE } from './governance-demo.data.js';

/** The ISO date `days` days after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const SUMMARY: Record<(typeof COMPLAINT_THEMES)[number], string> = {
  'Missed or late care visits': 'Care workers arrived late or not at all over several weeks.',
  Communication: 'Calls and e-mails to the team were not returned.',
  'Delay in assessment': 'A wait of several months for an assessment of needs.',
  'Charging and financial assessment': 'An invoice for care that did not match the financial assessment.',
  'Staff attitude': 'A member of staff was dismissive during a home visit.',
  'Quality of care': 'Personal care was rushed and the care plan was not followed.',
  'Equipment and adaptations': 'A hoist was delivered without the right sling and nobody came to fit it.',
  'Delay in an education, health and care plan': 'The plan was issued well after the 20-week limit.',
};

const { NOT_UPHELD, PARTLY_UPHELD, UPHELD, WITHDRAWN } = ComplaintOutcome;
const OUTCOMES = [NOT_UPHELD, PARTLY_UPHELD, UPHELD, NOT_UPHELD, WITHDRAWN, NOT_UPHELD];
/** Days from receipt to the stage, and the stage's timescale. */
const STAGE_DAYS: Record<ComplaintStage, [number, number]> = {
  [ComplaintStage.LOCAL_RESOLUTION]: [0, 28],
  [ComplaintStage.INVESTIGATION]: [45, 65],
  [ComplaintStage.REVIEW_PANEL]: [100, 30],
  [ComplaintStage.OMBUDSMAN]: [150, 90],
};
const BASE = 36;
/** Complaints (by index) left unanswered past their date: COMPLAINT_OVERDUE. */
const OVERDUE = new Set([33, 34]);
/** Review panels: with the complaints panel's councillors, and one with none (REVIEW_PANEL_WITHOUT_COUNCILLORS). */
const PANELS = new Map([
  [10, true],
  [20, true],
  [30, false],
]);

interface ComplaintSpec {
  service: string;
  themes: string[];
  receivedOn: string;
  stage: ComplaintStage;
  outcome: ComplaintOutcome;
  open: boolean;
  panel?: boolean;
  lesson?: string;
}

function specs(): ComplaintSpec[] {
  const out: ComplaintSpec[] = [];
  for (let i = 0; i < BASE; i++) {
    const theme = COMPLAINT_THEMES[(i + Math.floor(i / 8)) % COMPLAINT_THEMES.length]!;
    const themes = i % 3 === 0 && theme !== 'Communication' ? [theme, 'Communication'] : [theme];
    let stage: ComplaintStage = i % 7 === 3 ? ComplaintStage.INVESTIGATION : ComplaintStage.LOCAL_RESOLUTION;
    if (PANELS.has(i)) stage = ComplaintStage.REVIEW_PANEL;
    if (i === 15) stage = ComplaintStage.OMBUDSMAN;
    const outcome = OUTCOMES[i % OUTCOMES.length]!;
    out.push({
      service: COMPLAINT_SERVICES[i % COMPLAINT_SERVICES.length]!,
      themes,
      receivedOn: addDays('2023-04-11', i * 20),
      stage,
      outcome,
      open: OVERDUE.has(i),
      panel: PANELS.get(i),
      lesson: outcome === UPHELD ? 'Team managers check the case notes of every upheld complaint at supervision.' : undefined,
    });
  }
  // The pattern: missed or late home care visits, upheld four times in the year.
  for (const [receivedOn, outcome] of [
    ['2024-05-14', UPHELD],
    ['2024-08-20', PARTLY_UPHELD],
    ['2024-11-05', UPHELD],
    ['2025-01-21', UPHELD],
  ] as const) {
    out.push({
      service: REPEATED_SERVICE,
      themes: ['Missed or late care visits'],
      receivedOn,
      stage: ComplaintStage.LOCAL_RESOLUTION,
      outcome,
      open: false,
      lesson: 'Providers must tell the person and the council the same day when a visit will be missed.',
    });
  }
  return out;
}

export function seedDemoComplaints(demo: DemoCouncil): void {
  const { em, council } = demo;
  const themes = new Map(COMPLAINT_THEMES.map((name) => [name as string, em.create(ComplaintTheme, { council, name })]));
  em.create(ComplaintTheme, { council, name: 'Transport', retired: true });
  const panel = demo.councillors(CouncillorRoleKind.COMPLAINTS_PANEL).slice(0, 3);
  const seq = new Map<string, number>();
  specs().forEach((spec, i) => {
    const service = demo.service(spec.service);
    if (!service) return;
    const year = spec.receivedOn.slice(0, 4);
    seq.set(year, (seq.get(year) ?? 0) + 1);
    const [toStage, timescale] = STAGE_DAYS[spec.stage];
    const stageSince = addDays(spec.receivedOn, toStage);
    const responseDue = addDays(stageSince, timescale);
    const answered = !spec.open && responseDue < DEMO_GOVERNANCE_AS_OF;
    const complaint = em.create(Complaint, {
      council,
      service,
      reference: `CF-${year}-${String(seq.get(year)).padStart(4, '0')}`,
      receivedOn: spec.receivedOn,
      summary: SUMMARY[spec.themes[0] as keyof typeof SUMMARY] ?? null,
      stage: spec.stage,
      stageSince,
      responseDue,
      respondedOn: answered ? addDays(responseDue, i % 5 === 0 ? 6 : -3) : null,
      outcome: answered ? spec.outcome : null,
      lessons: answered ? (spec.lesson ?? null) : null,
    });
    for (const name of spec.themes) em.create(ComplaintThemeLink, { complaint, theme: themes.get(name)! });
    if (spec.panel) for (const person of panel) em.create(ComplaintPanelMember, { complaint, person });
    if (answered && spec.lesson) {
      const done = complaint.respondedOn! < '2025-01-01';
      demo.action(
        {
          // Staff who may not read the complaint see the action: its title names the service, never the case.
          title: `Lesson from a ${service.name} complaint: ${spec.lesson}`.slice(0, 300),
          owner: { owner: spec.service },
          due: addDays(complaint.respondedOn!, 60),
          status: done ? ActionStatus.DONE : ActionStatus.IN_PROGRESS,
          completedOn: done ? addDays(complaint.respondedOn!, 40) : undefined,
        },
        ActionSource.COMPLAINT_LESSON,
        { complaint },
        service,
      );
    }
  });
}
