/**
 * The demo council's golden thread as tables (cascade-demo.ts seeds them): priorities with their
 * deliberate gaps, local indicators, service-plan objectives with targets, engagement groups,
 * consultations and communications, and the wording of appraisal objectives. The 2023-24 year
 * (cascade-demo.years.ts) is derived from these.
 */
import { AppraisalRating, EngagementGroupKind, Polarity, PriorityLevel, PriorityOrigin, PriorityStatus } from '@goldenthread/domain';

const { CORPORATE, DIRECTORATE, SERVICE } = PriorityLevel;
const { NATIONAL, LOCAL } = PriorityOrigin;
const { DRAFT, AGREED, COMMUNICATED } = PriorityStatus;

/** Who owns something: a directorate's director, a service's accountable owner, or the chief executive. */
export type OwnerRef = { director: string } | { service: string } | 'chief executive';

export interface PrioritySpec {
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

export const COUNCIL_AGREED = '2024-02-20';
export const TOLD_RESIDENTS = '2024-04-15';
export const TOLD_STAFF = '2024-05-08';

export const PRIORITIES: PrioritySpec[] = [
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

export interface IndicatorSpec {
  code: string;
  title: string;
  unit: string;
  polarity: Polarity;
}

export const INDICATORS: IndicatorSpec[] = [
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
export const LOCAL_COPIES: IndicatorSpec[] = [
  {
    code: 'PHOF-A01',
    title: 'Gap in healthy life expectancy at birth between the most and least deprived areas (years; PHOF A01)',
    unit: 'years',
    polarity: Polarity.LOWER_IS_BETTER,
  },
];

export interface ObjectiveSpec {
  service: string;
  name: string;
  delivers: string[];
  /** Indicator code and target value, set for this service. */
  target?: [string, number];
}

export const OBJECTIVES: ObjectiveSpec[] = [
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
export const NO_PLAN = new Set(['Health Protection', 'Human Resources', 'Legal Services']);

/** Priority-level targets (council-wide): priority key, indicator code, value. */
export const PRIORITY_TARGETS: Array<[string, string, number]> = [['C1', 'SCC-ASC-02', 540]];

export interface GroupSpec {
  kind: EngagementGroupKind;
  name: string;
  hardToReach?: boolean;
}

export const G = {
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

export const CONSULTATIONS: Array<{ title: string; date: string; heard: string; groups: GroupSpec[]; informed: string[] }> = [
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

export const COMMUNICATIONS: Array<{ date: string; channel: string; groups: GroupSpec[]; about: string[] }> = [
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

export const APPRAISAL_WORDING = [
  (o: string) => `Play my part in: ${o}`,
  (o: string) => `${o}: my own caseload and contribution`,
  (o: string) => `Report progress each quarter on: ${o}`,
];
export const RATINGS = [
  AppraisalRating.MET,
  AppraisalRating.PARTLY_MET,
  AppraisalRating.EXCEEDED,
  AppraisalRating.MET,
  AppraisalRating.NOT_MET,
];
