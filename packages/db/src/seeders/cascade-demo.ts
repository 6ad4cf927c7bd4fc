/**
 * The demo council's golden thread for 2024-25 (fictional, deterministic): corporate priorities
 * (national ones translating ASCOF and public-health agendas, and local ones), directorate and
 * service priorities, two explicit non-priorities, consultations (hard-to-reach groups included) and
 * communications back, service-plan objectives with milestones and targets on local indicators, and
 * appraisal objectives for most staff.
 *
 * It carries deliberate gaps so that every golden-thread check has something to show: an objective
 * delivering no priority (and the appraisal objectives aimed at it), a draft corporate priority with
 * nothing under it, no target, no resources and no consultation, one directorate with more priorities
 * than the council's limit, an agreed priority never communicated, a consultation group never told
 * back, and two service priorities "imported from last year's plan" (one without a parent, one placed
 * under a corporate priority). Not shown: CYCLE (writes refuse loops) and UNAMBITIOUS_TARGET /
 * UNREALISTIC_TARGET (they need measured values, which the indicators feature provides).
 *
 * National priorities are linked to the indicator they translate: an ASCOF measure, or (for the Public
 * Health Outcomes Framework, which has no national definitions here) a local copy of the measure.
 *
 * Works on any council with a generated organisation: services are found by name, and services the
 * table below does not know get one objective under their directorate's first priority, so a larger
 * council gets a proportionally larger cascade (used by the statement-count test).
 */
import { ref } from '@mikro-orm/core';
import { AppraisalObjective } from '../cascade/appraisal-objective.entity.js';
import {
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
} from '../cascade/engagement.entity.js';
import {
  AppraisalRating,
  EngagementGroupKind,
  IndicatorFramework,
  MilestoneStatus,
  PersonKind,
  Polarity,
  PriorityLevel,
  PriorityOrigin,
  PriorityStatus,
  ServiceKind,
} from '@goldenthread/domain';
import { Milestone, Objective, ObjectivePriority, ObjectiveTarget, PriorityTarget } from '../cascade/objective.entity.js';
import { PriorityLimit } from '../cascade/priority-limit.entity.js';
import { Priority } from '../cascade/priority.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Target } from '../indicators/target.entity.js';
import type { Council } from '../organisation/council.entity.js';
import { Directorate } from '../organisation/directorate.entity.js';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';

export const DEMO_CASCADE_PERIOD = '2024-25';

const { CORPORATE, DIRECTORATE, SERVICE } = PriorityLevel;
const { NATIONAL, LOCAL } = PriorityOrigin;
const { DRAFT, AGREED, COMMUNICATED } = PriorityStatus;

/** Who owns something: a directorate's director, a service's accountable owner, or the chief executive. */
type OwnerRef = { director: string } | { service: string } | 'chief executive';

interface PrioritySpec {
  key: string;
  level: PriorityLevel;
  name: string;
  parent?: string;
  origin?: PriorityOrigin;
  agenda?: string;
  status: PriorityStatus;
  agreedOn?: string;
  communicatedOn?: string;
  owner?: OwnerRef;
  budget?: number;
  fte?: number;
  capacity?: string;
  directorate?: string;
  service?: string;
  notPriority?: string;
  /** A national priority's indicator: an ASCOF measure's code, or the code of a local indicator of LOCAL_COPIES. */
  translates?: { ascof: string } | { local: string };
}

const COUNCIL_AGREED = '2024-02-20';
const TOLD_RESIDENTS = '2024-04-15';
const TOLD_STAFF = '2024-05-08';

const PRIORITIES: PrioritySpec[] = [
  // Corporate
  {
    key: 'C1',
    level: CORPORATE,
    name: 'Help people live independently at home for longer',
    origin: NATIONAL,
    agenda:
      'ASCOF 2A: long-term support needs met by admission to residential and nursing care homes; ASCOF 2B: older people still at home 91 ' +
      'days after leaving hospital into reablement',
    status: COMMUNICATED,
    agreedOn: COUNCIL_AGREED,
    communicatedOn: TOLD_RESIDENTS,
    owner: { director: 'ASC' },
    budget: 4_200_000,
    fte: 38,
    translates: { ascof: '2A2' },
    capacity: 'Reablement, home care commissioning and the locality teams, with the NHS discharge fund.',
  },
  {
    key: 'C2',
    level: CORPORATE,
    name: 'Keep children safe and help families to thrive',
    origin: LOCAL,
    status: COMMUNICATED,
    agreedOn: COUNCIL_AGREED,
    communicatedOn: TOLD_RESIDENTS,
    owner: { director: 'CS' },
    budget: 3_100_000,
    fte: 29,
  },
  {
    key: 'C3',
    level: CORPORATE,
    name: 'Recognise and support unpaid carers',
    origin: NATIONAL,
    agenda: "ASCOF 1D and 3B: carer-reported quality of life and carers' satisfaction with social services",
    status: COMMUNICATED,
    agreedOn: COUNCIL_AGREED,
    communicatedOn: TOLD_RESIDENTS,
    owner: { director: 'ASC' },
    budget: 850_000,
    fte: 9,
    translates: { ascof: '1D' },
  },
  {
    key: 'C4',
    level: CORPORATE,
    name: 'Narrow the gap in healthy life expectancy',
    origin: NATIONAL,
    agenda: 'Public Health Outcomes Framework A01: healthy life expectancy, and the gap between the most and least deprived areas',
    status: AGREED,
    agreedOn: COUNCIL_AGREED,
    owner: { director: 'PH' },
    budget: 1_500_000,
    fte: 12,
    translates: { local: 'PHOF-A01' },
  },
  {
    key: 'C5',
    level: CORPORATE,
    name: 'A well-run council that listens and learns',
    origin: LOCAL,
    status: COMMUNICATED,
    agreedOn: COUNCIL_AGREED,
    communicatedOn: TOLD_RESIDENTS,
    owner: 'chief executive',
    budget: 600_000,
    fte: 8,
  },
  {
    key: 'C6',
    level: CORPORATE,
    name: 'More adults with learning disabilities in paid work',
    origin: NATIONAL,
    agenda: 'ASCOF 1E: proportion of adults with a learning disability in paid employment',
    status: DRAFT,
    owner: { director: 'ASC' },
    translates: { ascof: '1E' },
  },
  // Explicit non-priorities
  {
    key: 'N1',
    level: CORPORATE,
    name: 'Build new council-run residential care homes',
    status: DRAFT,
    notPriority:
      'Care home capacity in Suffolk meets demand; this year we will shape the market through commissioning rather than build and run ' +
      'homes ourselves.',
  },
  {
    key: 'N2',
    level: DIRECTORATE,
    name: "Expand the council's own residential children's homes",
    parent: 'C2',
    directorate: 'CS',
    status: DRAFT,
    notPriority: 'The money goes to recruiting foster carers first: family placements give children more stable homes.',
  },
  // Directorate
  {
    key: 'D1a',
    level: DIRECTORATE,
    directorate: 'ASC',
    parent: 'C1',
    name: 'Support more people at home instead of in care homes',
    status: COMMUNICATED,
    agreedOn: '2024-03-05',
    communicatedOn: TOLD_RESIDENTS,
    owner: { director: 'ASC' },
    budget: 2_600_000,
    fte: 24,
  },
  {
    key: 'D1b',
    level: DIRECTORATE,
    directorate: 'ASC',
    parent: 'C1',
    name: 'Get people home from hospital sooner, and keep them there',
    status: COMMUNICATED,
    agreedOn: '2024-03-05',
    communicatedOn: TOLD_RESIDENTS,
    owner: { director: 'ASC' },
    budget: 1_400_000,
    fte: 18,
  },
  {
    key: 'D3a',
    level: DIRECTORATE,
    directorate: 'ASC',
    parent: 'C3',
    name: 'Find and support carers earlier',
    status: COMMUNICATED,
    agreedOn: '2024-03-05',
    communicatedOn: '2024-05-18',
    owner: { director: 'ASC' },
    budget: 500_000,
    fte: 6,
  },
  {
    key: 'D5c',
    level: DIRECTORATE,
    directorate: 'ASC',
    parent: 'C5',
    name: 'Be ready for the CQC assessment of adult social care',
    status: DRAFT,
    owner: { director: 'ASC' },
  },
  {
    key: 'D2a',
    level: DIRECTORATE,
    directorate: 'CS',
    parent: 'C2',
    name: 'Fewer children on repeat child protection plans',
    status: COMMUNICATED,
    agreedOn: '2024-03-07',
    communicatedOn: '2024-06-10',
    owner: { director: 'CS' },
    budget: 1_200_000,
    fte: 14,
  },
  {
    key: 'D2b',
    level: DIRECTORATE,
    directorate: 'CS',
    parent: 'C2',
    name: 'Stable, loving homes for children in care',
    status: COMMUNICATED,
    agreedOn: '2024-03-07',
    communicatedOn: '2024-06-10',
    owner: { director: 'CS' },
    budget: 1_600_000,
    fte: 12,
  },
  {
    key: 'D3b',
    level: DIRECTORATE,
    directorate: 'CS',
    parent: 'C3',
    name: 'Identify and support young carers',
    status: COMMUNICATED,
    agreedOn: '2024-03-07',
    communicatedOn: '2024-05-18',
    owner: { director: 'CS' },
    budget: 150_000,
    fte: 2,
  },
  {
    key: 'D4a',
    level: DIRECTORATE,
    directorate: 'PH',
    parent: 'C4',
    name: 'Help people in routine and manual jobs to stop smoking',
    status: AGREED,
    agreedOn: '2024-03-12',
    owner: { director: 'PH' },
    budget: 420_000,
    fte: 5,
  },
  {
    key: 'D5a',
    level: DIRECTORATE,
    directorate: 'RES',
    parent: 'C5',
    name: 'Accurate, timely management information',
    status: COMMUNICATED,
    agreedOn: '2024-03-12',
    communicatedOn: TOLD_RESIDENTS,
    owner: { director: 'RES' },
    budget: 250_000,
    fte: 4,
  },
  {
    key: 'D5b',
    level: DIRECTORATE,
    directorate: 'RES',
    parent: 'C5',
    name: 'Put complaints right sooner',
    status: COMMUNICATED,
    agreedOn: '2024-03-12',
    communicatedOn: TOLD_RESIDENTS,
    owner: { director: 'RES' },
    budget: 90_000,
    fte: 2,
  },
  // Service
  {
    key: 'S1',
    level: SERVICE,
    service: 'Reablement and Intermediate Care',
    parent: 'D1b',
    name: 'Start reablement within 48 hours of leaving hospital',
    status: COMMUNICATED,
    agreedOn: '2024-04-02',
    communicatedOn: TOLD_STAFF,
    owner: { service: 'Reablement and Intermediate Care' },
    budget: 380_000,
    fte: 6,
  },
  {
    key: 'S2',
    level: SERVICE,
    service: "Older People's Services",
    parent: 'D1a',
    name: 'Review every home care package within 12 months',
    status: COMMUNICATED,
    agreedOn: '2024-04-02',
    communicatedOn: TOLD_STAFF,
    owner: { service: "Older People's Services" },
    budget: 120_000,
    fte: 3,
  },
  {
    key: 'S3',
    level: SERVICE,
    service: 'Child Protection',
    parent: 'D2a',
    name: 'Hold initial child protection conferences within 15 working days',
    status: COMMUNICATED,
    agreedOn: '2024-04-04',
    communicatedOn: TOLD_STAFF,
    owner: { service: 'Child Protection' },
    budget: 60_000,
    fte: 2,
  },
  {
    key: 'S4',
    level: SERVICE,
    service: 'Performance and Intelligence',
    parent: 'D5a',
    name: 'Validate every statutory return before it is submitted',
    status: COMMUNICATED,
    agreedOn: '2024-04-04',
    communicatedOn: TOLD_STAFF,
    owner: { service: 'Performance and Intelligence' },
    budget: 40_000,
    fte: 1.5,
  },
  // "Imported from last year's plan": the thread is broken above these two.
  {
    key: 'S5',
    level: SERVICE,
    service: 'Occupational Therapy',
    name: 'Online self-assessment for equipment',
    status: COMMUNICATED,
    agreedOn: '2024-03-01',
    communicatedOn: TOLD_STAFF,
    owner: { service: 'Occupational Therapy' },
    budget: 75_000,
    fte: 1,
  },
  {
    key: 'S6',
    level: SERVICE,
    service: "Carers' Support",
    parent: 'C3',
    name: "Carers' assessments completed within 28 days",
    status: COMMUNICATED,
    agreedOn: '2024-03-01',
    communicatedOn: TOLD_STAFF,
    owner: { service: "Carers' Support" },
    budget: 95_000,
    fte: 2,
  },
];

interface IndicatorSpec {
  code: string;
  title: string;
  unit: string;
  polarity: Polarity;
}

const INDICATORS: IndicatorSpec[] = [
  {
    code: 'SCC-ASC-01',
    title: 'People starting reablement within 48 hours of leaving hospital (%)',
    unit: '%',
    polarity: Polarity.HIGHER_IS_BETTER,
  },
  {
    code: 'SCC-ASC-02',
    title: 'Permanent admissions to care homes, people aged 65 and over, per 100,000',
    unit: 'per 100,000',
    polarity: Polarity.LOWER_IS_BETTER,
  },
  { code: 'SCC-ASC-03', title: "Carers' assessments completed within 28 days (%)", unit: '%', polarity: Polarity.HIGHER_IS_BETTER },
  { code: 'SCC-ASC-04', title: 'Home care packages reviewed within 12 months (%)', unit: '%', polarity: Polarity.HIGHER_IS_BETTER },
  {
    code: 'SCC-CS-01',
    title: 'Child protection plans starting within two years of a previous plan (%)',
    unit: '%',
    polarity: Polarity.LOWER_IS_BETTER,
  },
  { code: 'SCC-PH-01', title: 'Smoking prevalence in routine and manual occupations (%)', unit: '%', polarity: Polarity.LOWER_IS_BETTER },
  { code: 'SCC-RES-01', title: 'Statutory returns validated and submitted on time (%)', unit: '%', polarity: Polarity.HIGHER_IS_BETTER },
  { code: 'SCC-RES-02', title: 'Stage 1 complaints answered within 20 working days (%)', unit: '%', polarity: Polarity.HIGHER_IS_BETTER },
];

/**
 * National measures Golden Thread has no framework for (the Public Health Outcomes Framework), which
 * the council tracks as local indicators so that the priorities translating them can be linked.
 */
const LOCAL_COPIES: IndicatorSpec[] = [
  {
    code: 'PHOF-A01',
    title: 'Gap in healthy life expectancy at birth between the most and least deprived areas (years; PHOF A01)',
    unit: 'years',
    polarity: Polarity.LOWER_IS_BETTER,
  },
];

interface ObjectiveSpec {
  service: string;
  name: string;
  delivers: string[];
  /** Indicator code and target value, set for this service. */
  target?: [string, number];
}

const OBJECTIVES: ObjectiveSpec[] = [
  {
    service: "Older People's Services",
    name: 'Expand extra-care housing and home care capacity',
    delivers: ['D1a'],
    target: ['SCC-ASC-02', 520],
  },
  { service: "Older People's Services", name: 'Review home care packages on time', delivers: ['S2'], target: ['SCC-ASC-04', 90] },
  // Gap: a target below what the service already achieves (UNAMBITIOUS_TARGET, from the monthly data).
  { service: 'Locality Social Work', name: 'Strengths-based assessments in every locality', delivers: ['D1a'], target: ['L-ASC-01', 60] },
  // Gap: a target beyond anything recorded (UNREALISTIC_TARGET).
  {
    service: 'Safeguarding Adults',
    name: 'Audit safeguarding practice ahead of the CQC assessment',
    delivers: ['D5c'],
    target: ['L-ASC-04', 99.5],
  },
  {
    service: 'Reablement and Intermediate Care',
    name: 'Start reablement within 48 hours of discharge',
    delivers: ['S1'],
    target: ['SCC-ASC-01', 80],
  },
  { service: 'Reablement and Intermediate Care', name: 'Run a seven-day hospital discharge service', delivers: ['D1b'] },
  { service: 'Learning Disabilities', name: 'Move people from residential care into supported living', delivers: ['D1a'] },
  { service: 'Mental Health', name: 'Reduce delayed discharges from mental health wards', delivers: ['D1b'] },
  { service: 'Commissioning and Market Management', name: 'Commission enough home care in rural areas', delivers: ['D1a', 'D1b'] },
  { service: 'Occupational Therapy', name: 'Deliver equipment within seven days', delivers: ['S5'] },
  { service: "Carers' Support", name: "Complete carers' assessments within 28 days", delivers: ['S6', 'D3a'], target: ['SCC-ASC-03', 85] },
  { service: 'Child Protection', name: 'Hold child protection conferences on time', delivers: ['S3'], target: ['SCC-CS-01', 18] },
  { service: 'Assessment and Intervention', name: 'Reduce re-referrals within 12 months', delivers: ['D2a'] },
  { service: 'Children in Care', name: 'Every child in care has an up-to-date care plan', delivers: ['D2b'] },
  { service: 'Fostering and Adoption', name: 'Recruit 40 new fostering households', delivers: ['D2b'] },
  { service: 'Early Help', name: 'Early help assessments for families at risk', delivers: ['D2a'] },
  { service: 'Early Help', name: 'Young carers identified in every secondary school', delivers: ['D3b'] },
  {
    service: 'Special Educational Needs and Disabilities',
    name: 'Issue education, health and care plans within 20 weeks',
    delivers: ['C2'],
  },
  {
    service: 'Health Improvement',
    name: 'Stop-smoking support in routine and manual workplaces',
    delivers: ['D4a'],
    target: ['SCC-PH-01', 19.5],
  },
  { service: 'Public Health Intelligence', name: 'Health inequalities profiles for every district', delivers: ['D4a'] },
  {
    service: 'Performance and Intelligence',
    name: 'Validate statutory returns before submission',
    delivers: ['S4'],
    target: ['SCC-RES-01', 100],
  },
  {
    service: 'Performance and Intelligence',
    name: 'Monthly complaints performance report to managers',
    delivers: ['D5b'],
    target: ['SCC-RES-02', 95],
  },
  { service: 'Finance', name: 'Track the cost of care packages every month', delivers: ['D5a'] },
  { service: 'Democratic Services', name: 'Scrutiny work programme follows the council priorities', delivers: ['C5'] },
  // Gap: an objective that serves no priority.
  { service: 'Democratic Services', name: 'Move committee papers to a new publishing system', delivers: [] },
];

/** Services that deliberately have no plan this year. */
const NO_PLAN = new Set(['Health Protection', 'Human Resources', 'Legal Services']);

/** Priority-level targets (council-wide): priority key, indicator code, value. */
const PRIORITY_TARGETS: Array<[string, string, number]> = [['C1', 'SCC-ASC-02', 540]];

interface GroupSpec {
  kind: EngagementGroupKind;
  name: string;
  hardToReach?: boolean;
}

const G = {
  homeCareUsers: { kind: EngagementGroupKind.SERVICE_USERS, name: 'Home care users' },
  familyCarers: { kind: EngagementGroupKind.CARERS, name: 'Suffolk Family Carers forum' },
  travellers: { kind: EngagementGroupKind.COMMUNITY, name: 'Gypsy and Traveller communities', hardToReach: true },
  adultCarers: { kind: EngagementGroupKind.CARERS, name: 'Adult carers' },
  youngCarers: { kind: EngagementGroupKind.CARERS, name: 'Young carers', hardToReach: true },
  childrenInCare: { kind: EngagementGroupKind.SERVICE_USERS, name: 'Children in care council' },
  fosterCarers: { kind: EngagementGroupKind.CARERS, name: 'Foster carers' },
  careLeavers: { kind: EngagementGroupKind.COMMUNITY, name: 'Care leavers', hardToReach: true },
  learningDisabilities: { kind: EngagementGroupKind.SERVICE_USERS, name: 'People with learning disabilities', hardToReach: true },
  icb: { kind: EngagementGroupKind.PARTNERS, name: 'NHS Suffolk and North East Essex ICB' },
  residents: { kind: EngagementGroupKind.COMMUNITY, name: "Residents' panel" },
  staff: { kind: EngagementGroupKind.STAFF, name: 'All staff' },
  providers: { kind: EngagementGroupKind.PROVIDERS, name: 'Suffolk Care Association' },
} satisfies Record<string, GroupSpec>;

const CONSULTATIONS: Array<{ title: string; date: string; heard: string; groups: GroupSpec[]; informed: string[] }> = [
  {
    title: 'Living well at home survey',
    date: '2023-11-20',
    groups: [G.homeCareUsers, G.familyCarers, G.travellers],
    informed: ['C1', 'D1a', 'D1b'],
    heard:
      'People want to stay in their own homes, with help that arrives on time and the same carers each week. Gypsy and Traveller ' +
      'families asked for assessments to come to them and be explained face to face.',
  },
  {
    title: "Carers' conversation 2024",
    date: '2024-01-16',
    groups: [G.adultCarers, G.youngCarers],
    informed: ['C3', 'D3a', 'D3b'],
    heard: 'Carers want to be recognised early and to get proper breaks; young carers want their teachers to know what they do at home.',
  },
  {
    title: 'Children and families listening events',
    date: '2023-12-05',
    groups: [G.childrenInCare, G.fosterCarers, G.careLeavers],
    informed: ['C2', 'D2a', 'D2b'],
    heard: 'Children in care want fewer moves and the same social worker; care leavers said support stops too suddenly at 18.',
  },
  {
    title: 'Learning disability partnership board',
    date: '2024-01-24',
    groups: [G.learningDisabilities, G.icb],
    informed: ['D1a'],
    heard:
      'People with learning disabilities want real jobs and homes of their own, not day centres; the ICB offered joint funding for ' +
      'supported living.',
  },
  {
    title: 'Budget consultation and staff survey',
    date: '2023-12-12',
    groups: [G.residents, G.staff, G.providers],
    informed: ['C4', 'C5'],
    heard:
      'Residents support spending on prevention; staff asked for fewer, clearer priorities; providers asked for fair fees in rural areas.',
  },
];

const COMMUNICATIONS: Array<{ date: string; channel: string; groups: GroupSpec[]; about: string[] }> = [
  {
    date: TOLD_RESIDENTS,
    channel: 'Suffolk News, the council website and Traveller liaison visits',
    groups: [G.homeCareUsers, G.familyCarers, G.travellers, G.residents, G.staff],
    about: ['C1', 'C2', 'C3', 'C5', 'D1a', 'D1b', 'D5a', 'D5b'],
  },
  { date: '2024-05-02', channel: 'Easy-read leaflet at the partnership board', groups: [G.learningDisabilities, G.icb], about: ['D1a'] },
  { date: '2024-05-18', channel: "Carers' Week events", groups: [G.adultCarers, G.youngCarers], about: ['C3', 'D3a', 'D3b'] },
  // The care leavers who were consulted are not told back (a NOT_COMMUNICATED finding).
  {
    date: '2024-06-10',
    channel: 'Children in care council meeting',
    groups: [G.childrenInCare, G.fosterCarers],
    about: ['C2', 'D2a', 'D2b'],
  },
  {
    date: TOLD_STAFF,
    channel: "Staff briefing and providers' forum",
    groups: [G.staff, G.providers],
    about: ['C5', 'D5a', 'D5b', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6'],
  },
];

const APPRAISAL_WORDING = [
  (o: string) => `Play my part in: ${o}`,
  (o: string) => `${o}: my own caseload and contribution`,
  (o: string) => `Report progress each quarter on: ${o}`,
];
const RATINGS = [AppraisalRating.MET, AppraisalRating.PARTLY_MET, AppraisalRating.EXCEEDED, AppraisalRating.MET, AppraisalRating.NOT_MET];

/** Seeds the golden thread of a council with a generated organisation. Idempotent: nothing happens if it has priorities. */
export async function seedCascadeDemo(em: Em, council: Council): Promise<void> {
  if ((await em.count(Priority, { council: council.id })) > 0) return;
  const period = DEMO_CASCADE_PERIOD;
  // One after the other: inside the seed's transaction they share one connection.
  const directorates = await em.find(Directorate, { council: council.id }, { orderBy: { id: 'asc' } });
  const services = await em.find(Service, { council: council.id }, { orderBy: { id: 'asc' } });
  const people = await em.find(Person, { council: council.id }, { orderBy: { id: 'asc' } });
  const directorateByCode = new Map(directorates.map((d) => [d.code ?? d.name, d]));
  const serviceByName = new Map<string, Service>();
  for (const s of services) if (!serviceByName.has(s.name)) serviceByName.set(s.name, s);
  const personById = new Map(people.map((p) => [p.id, p]));
  const chiefExecutive = people.find((p) => p.jobTitle === 'Chief Executive') ?? null;

  const ownerOf = (ref: OwnerRef | undefined): Person | null => {
    if (!ref) return null;
    if (ref === 'chief executive') return chiefExecutive;
    const id = 'director' in ref ? directorateByCode.get(ref.director)?.director?.id : serviceByName.get(ref.service)?.accountableOwner?.id;
    return id === undefined ? null : (personById.get(id) ?? null);
  };

  for (const [level, limit] of [
    [CORPORATE, 6],
    [DIRECTORATE, 3],
    [SERVICE, 3],
  ] as const)
    em.create(PriorityLimit, { council, level, limit });

  // Priorities, parents first (the table lists them in that order).
  const priorities = new Map<string, Priority>();
  for (const spec of PRIORITIES) {
    const service = spec.service ? serviceByName.get(spec.service) : undefined;
    if (spec.service && !service) continue; // a council without this service
    const directorate = service
      ? directorates.find((d) => d.id === service.directorate.id)
      : spec.directorate
        ? directorateByCode.get(spec.directorate)
        : undefined;
    const priority = em.create(Priority, {
      council,
      level: spec.level,
      parent: spec.parent ? (priorities.get(spec.parent) ?? null) : null,
      name: spec.name,
      origin: spec.origin ?? LOCAL,
      nationalAgenda: spec.agenda ?? null,
      period,
      status: spec.status,
      agreedOn: spec.agreedOn ?? null,
      communicatedOn: spec.communicatedOn ?? null,
      isNonPriority: spec.notPriority !== undefined,
      nonPriorityReason: spec.notPriority ?? null,
      owner: ownerOf(spec.owner),
      budget: spec.budget ?? null,
      fte: spec.fte ?? null,
      capacity: spec.capacity ?? null,
      directorate: directorate ?? null,
      service: service ?? null,
    });
    priorities.set(spec.key, priority);
  }

  // Local indicators and targets.
  const indicators = new Map<string, Indicator>();
  const localSource = `${council.name} local indicator (demo)`;
  const copySource = 'Office for Health Improvement and Disparities, Public Health Outcomes Framework (tracked locally)';
  const specs = [...INDICATORS.map((i) => [i, localSource] as const), ...LOCAL_COPIES.map((i) => [i, copySource] as const)];
  for (const [{ code, title, unit, polarity }, source] of specs) {
    indicators.set(code, em.create(Indicator, { framework: IndicatorFramework.LOCAL, code, title, unit, polarity, council, source }));
  }
  // National priorities are linked to the national indicator they translate.
  const ascofCodes = PRIORITIES.flatMap((p) => (p.translates && 'ascof' in p.translates ? [p.translates.ascof] : []));
  const ascofRows = await em.find(Indicator, { framework: IndicatorFramework.ASCOF, council: null, code: { $in: ascofCodes } });
  const ascof = new Map(ascofRows.map((i) => [i.code, i]));
  for (const spec of PRIORITIES) {
    const priority = priorities.get(spec.key);
    if (!priority || !spec.translates) continue;
    const indicator = 'ascof' in spec.translates ? ascof.get(spec.translates.ascof) : indicators.get(spec.translates.local);
    priority.nationalIndicator = indicator ? ref(indicator) : null;
  }
  // The council's measured local indicators (the indicators demo) too, so ambition can be judged.
  for (const measured of await em.find(Indicator, { council: council.id, framework: IndicatorFramework.LOCAL })) {
    if (!indicators.has(measured.code)) indicators.set(measured.code, measured);
  }
  /** A target, or null where the council has no such indicator (a council seeded without the indicators demo). */
  const targetOf = (code: string, value: number, service: Service | null): Target | null => {
    const indicator = indicators.get(code);
    return indicator ? em.create(Target, { council, indicator, period, service, value, setBy: null }) : null;
  };

  // Objectives: the table, then one for every other service with a plan (larger councils).
  const objectivesByService = new Map<number, Objective[]>();
  const objectiveRows: Array<{ objective: Objective; delivers: string[] }> = [];
  const addObjective = (service: Service, name: string, delivers: string[]) => {
    const objective = em.create(Objective, {
      council,
      service,
      name,
      owner: service.accountableOwner ? (personById.get(service.accountableOwner.id) ?? null) : null,
      period,
    });
    for (const key of delivers) {
      const priority = priorities.get(key);
      if (priority) em.create(ObjectivePriority, { objective, priority });
    }
    objectivesByService.set(service.id, [...(objectivesByService.get(service.id) ?? []), objective]);
    objectiveRows.push({ objective, delivers });
    return objective;
  };
  for (const spec of OBJECTIVES) {
    const service = serviceByName.get(spec.service);
    if (!service) continue;
    const objective = addObjective(service, spec.name, spec.delivers);
    const target = spec.target ? targetOf(spec.target[0], spec.target[1], service) : null;
    if (target) em.create(ObjectiveTarget, { objective, target });
  }
  const firstPriorityOf = new Map<number, string>();
  for (const spec of PRIORITIES) {
    const d = spec.directorate ? directorateByCode.get(spec.directorate) : undefined;
    if (spec.level === DIRECTORATE && d && !spec.notPriority && !firstPriorityOf.has(d.id)) firstPriorityOf.set(d.id, spec.key);
  }
  for (const s of services) {
    if (s.kind !== ServiceKind.SERVICE || NO_PLAN.has(s.name) || objectivesByService.has(s.id)) continue;
    const key = firstPriorityOf.get(s.directorate.id);
    addObjective(s, `Deliver the ${s.name} service plan`, key ? [key] : []);
  }
  for (const [key, code, value] of PRIORITY_TARGETS) {
    const priority = priorities.get(key);
    const target = priority ? targetOf(code, value, null) : null;
    if (priority && target) em.create(PriorityTarget, { priority, target });
  }

  // Milestones: a plan agreed in June, a mid-year review, the year-end result; some at risk or missed.
  objectiveRows.forEach(({ objective }, i) => {
    em.create(Milestone, {
      objective,
      name: 'Delivery plan agreed with staff and partners',
      due: '2024-06-30',
      completedOn: `2024-06-${String(10 + (i % 18)).padStart(2, '0')}`,
      status: MilestoneStatus.COMPLETE,
    });
    const midMissed = i % 7 === 3;
    const midLate = i % 5 === 2;
    em.create(Milestone, {
      objective,
      name: 'Mid-year progress review',
      due: '2024-10-31',
      completedOn: midMissed || midLate ? null : `2024-10-${String(10 + (i % 20)).padStart(2, '0')}`,
      status: midMissed ? MilestoneStatus.MISSED : midLate ? MilestoneStatus.AT_RISK : MilestoneStatus.COMPLETE,
    });
    const yearEndAtRisk = i % 4 === 1;
    em.create(Milestone, {
      objective,
      name: 'Year-end outcome reported',
      due: '2025-03-31',
      completedOn: yearEndAtRisk ? null : `2025-03-${String(10 + (i % 18)).padStart(2, '0')}`,
      status: yearEndAtRisk ? MilestoneStatus.AT_RISK : MilestoneStatus.COMPLETE,
    });
  });

  // Engagement.
  for (const spec of CONSULTATIONS) {
    const consultation = em.create(Consultation, { council, title: spec.title, date: spec.date, heard: spec.heard });
    for (const g of spec.groups)
      em.create(ConsultationGroup, { consultation, kind: g.kind, name: g.name, hardToReach: g.hardToReach ?? false });
    for (const key of spec.informed) {
      const priority = priorities.get(key);
      if (priority) em.create(ConsultationPriority, { consultation, priority });
    }
  }
  for (const spec of COMMUNICATIONS) {
    const communication = em.create(Communication, { council, date: spec.date, channel: spec.channel });
    for (const g of spec.groups) em.create(CommunicationGroup, { communication, kind: g.kind, name: g.name });
    for (const key of spec.about) {
      const priority = priorities.get(key);
      if (priority) em.create(CommunicationPriority, { communication, priority });
    }
  }

  // Appraisal objectives: directors and the chief executive aim at the corporate priorities they own;
  // staff at an objective of their service (or the service above). Some have none yet, some are not
  // agreed yet, some were reviewed at mid-year.
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const planOf = (serviceId: number | null): Objective[] => {
    for (let id = serviceId, guard = 0; id !== null && guard < 50; guard++) {
      const plan = objectivesByService.get(id);
      if (plan?.length) return plan;
      id = serviceById.get(id)?.parent?.id ?? null;
    }
    return [];
  };
  const ownedCorporate = (person: Person) =>
    PRIORITIES.filter((p) => p.level === CORPORATE && !p.notPriority && ownerOf(p.owner)?.id === person.id).map(
      (p) => priorities.get(p.key)!,
    );
  people
    .filter((p) => p.kind === PersonKind.OFFICER)
    .forEach((person, i) => {
      const agreedOn = i % 13 === 6 ? null : `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`;
      const reviewed = agreedOn !== null && i % 3 === 0;
      const common = {
        council,
        person,
        period,
        agreedOn,
        reviewedOn: reviewed ? '2024-10-15' : null,
        rating: reviewed ? RATINGS[i % RATINGS.length]! : null,
      };
      const owned = ownedCorporate(person);
      if (owned.length) {
        for (const priority of owned)
          em.create(AppraisalObjective, { ...common, name: `Lead the council's priority: ${priority.name}`, priority, objective: null });
        return;
      }
      if (i % 9 === 4) return; // no appraisal objective recorded yet
      const plan = planOf(person.service?.id ?? null);
      if (!plan.length) return; // services without a plan leave their staff without a thread
      const objective = plan[i % plan.length]!;
      em.create(AppraisalObjective, {
        ...common,
        name: APPRAISAL_WORDING[i % APPRAISAL_WORDING.length]!(objective.name),
        objective,
        priority: null,
      });
    });

  await em.flush();
}
