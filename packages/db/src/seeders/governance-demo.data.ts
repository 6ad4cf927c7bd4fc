/**
 * The demo council's governance records (a data catalogue for governance-demo.ts): fictional
 * content, dated around the end of 2024-25 (DEMO_GOVERNANCE_AS_OF). People are named by what they
 * are (a directorate's director, a service's accountable owner), services and priorities by name.
 */
import { ActionStatus, ExecutiveResponse, RiskStatus } from '@goldenthread/domain';

/** The day the demo's governance records are "as at": the end of the 2024-25 financial year. */
export const DEMO_GOVERNANCE_AS_OF = '2025-03-31';

/** Who: a directorate's director (by code), a service's accountable owner, the chief executive, the leaver, or nobody. */
export type Who = { director: string } | { owner: string } | 'chief executive' | 'leaver' | null;

export interface ActionSpec {
  title: string;
  status: ActionStatus;
  due: string;
  owner: Who;
  completedOn?: string;
  /** A progress note (dated the action's due date or before). */
  update?: [string, string];
}

export interface RiskSpec {
  reference: string;
  title: string;
  cause: string;
  effect: string;
  /** Directorate code of the register; null: the corporate register. */
  register: string | null;
  priority: string | null;
  service?: string;
  owner: Who;
  inherent: [number, number];
  residual: [number, number];
  /** An earlier residual score, for the score history. */
  earlier?: [number, number];
  controls: string;
  status?: RiskStatus;
  reviewDue: string;
  mitigations?: ActionSpec[];
}

const { OPEN, IN_PROGRESS, DONE } = ActionStatus;

/** An officer of Resources who left before the demo's year end, still named as a risk's owner (RISK_OWNER_INACTIVE). */
export const LEAVER = { jobTitles: ['Finance Assistant', 'Finance Officer'], leftOn: '2025-01-31' } as const;

export const RISKS: RiskSpec[] = [
  {
    reference: 'CR-01',
    title: 'Demand for adult social care outstrips the budget',
    register: null,
    priority: 'Help people live independently at home for longer',
    owner: { director: 'RES' },
    inherent: [5, 4],
    residual: [4, 4],
    earlier: [3, 4],
    cause: 'An ageing population, more complex needs on leaving hospital and care fees rising faster than funding.',
    effect: 'An overspend that forces cuts elsewhere and delays in arranging care.',
    controls: 'Monthly budget monitoring with the Director of Adult Social Services; panel sign-off of packages over the weekly limit.',
    reviewDue: '2025-06-30',
    mitigations: [
      { title: 'Agree a demand management programme with the ICB', status: OPEN, due: '2025-01-31', owner: { director: 'ASC' } },
    ],
  },
  {
    reference: 'CR-02',
    title: 'A child known to services comes to serious harm',
    register: null,
    priority: 'Keep children safe and help families to thrive',
    owner: { director: 'CS' },
    inherent: [4, 5],
    residual: [3, 5],
    cause: 'High caseloads, agency staff turnover and late information sharing between partners.',
    effect: 'Serious harm to a child, a safeguarding practice review and loss of public confidence.',
    controls: 'Multi-Agency Safeguarding Hub screening; caseload caps; monthly audit of case files.',
    reviewDue: '2025-05-31',
    mitigations: [
      {
        title: 'Recruit twelve experienced social workers',
        status: IN_PROGRESS,
        due: '2025-06-30',
        owner: { owner: 'Child Protection' },
        update: ['2025-02-14', 'Eight appointed; four posts re-advertised with the relocation package.'],
      },
    ],
  },
  {
    reference: 'CR-03',
    title: 'Unpaid carers can no longer care',
    register: null,
    priority: 'Recognise and support unpaid carers',
    owner: { owner: "Carers' Support" },
    inherent: [4, 4],
    residual: [3, 3],
    cause: 'Carers are identified late and breaks are hard to arrange in rural areas.',
    effect: 'Emergency admissions and urgent care packages.',
    controls: "Carers' assessments offered at every adult assessment; a carers' emergency card scheme.",
    reviewDue: '2025-07-31',
  },
  {
    reference: 'CR-04',
    title: 'Decisions are taken without reliable information',
    register: null,
    priority: 'A well-run council that listens and learns',
    owner: 'chief executive',
    inherent: [3, 4],
    residual: [2, 3],
    cause: 'Late and unvalidated returns; services keep their own spreadsheets.',
    effect: 'Poor decisions and criticism by inspectors.',
    controls: 'Data owners named for every indicator; quarterly performance reports to Cabinet.',
    reviewDue: '2025-09-30',
  },
  {
    reference: 'CR-05',
    title: 'Children return to child protection plans',
    register: null,
    priority: 'Fewer children on repeat child protection plans',
    owner: { owner: 'Child Protection' },
    inherent: [4, 4],
    residual: [3, 4],
    cause: 'Plans close before change in the family has lasted.',
    effect: 'Repeat harm and repeat plans.',
    controls: 'Step-down to early help with a named worker for six months.',
    reviewDue: '2025-06-30',
  },
  {
    reference: 'CR-06',
    title: 'Not enough foster carers in Suffolk',
    register: null,
    priority: 'Stable, loving homes for children in care',
    owner: { owner: 'Fostering and Adoption' },
    inherent: [4, 4],
    residual: [3, 4],
    cause: 'An ageing pool of carers and competition from agencies.',
    effect: 'Children placed far from home at high cost.',
    controls: 'Recruitment campaign and a fees review.',
    reviewDue: '2025-06-30',
  },
  {
    reference: 'CR-07',
    title: 'Young carers are not identified at school',
    register: null,
    priority: 'Identify and support young carers',
    owner: { owner: 'Early Help' },
    inherent: [3, 3],
    residual: [2, 3],
    cause: 'Schools have no named lead for young carers.',
    effect: 'Young carers miss school and support.',
    controls: 'Young carers lead in every secondary school.',
    reviewDue: '2025-08-31',
  },
  {
    reference: 'CR-08',
    title: 'Stop-smoking support does not reach routine and manual workers',
    register: null,
    priority: 'Help people in routine and manual jobs to stop smoking',
    owner: { director: 'PH' },
    inherent: [3, 3],
    residual: [3, 2],
    cause: 'Clinics run in working hours only.',
    effect: 'The gap in healthy life expectancy widens.',
    controls: 'Workplace sessions with large employers.',
    reviewDue: '2025-09-30',
  },
  {
    // Deliberate gap: its owner has left the council (RISK_OWNER_INACTIVE), and its mitigation has no owner (ACTION_UNOWNED).
    reference: 'CR-09',
    title: 'Payments to care providers are made late or wrongly',
    register: null,
    priority: 'Accurate, timely management information',
    owner: 'leaver',
    inherent: [4, 5],
    residual: [3, 4],
    cause: 'Invoices are matched to care packages by hand, and one officer knew the process.',
    effect: 'Providers are paid late or twice; the cost of care reported to Cabinet is wrong.',
    controls: 'Monthly reconciliation of provider payments against the care management system.',
    reviewDue: '2025-04-30',
    mitigations: [
      { title: 'Write down the provider payment process and train a second officer in it', status: OPEN, due: '2025-05-31', owner: null },
    ],
  },
  {
    reference: 'CR-10',
    title: 'Complaints are not put right or learnt from',
    register: null,
    priority: 'Put complaints right sooner',
    owner: { director: 'RES' },
    inherent: [3, 3],
    residual: [2, 3],
    cause: 'Responses late and lessons not followed up.',
    effect: 'Ombudsman findings against the council.',
    controls: 'Weekly complaints tracker; lessons reviewed at directorate management teams.',
    reviewDue: '2025-06-30',
  },
  {
    // Deliberate gap: a high residual risk whose only mitigation is done (HIGH_RISK_WITHOUT_MITIGATION).
    reference: 'ASC-01',
    title: 'The home care market cannot meet demand in rural areas',
    register: 'ASC',
    priority: 'Support more people at home instead of in care homes',
    owner: { owner: 'Commissioning and Market Management' },
    inherent: [5, 4],
    residual: [4, 4],
    earlier: [4, 3],
    cause: 'Care worker vacancies and travel times between rural calls.',
    effect: 'People wait in hospital or move into care homes too soon.',
    controls: 'Rural rate uplift; a provider forum every month.',
    reviewDue: '2025-06-30',
    mitigations: [
      {
        title: 'Tender a rural home care framework',
        status: DONE,
        due: '2024-10-31',
        completedOn: '2024-10-18',
        owner: { owner: 'Commissioning and Market Management' },
      },
    ],
  },
  {
    reference: 'ASC-02',
    title: 'Delayed discharges from hospital (ASCOF 2C)',
    register: 'ASC',
    priority: 'Get people home from hospital sooner, and keep them there',
    owner: { owner: 'Reablement and Intermediate Care' },
    inherent: [5, 4],
    residual: [4, 4],
    cause: 'Too few reablement and home care hours at weekends.',
    effect: 'People lose independence in hospital; NHS pressure in winter.',
    controls: 'Daily discharge calls with the acute trusts; a trusted assessor scheme.',
    reviewDue: '2025-05-31',
    mitigations: [
      {
        title: 'Run a seven-day discharge to assess pathway with the ICB',
        status: IN_PROGRESS,
        due: '2025-05-31',
        owner: { owner: 'Reablement and Intermediate Care' },
        update: ['2025-03-03', 'Weekend pathway live at Ipswich Hospital; West Suffolk Hospital starts in April.'],
      },
    ],
  },
  {
    reference: 'ASC-03',
    title: 'Fewer older people still at home 91 days after reablement (ASCOF 2B)',
    register: 'ASC',
    priority: null,
    service: 'Reablement and Intermediate Care',
    owner: { owner: 'Reablement and Intermediate Care' },
    inherent: [3, 4],
    residual: [3, 3],
    cause: 'Reablement starts late and ends without a review.',
    effect: 'Readmissions and long-term care.',
    controls: 'Review of every reablement episode at day 42.',
    reviewDue: '2025-06-30',
  },
  {
    // Deliberate gap: the review date has passed (RISK_REVIEW_OVERDUE).
    reference: 'ASC-04',
    title: "A backlog of carers' assessments",
    register: 'ASC',
    priority: 'Find and support carers earlier',
    owner: { owner: "Carers' Support" },
    inherent: [4, 3],
    residual: [3, 3],
    cause: 'Assessments wait behind the people they care for.',
    effect: 'Carers reach crisis before they are helped.',
    controls: "Carers' assessments by the carers' centre under contract.",
    reviewDue: '2024-12-31',
  },
  {
    reference: 'ASC-05',
    title: 'Not ready for the CQC assessment of adult social care',
    register: 'ASC',
    priority: 'Be ready for the CQC assessment of adult social care',
    owner: { director: 'ASC' },
    inherent: [3, 4],
    residual: [2, 4],
    cause: 'Evidence of practice quality is scattered.',
    effect: 'A poor rating and an improvement notice.',
    controls: 'A self-assessment refreshed every quarter; practice audits.',
    reviewDue: '2025-06-30',
  },
  {
    reference: 'ASC-06',
    title: 'A large care home group fails',
    register: 'ASC',
    priority: null,
    service: 'Commissioning and Market Management',
    owner: { owner: 'Commissioning and Market Management' },
    inherent: [2, 5],
    residual: [2, 4],
    status: RiskStatus.TOLERATED,
    cause: 'Rising interest and staff costs for providers.',
    effect: 'Residents must move at short notice.',
    controls: 'Market oversight with the CQC; a provider failure plan.',
    reviewDue: '2025-09-30',
  },
];

/** Portfolios (made by the organisation seeder) and what each covers. Public Health is in none (PORTFOLIO_GAP). */
export const PORTFOLIO_COVERAGE: Array<{
  portfolio: string;
  directorates: string[];
  services: string[];
  priorities: string[];
  description: string;
}> = [
  {
    portfolio: 'Strategy and Partnerships',
    directorates: [],
    services: ['Performance and Intelligence'],
    priorities: ['A well-run council that listens and learns'],
    description: "The council's strategy, performance and partnerships.",
  },
  {
    portfolio: 'Adult Social Care',
    directorates: ['ASC'],
    services: [],
    priorities: ['Help people live independently at home for longer', 'Recognise and support unpaid carers'],
    description: "Adult social care, carers and the council's part in hospital discharge.",
  },
  {
    portfolio: 'Children and Families',
    directorates: ['CS'],
    services: [],
    priorities: ['Keep children safe and help families to thrive'],
    description: "Children's social care, early help and SEND.",
  },
  {
    portfolio: 'Health and Wellbeing',
    directorates: [],
    services: [],
    priorities: ['Narrow the gap in healthy life expectancy'],
    description: 'Chairs the Health and Wellbeing Board and leads on the partnership with the ICB.',
  },
  {
    portfolio: 'Finance and Resources',
    directorates: ['RES'],
    services: [],
    priorities: [],
    description: 'The budget, the workforce and support services.',
  },
];

export interface ScrutinyRecommendationSpec {
  topic: number;
  text: string;
  madeOn: string;
  responseDue: string;
  response: ExecutiveResponse | null;
  respondedOn?: string;
  responseText?: string;
  action?: ActionSpec;
}

const { ACCEPTED, PARTLY_ACCEPTED, REJECTED } = ExecutiveResponse;

/** Recommendations of the Adults and Health Scrutiny Committee, by topic index (SCRUTINY_TOPICS in governance-demo.ts). */
export const SCRUTINY_RECOMMENDATIONS: ScrutinyRecommendationSpec[] = [
  {
    topic: 0,
    madeOn: '2024-07-11',
    responseDue: '2024-09-11',
    response: ACCEPTED,
    respondedOn: '2024-09-03',
    text: 'Publish the number of people waiting in hospital for care, by hospital, every month.',
    responseText: 'Accepted: the figures are on the council website from October.',
    action: {
      title: 'Publish monthly hospital discharge delays by hospital',
      status: DONE,
      due: '2024-10-31',
      completedOn: '2024-10-07',
      owner: { owner: 'Performance and Intelligence' },
    },
  },
  {
    topic: 0,
    madeOn: '2024-07-11',
    responseDue: '2024-09-11',
    response: ACCEPTED,
    respondedOn: '2024-09-03',
    text: 'Agree a seven-day discharge service with the ICB and both acute trusts before winter.',
    responseText: 'Accepted, with the ICB funding the weekend reablement hours.',
    action: {
      title: 'Seven-day discharge service agreed with the ICB and the trusts',
      status: IN_PROGRESS,
      due: '2025-04-30',
      owner: { owner: 'Reablement and Intermediate Care' },
    },
  },
  {
    // Deliberate gap: partly accepted, with no action (RECOMMENDATION_WITHOUT_ACTION).
    topic: 1,
    madeOn: '2024-11-14',
    responseDue: '2025-01-14',
    response: PARTLY_ACCEPTED,
    respondedOn: '2025-01-09',
    text: 'Start every reablement package within 48 hours of discharge and review it at six weeks.',
    responseText: 'Partly accepted: the six-week review is agreed; a 48-hour start depends on recruiting reablement workers.',
  },
  {
    topic: 3,
    madeOn: '2024-11-14',
    responseDue: '2025-01-14',
    response: REJECTED,
    respondedOn: '2025-01-09',
    text: 'Stop all permanent care home admissions straight from a hospital bed.',
    responseText: 'Rejected: a few people need a care home at discharge; every such admission is reviewed by a senior manager instead.',
  },
  {
    // Deliberate gap: no response, past the date it was due (SCRUTINY_RECOMMENDATION_UNANSWERED).
    topic: 2,
    madeOn: '2025-01-16',
    responseDue: '2025-03-16',
    response: null,
    text: 'Report delayed transfers of care attributable to social care to every meeting of this committee, with the reasons.',
  },
  {
    topic: 4,
    madeOn: '2025-03-13',
    responseDue: '2025-05-13',
    response: null,
    text: 'Set out with the ICB how the mental health discharge fund will be spent in 2025-26.',
  },
];

/** Complaint themes (the council's controlled list). */
export const COMPLAINT_THEMES = [
  'Missed or late care visits',
  'Communication',
  'Delay in assessment',
  'Charging and financial assessment',
  'Staff attitude',
  'Quality of care',
  'Equipment and adaptations',
  'Delay in an education, health and care plan',
] as const;

/** Services complaints are made about, in turn (by name; a council without one uses its directorate's first service). */
export const COMPLAINT_SERVICES = [
  "Older People's Services",
  'Locality Social Work',
  'Reablement and Intermediate Care',
  'Occupational Therapy',
  'Children in Care',
  'Special Educational Needs and Disabilities',
  "Carers' Support",
  'Finance',
] as const;

/** The service whose home care visits keep being upheld as missed or late (REPEATED_COMPLAINT_THEME). */
export const REPEATED_SERVICE = 'Commissioning and Market Management';

export const WARD_ENQUIRIES: Array<{
  service: string;
  subject: string;
  raisedOn: string;
  responseDue: string;
  respondedOn: string | null;
  outcome?: string;
}> = [
  {
    service: "Older People's Services",
    subject: 'Home care visits to a resident of Elm Road arriving after 10pm',
    raisedOn: '2025-01-06',
    responseDue: '2025-01-20',
    respondedOn: '2025-01-17',
    outcome: 'The provider moved the evening call to 8pm.',
  },
  {
    service: 'Occupational Therapy',
    subject: 'Stairlift for a resident waiting since the autumn',
    raisedOn: '2025-01-13',
    responseDue: '2025-01-27',
    respondedOn: '2025-01-24',
    outcome: 'Assessed; fitting booked for February.',
  },
  {
    service: 'Special Educational Needs and Disabilities',
    subject: 'School transport for a child with SEND after a house move',
    raisedOn: '2025-02-03',
    responseDue: '2025-02-17',
    respondedOn: '2025-02-21',
    outcome: 'Transport arranged from 24 February.',
  },
  // Deliberate gap: no response, past due (ENQUIRY_OVERDUE).
  {
    service: 'Reablement and Intermediate Care',
    subject: 'Several families say reablement ended before their relatives could manage alone',
    raisedOn: '2025-02-24',
    responseDue: '2025-03-10',
    respondedOn: null,
  },
  {
    service: "Carers' Support",
    subject: "No carers' group meets in the villages north of the ward",
    raisedOn: '2025-03-03',
    responseDue: '2025-03-17',
    respondedOn: '2025-03-14',
    outcome: 'A monthly group starts at the village hall in April.',
  },
  {
    service: 'Children in Care',
    subject: 'Support for a care leaver with a housing application',
    raisedOn: '2025-03-20',
    responseDue: '2025-04-03',
    respondedOn: null,
  },
];
