/**
 * Pure, deterministic generator of a realistic English county council organisation for the seeds:
 * directorates, services and teams, officers with line management (and dual accountability for
 * performance officers), councillors with their roles. No I/O and no dependencies: it returns plain
 * rows keyed by stable strings ('dir:asc', 'svc:12', 'p:123'); the seeder inserts them.
 *
 * Counting: `people` is the exact number of OFFICERS; councillors come on top of it
 * (`people.length === options.people + councillors`). `services` is the exact number of service rows
 * (services and teams together).
 *
 * Ordering guarantees (so rows can be inserted in one pass):
 * - `services`: a parent is always listed before its children (depth-first, per directorate).
 * - `people`: a person's line manager and functional manager are always listed before the person.
 * - Directorates point at their director and services at their owner, and people point at their
 *   directorate and service: that cycle is the inserter's to break (e.g. insert people first without
 *   directorate/service, or directorates/services first without director/owner).
 */
import { NAME_COMMUNITIES, WARD_NAMES } from './names.data.js';

// ---------------------------------------------------------------------------------------------------
// Public types

export interface OrganisationOptions {
  /** PRNG seed (default 1). Same options, byte-identical output. */
  seed?: number;
  /** Exact number of officers (councillors come on top). At least 5 + `services`. */
  people: number;
  /** Exact number of services and teams together. At least 4 (one per directorate). */
  services: number;
  /** Number of councillors (default: 60 for 300 officers, growing gently, capped at 120). At least 15. */
  councillors?: number;
  /** E-mail domain, e.g. 'northshire.gov.uk'. */
  emailDomain: string;
}

export type GeneratedServiceKind = 'SERVICE' | 'TEAM';
export type GeneratedPersonKind = 'OFFICER' | 'COUNCILLOR';
export type GeneratedCouncillorRole =
  | 'LEADER'
  | 'CABINET_MEMBER'
  | 'PORTFOLIO_HOLDER'
  | 'SCRUTINY_CHAIR'
  | 'SCRUTINY_MEMBER'
  | 'COMPLAINTS_PANEL'
  | 'BEST_VALUE_PANEL'
  | 'WARD_COUNCILLOR';

export interface GeneratedDirectorate {
  key: string;
  name: string;
  code: string;
  directorKey: string;
}

export interface GeneratedService {
  key: string;
  name: string;
  directorateKey: string;
  parentKey: string | null;
  kind: GeneratedServiceKind;
  accountableOwnerKey: string | null;
}

export interface GeneratedPerson {
  key: string;
  name: string;
  email: string | null;
  jobTitle: string;
  kind: GeneratedPersonKind;
  directorateKey: string | null;
  serviceKey: string | null;
  lineManagerKey: string | null;
  functionalManagerKey: string | null;
}

export interface GeneratedCouncillorRoleRow {
  personKey: string;
  role: GeneratedCouncillorRole;
  portfolio: string | null;
  committee: string | null;
  ward: string | null;
}

export interface GeneratedOrganisation {
  directorates: GeneratedDirectorate[];
  services: GeneratedService[];
  people: GeneratedPerson[];
  councillorRoles: GeneratedCouncillorRoleRow[];
  /** The Head of Performance and Intelligence (Resources): the senior manager responsible for MI. */
  miResponsibleKey: string;
  /** Officers in service teams line-managed there and functionally managed by the Head of P&I. */
  performanceOfficerKeys: string[];
}

/** Scrutiny committees generated, in order. */
export const SCRUTINY_COMMITTEES = [
  'Adults and Health Scrutiny Committee',
  'Children and Young People Scrutiny Committee',
  'Corporate Scrutiny Committee',
] as const;

/** Portfolios in the order cabinet members receive them (the leader takes the first). */
export const PORTFOLIOS = [
  'Strategy and Partnerships',
  'Adult Social Care',
  'Children and Families',
  'Health and Wellbeing',
  'Finance and Resources',
  'Education and Skills',
  'Communities and Public Protection',
  'Environment and Transport',
  'Economy and Growth',
  'Housing and Planning',
] as const;

export const MIN_COUNCILLORS = 15;

/** Default councillor count: 60 for 300 officers, growing with log10 of the workforce, 30..120. */
export function defaultCouncillorCount(people: number): number {
  const n = Math.round(60 + 20 * Math.log10(Math.max(people, 1) / 300));
  return Math.min(120, Math.max(30, n));
}

/** Default number of dual-accountability performance officers: about one per 75 officers, 3..50. */
export function performanceOfficerTarget(people: number): number {
  return Math.min(50, Math.max(3, Math.round(people / 75)));
}

// ---------------------------------------------------------------------------------------------------
// PRNG and helpers

/** mulberry32: a tiny, fast 32-bit seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`organisation generator: index ${index} out of range`);
  return value;
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return at(list, Math.floor(rng() * list.length));
}

interface Weighted<T> {
  readonly items: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  return { items, cumulative, total };
}

function pickWeighted<T>(rng: Rng, w: Weighted<T>): T {
  const r = rng() * w.total;
  // Lists are short (< 15 entries): a linear scan is fastest.
  for (let i = 0; i < w.cumulative.length; i++) {
    if (r < at(w.cumulative, i)) return at(w.items, i);
  }
  return at(w.items, w.items.length - 1);
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = at(list, i);
    list[i] = at(list, j);
    list[j] = tmp;
  }
  return list;
}

/** Splits `total` into integers proportional to `weights` (largest remainder; ties to the lower index). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const result: number[] = [];
  const fractions: { index: number; fraction: number }[] = [];
  let allotted = 0;
  weights.forEach((w, index) => {
    const quota = (total * w) / sum;
    const whole = Math.floor(quota);
    result.push(whole);
    allotted += whole;
    fractions.push({ index, fraction: quota - whole });
  });
  fractions.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  let remaining = total - allotted;
  for (let i = 0; remaining > 0; i = (i + 1) % fractions.length, remaining--) {
    const index = at(fractions, i).index;
    result[index] = at(result, index) + 1;
  }
  // Floating point can only over-allot by a hair; take it back from the largest shares.
  while (remaining < 0) {
    let largest = 0;
    result.forEach((v, i) => {
      if (v > at(result, largest)) largest = i;
    });
    result[largest] = at(result, largest) - 1;
    remaining++;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Job profiles: who works in a unit, and what their senior practitioners are called.

interface Profile {
  /** Relative staffing weight of a leaf unit. */
  readonly weight: number;
  /** Title of a practitioner who supervises others inside a large team. */
  readonly senior: string;
  readonly staff: Weighted<string>;
}

function profile(weight: number, senior: string, staff: readonly (readonly [string, number])[]): Profile {
  return { weight, senior, staff: weighted(staff) };
}

const BSO = 'Business Support Officer';

const PROFILES = {
  ascSocialWork: profile(1.0, 'Senior Social Worker', [
    ['Social Worker', 6],
    ['Care Coordinator', 2],
    ['Social Care Assessor', 2],
    ['Occupational Therapist', 1],
    [BSO, 1],
  ]),
  mentalHealth: profile(0.9, 'Senior Social Worker', [
    ['Social Worker', 4],
    ['Approved Mental Health Professional', 2],
    ['Care Coordinator', 2],
    ['Support Time and Recovery Worker', 1],
    [BSO, 1],
  ]),
  reablement: profile(1.4, 'Senior Reablement Officer', [
    ['Reablement Support Worker', 7],
    ['Occupational Therapist', 1],
    ['Physiotherapist', 1],
    ['Care Coordinator', 1],
    [BSO, 1],
  ]),
  occupationalTherapy: profile(0.9, 'Senior Occupational Therapist', [
    ['Occupational Therapist', 4],
    ['Occupational Therapy Assistant', 3],
    ['Trusted Assessor', 1],
    [BSO, 1],
  ]),
  commissioning: profile(0.7, 'Senior Commissioning Officer', [
    ['Commissioning Officer', 3],
    ['Contracts Officer', 2],
    ['Brokerage Officer', 2],
    ['Quality Monitoring Officer', 2],
    ['Market Development Officer', 1],
    [BSO, 1],
  ]),
  carers: profile(0.6, 'Senior Practitioner', [
    ["Carers' Support Worker", 4],
    ['Care Coordinator', 2],
    ['Social Care Assessor', 1],
    [BSO, 1],
  ]),
  ascQuality: profile(0.5, 'Senior Practice Development Officer', [
    ['Practice Development Officer', 2],
    ['Quality Assurance Officer', 2],
    ['Workforce Development Officer', 1],
    [BSO, 1],
  ]),
  csSocialWork: profile(1.0, 'Senior Social Worker', [
    ['Social Worker', 6],
    ['Family Support Worker', 2],
    ['Contact Supervisor', 1],
    [BSO, 1],
  ]),
  careLeavers: profile(0.8, 'Senior Personal Adviser', [
    ['Personal Adviser', 5],
    ['Social Worker', 2],
    [BSO, 1],
  ]),
  fostering: profile(0.8, 'Senior Supervising Social Worker', [
    ['Supervising Social Worker', 4],
    ['Social Worker', 2],
    ['Family Finding Officer', 1],
    ['Recruitment and Assessment Officer', 1],
    [BSO, 1],
  ]),
  earlyHelp: profile(1.1, 'Senior Family Support Worker', [
    ['Family Support Worker', 5],
    ['Early Help Practitioner', 3],
    ['Youth Worker', 1],
    [BSO, 1],
  ]),
  send: profile(0.9, 'Senior SEND Caseworker', [
    ['SEND Caseworker', 4],
    ['SEND Officer', 2],
    ['Educational Psychologist', 1],
    ['Specialist Teacher', 1],
    [BSO, 1],
  ]),
  csQuality: profile(0.5, 'Senior Independent Reviewing Officer', [
    ['Independent Reviewing Officer', 3],
    ['Child Protection Conference Chair', 2],
    ['Quality Assurance Officer', 1],
    [BSO, 1],
  ]),
  youthJustice: profile(0.6, 'Senior Youth Justice Officer', [
    ['Youth Justice Officer', 4],
    ['Youth Worker', 2],
    [BSO, 1],
  ]),
  publicHealth: profile(0.6, 'Senior Public Health Practitioner', [
    ['Public Health Practitioner', 3],
    ['Health Improvement Officer', 3],
    ['Public Health Specialist', 1],
    ['Public Health Commissioning Officer', 1],
    [BSO, 1],
  ]),
  phIntelligence: profile(0.5, 'Senior Public Health Intelligence Analyst', [
    ['Public Health Intelligence Analyst', 4],
    ['Data Analyst', 1],
    ['Epidemiologist', 1],
  ]),
  finance: profile(0.8, 'Senior Accountant', [
    ['Accountant', 3],
    ['Finance Officer', 4],
    ['Financial Assessment Officer', 2],
    ['Finance Assistant', 2],
  ]),
  hr: profile(0.7, 'Senior HR Adviser', [
    ['HR Adviser', 3],
    ['HR Officer', 3],
    ['Recruitment Officer', 1],
    ['Learning and Development Officer', 1],
    ['Payroll Officer', 1],
  ]),
  performance: profile(0.6, 'Senior Performance Analyst', [
    ['Performance Analyst', 4],
    ['Performance Officer', 2],
    ['Data Analyst', 2],
    ['Business Intelligence Developer', 1],
    ['Information Officer', 1],
  ]),
  democratic: profile(0.5, 'Senior Democratic Services Officer', [
    ['Democratic Services Officer', 4],
    ['Scrutiny Officer', 2],
    ['Member Support Officer', 1],
    ['Electoral Services Officer', 1],
  ]),
  legal: profile(0.6, 'Senior Solicitor', [
    ['Solicitor', 4],
    ['Paralegal', 2],
    ['Legal Assistant', 1],
  ]),
  complaints: profile(0.5, 'Senior Complaints Officer', [
    ['Complaints Officer', 3],
    ['Information Governance Officer', 2],
    ['Data Protection Officer', 1],
  ]),
  procurement: profile(0.5, 'Senior Procurement Officer', [
    ['Procurement Officer', 3],
    ['Category Manager', 1],
    ['Contracts Officer', 1],
  ]),
  ict: profile(0.7, 'Senior ICT Analyst', [
    ['ICT Analyst', 3],
    ['Systems Administrator', 2],
    ['Application Support Analyst', 2],
    ['Service Desk Analyst', 2],
  ]),
  customer: profile(0.8, 'Senior Customer Services Adviser', [
    ['Customer Services Adviser', 6],
    ['Contact Centre Officer', 2],
  ]),
} satisfies Record<string, Profile>;

type ProfileId = keyof typeof PROFILES;

/** Staff of a non-leaf service (the head's own small office). */
const SERVICE_OFFICE_STAFF = weighted<string>([
  [BSO, 3],
  ['Project Officer', 1],
  ['Quality Assurance Officer', 1],
]);
/** Share of a leaf unit's staffing that a service with sub-units keeps for itself. */
const SERVICE_OFFICE_WEIGHT = 0.15;

// ---------------------------------------------------------------------------------------------------
// The directorate catalogue. Entries are in priority order: the first N are used when a directorate
// gets N services. A parent always precedes its children.

interface CatalogueEntry {
  readonly name: string;
  readonly parent: string | null;
  readonly kind: GeneratedServiceKind;
  /** Top-level entries must set it; children inherit unless they override. */
  readonly profile?: ProfileId;
  /** Short label for generated sub-units of a top-level service ('Reablement North Team 2'). */
  readonly label?: string;
}

interface DirectorateSpec {
  readonly slug: string;
  readonly name: string;
  readonly code: string;
  readonly directorTitle: string;
  /** Share of the services budget. */
  readonly weight: number;
  readonly catalogue: readonly CatalogueEntry[];
}

const svc = (name: string, profileId: ProfileId, label?: string): CatalogueEntry =>
  label === undefined
    ? { name, parent: null, kind: 'SERVICE', profile: profileId }
    : { name, parent: null, kind: 'SERVICE', profile: profileId, label };
const sub = (name: string, parent: string, profileId?: ProfileId): CatalogueEntry =>
  profileId === undefined ? { name, parent, kind: 'SERVICE' } : { name, parent, kind: 'SERVICE', profile: profileId };
const team = (name: string, parent: string, profileId?: ProfileId): CatalogueEntry =>
  profileId === undefined ? { name, parent, kind: 'TEAM' } : { name, parent, kind: 'TEAM', profile: profileId };

const OPS = "Older People's Services";
const LSW = 'Locality Social Work';
const SGA = 'Safeguarding Adults';
const RIC = 'Reablement and Intermediate Care';
const LD = 'Learning Disabilities';
const MH = 'Mental Health';
const CMM = 'Commissioning and Market Management';
const OT = 'Occupational Therapy';
const CAR = "Carers' Support";
const QPD = 'Quality Assurance and Practice Development';
const FD = 'Adult Social Care Front Door';

const CP = 'Child Protection';
const AI = 'Assessment and Intervention';
const CIC = 'Children in Care';
const FA = 'Fostering and Adoption';
const EH = 'Early Help';
const SEND = 'Special Educational Needs and Disabilities';
const QAS = 'Quality Assurance and Safeguarding';
const YJS = 'Youth Justice Service';

const HP = 'Health Protection';
const HI = 'Health Improvement';
const PHI = 'Public Health Intelligence';
const PHC = 'Public Health Commissioning';

const PI = 'Performance and Intelligence';
const FIN = 'Finance';
const HR = 'Human Resources';
const DEM = 'Democratic Services';
const LEG = 'Legal Services';
const CIG = 'Complaints and Information Governance';
const PRO = 'Procurement';
const ICT = 'ICT and Digital';
const CUS = 'Customer Services';

const DIRECTORATES: readonly DirectorateSpec[] = [
  {
    slug: 'asc',
    name: 'Adult Social Care',
    code: 'ASC',
    directorTitle: 'Director of Adult Social Services',
    weight: 0.42,
    catalogue: [
      svc(OPS, 'ascSocialWork', "Older People's"),
      sub(LSW, OPS),
      team('North Locality Team', LSW),
      team('South Locality Team', LSW),
      svc(SGA, 'ascSocialWork'),
      svc(RIC, 'reablement', 'Reablement'),
      team('Hospital Discharge Team', RIC),
      svc(LD, 'ascSocialWork'),
      svc(MH, 'mentalHealth'),
      svc(CMM, 'commissioning', 'Commissioning'),
      svc(OT, 'occupationalTherapy'),
      svc(CAR, 'carers'),
      svc(QPD, 'ascQuality', 'Practice Quality'),
      team('Deprivation of Liberty Safeguards Team', SGA),
      team('East Locality Team', LSW),
      team('West Locality Team', LSW),
      team('Central Locality Team', LSW),
      team('Home First Reablement Team', RIC),
      team('Community Learning Disability Team', LD),
      team('Transitions Team', LD),
      team('Approved Mental Health Professional Team', MH),
      team('Community Mental Health Team', MH),
      team('Brokerage Team', CMM),
      team('Contracts and Quality Team', CMM),
      team('Equipment and Adaptations Team', OT),
      team('Sensory Impairment Team', OT),
      team("Carers' Assessment Team", CAR),
      team('Safeguarding Enquiries Team', SGA),
      team('Intermediate Care Team', RIC),
      team('Shared Lives Scheme', LD),
      team('Reviewing Team', OPS),
      svc(FD, 'ascSocialWork', 'Front Door'),
      team('Adult Contact Team', FD),
      team('Principal Social Worker Team', QPD),
      team('Physical Disabilities Team', OPS),
    ],
  },
  {
    slug: 'cs',
    name: "Children's Services",
    code: 'CS',
    directorTitle: "Director of Children's Services",
    weight: 0.32,
    catalogue: [
      svc(CP, 'csSocialWork'),
      team('Multi-Agency Safeguarding Hub', CP),
      sub(AI, CP),
      team('North Assessment Team', AI),
      svc(CIC, 'csSocialWork'),
      svc(FA, 'fostering', 'Fostering'),
      svc(EH, 'earlyHelp'),
      svc(SEND, 'send', 'SEND'),
      team('Leaving Care Team', CIC, 'careLeavers'),
      team('South Assessment Team', AI),
      team('Fostering Team', FA),
      team('Adoption Team', FA),
      team('Family Support Team', EH),
      team('Children with Disabilities Team', SEND, 'csSocialWork'),
      team('SEND Assessment Team', SEND),
      svc(QAS, 'csQuality', 'Quality Assurance'),
      team('Independent Reviewing Service', QAS),
      svc(YJS, 'youthJustice', 'Youth Justice'),
      team('Children in Care Team', CIC),
      team('Family Group Conferencing Team', EH),
      team('Educational Psychology Service', SEND),
      team('East Assessment Team', AI),
      team('West Assessment Team', AI),
      team('Edge of Care Team', EH),
      team("Residential Children's Homes", CIC),
      team('Child Protection Conference Team', QAS),
      team('Youth Offending Prevention Team', YJS),
      team('Unaccompanied Asylum-Seeking Children Team', CIC),
      team('Kinship Care Team', FA),
    ],
  },
  {
    slug: 'ph',
    name: 'Public Health',
    code: 'PH',
    directorTitle: 'Director of Public Health',
    weight: 0.08,
    catalogue: [
      svc(HP, 'publicHealth'),
      svc(HI, 'publicHealth'),
      svc(PHI, 'phIntelligence', 'Public Health Intelligence'),
      svc(PHC, 'publicHealth', 'Public Health Commissioning'),
      team('Stop Smoking Service', HI),
      team('Healthy Weight Team', HI),
      team('Infection Prevention and Control Team', HP),
      team('Drug and Alcohol Team', PHC),
      team('Sexual Health Team', PHC),
      team('Healthy Child Programme Team', PHC),
      team('Health Emergency Planning Team', HP),
      team('Joint Strategic Needs Assessment Team', PHI),
    ],
  },
  {
    slug: 'res',
    name: 'Resources',
    code: 'RES',
    directorTitle: 'Director of Resources',
    weight: 0.18,
    catalogue: [
      svc(PI, 'performance', 'Performance'),
      svc(FIN, 'finance'),
      svc(HR, 'hr', 'HR'),
      svc(DEM, 'democratic'),
      svc(LEG, 'legal', 'Legal'),
      team('Social Care Performance Team', PI),
      team('Business Intelligence Team', PI),
      team('Social Care Finance Team', FIN),
      team('Committee Services Team', DEM),
      svc(CIG, 'complaints', 'Complaints'),
      svc(PRO, 'procurement'),
      svc(ICT, 'ict', 'ICT'),
      team('Payroll Team', HR),
      team('Recruitment Team', HR),
      team('Learning and Development Team', HR),
      team('Corporate Finance Team', FIN),
      team('Financial Assessment and Benefits Team', FIN),
      team('Elections Team', DEM),
      team('Childcare Legal Team', LEG),
      team('Adults and Contracts Legal Team', LEG),
      svc(CUS, 'customer'),
      team('Complaints Team', CIG),
      team('Information Governance Team', CIG),
      team('Corporate Planning and Policy Team', PI),
      team('Application Support Team', ICT),
      team('Contact Centre Team', CUS),
    ],
  },
];

/** Index of Resources in DIRECTORATES, and its first catalogue entry: Performance and Intelligence. */
const RES_INDEX = DIRECTORATES.findIndex((d) => d.code === 'RES');

/** Areas used for generated locality sub-units; beyond these they are numbered ('North 2'). */
const AREAS = ['North', 'South', 'East', 'West', 'Central', 'North East', 'North West', 'South East', 'South West', 'Mid'];
const areaName = (i: number): string =>
  i < AREAS.length ? at(AREAS, i) : `${at(AREAS, i % AREAS.length)} ${Math.floor(i / AREAS.length) + 1}`;

/** Generated units of one top-level service at most this many form flat teams; above, areas (and districts). */
const FLAT_GENERATED_MAX = 5;
/** Target number of units (area + its teams) per generated area. */
const UNITS_PER_AREA = 9;
/** Largest group reporting directly to one manager inside a team before seniors are introduced. */
const MAX_DIRECT = 12;
/** Most senior practitioners under one manager in a large team. */
const MAX_SENIORS = 10;

// ---------------------------------------------------------------------------------------------------
// Generation

interface Unit {
  name: string;
  dir: number;
  parent: number | null;
  kind: GeneratedServiceKind;
  profile: Profile;
  label: string;
  children: number[];
  key: string;
  ownerKey: string;
}

function assertInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`generateOrganisation: ${name} must be an integer >= ${min}, got ${value}`);
  }
}

export function generateOrganisation(options: OrganisationOptions): GeneratedOrganisation {
  const seed = options.seed ?? 1;
  const officerCount = options.people;
  const serviceCount = options.services;
  const councillorCount = options.councillors ?? defaultCouncillorCount(officerCount);
  const domain = options.emailDomain.trim().toLowerCase();
  if (!Number.isFinite(seed)) throw new RangeError(`generateOrganisation: seed must be a finite number, got ${seed}`);
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) {
    throw new RangeError(`generateOrganisation: emailDomain must be a domain such as 'northshire.gov.uk', got '${options.emailDomain}'`);
  }
  assertInteger('services', serviceCount, DIRECTORATES.length);
  // Chief executive + directors + one owner per service at least.
  assertInteger('people', officerCount, 1 + DIRECTORATES.length + serviceCount);
  assertInteger('councillors', councillorCount, MIN_COUNCILLORS);

  const rng = mulberry32(Math.trunc(seed) ^ 0x5eed0a11);

  // --- Services -----------------------------------------------------------------------------------
  // Each directorate gets at least one unit, the rest by weight.
  const extra = apportion(
    serviceCount - DIRECTORATES.length,
    DIRECTORATES.map((d) => d.weight),
  );
  const budgets = extra.map((e) => e + 1);

  const units: Unit[] = [];
  const topsByDir: number[][] = [];
  DIRECTORATES.forEach((spec, dir) => {
    const budget = at(budgets, dir);
    const byName = new Map<string, number>();
    const usedNames = new Set<string>();
    const tops: number[] = [];
    const addUnit = (name: string, parent: number | null, kind: GeneratedServiceKind, prof: Profile, label: string): number => {
      let unique = name;
      for (let n = 2; usedNames.has(unique); n++) unique = `${name} ${n}`;
      usedNames.add(unique);
      const index = units.length;
      units.push({ name: unique, dir, parent, kind, profile: prof, label, children: [], key: '', ownerKey: '' });
      if (parent === null) tops.push(index);
      else at(units, parent).children.push(index);
      return index;
    };

    const taken = Math.min(budget, spec.catalogue.length);
    for (let i = 0; i < taken; i++) {
      const entry = at(spec.catalogue, i);
      const parent = entry.parent === null ? null : byName.get(entry.parent);
      if (parent === undefined) throw new Error(`catalogue: '${entry.name}' listed before its parent '${String(entry.parent)}'`);
      const parentUnit = parent === null ? null : at(units, parent);
      const prof = entry.profile !== undefined ? PROFILES[entry.profile] : parentUnit?.profile;
      if (prof === undefined) throw new Error(`catalogue: '${entry.name}' has no profile`);
      const label = parentUnit?.label ?? entry.label ?? entry.name;
      byName.set(entry.name, addUnit(entry.name, parent, entry.kind, prof, label));
    }

    // Beyond the catalogue: locality sub-units under each top-level service, spread evenly.
    const generate = (parent: number, prefix: string, n: number, capacity: number, depth: number): void => {
      const { label, profile: prof } = at(units, parent);
      if (n <= capacity && (depth > 0 || n <= FLAT_GENERATED_MAX)) {
        for (let k = 0; k < n; k++) {
          addUnit(depth === 0 ? `${prefix} ${areaName(k)} Team` : `${prefix} Team ${k + 1}`, parent, 'TEAM', prof, label);
        }
        return;
      }
      const areaCount = Math.max(1, Math.min(capacity, Math.max(2, Math.ceil(n / UNITS_PER_AREA))));
      const shares = apportion(
        n - areaCount,
        Array.from({ length: areaCount }, () => 1),
      );
      shares.forEach((share, a) => {
        const name = depth === 0 ? `${prefix} ${areaName(a)}` : `${prefix} District ${a + 1}`;
        const area = addUnit(name, parent, 'SERVICE', prof, label);
        generate(area, name, share, MAX_DIRECT - 1, depth + 1);
      });
    };
    const leftover = budget - taken;
    const shares = apportion(
      leftover,
      tops.map(() => 1),
    );
    [...tops].forEach((top, t) => {
      const topUnit = at(units, top);
      // One place of the head's span is kept for the service's own office staff.
      generate(top, topUnit.label, at(shares, t), Math.max(1, MAX_DIRECT - 1 - topUnit.children.length), 0);
    });
    topsByDir.push(tops);
  });

  // Depth-first order per directorate: parents before children; keys follow that order.
  const order: number[] = [];
  for (const tops of topsByDir) {
    const stack = [...tops].reverse();
    while (stack.length > 0) {
      const u = stack.pop() as number;
      order.push(u);
      const children = at(units, u).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(at(children, i));
    }
  }
  order.forEach((u, i) => {
    at(units, u).key = `svc:${i + 1}`;
  });

  // --- People ---------------------------------------------------------------------------------------
  const people: GeneratedPerson[] = [];
  const emailCounts = new Map<string, number>();
  const communities = weighted(NAME_COMMUNITIES.map((c) => [c, c.weight] as const));

  const localPart = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z-]/g, '');
  const uniqueEmail = (local: string): string => {
    const seen = emailCounts.get(local);
    if (seen === undefined) {
      emailCounts.set(local, 1);
      return `${local}@${domain}`;
    }
    emailCounts.set(local, seen + 1);
    return `${local}${seen + 1}@${domain}`;
  };

  interface NewPerson {
    jobTitle: string;
    kind: GeneratedPersonKind;
    directorateKey: string | null;
    serviceKey: string | null;
    lineManagerKey: string | null;
    functionalManagerKey?: string | null;
    emailPrefix?: string;
  }
  const addPerson = (p: NewPerson): string => {
    const community = pickWeighted(rng, communities);
    const first = pick(rng, community.first);
    const last = pick(rng, community.last);
    const key = `p:${people.length + 1}`;
    people.push({
      key,
      name: `${first} ${last}`,
      email: uniqueEmail(`${p.emailPrefix ?? ''}${localPart(first)}.${localPart(last)}`),
      jobTitle: p.jobTitle,
      kind: p.kind,
      directorateKey: p.directorateKey,
      serviceKey: p.serviceKey,
      lineManagerKey: p.lineManagerKey,
      functionalManagerKey: p.functionalManagerKey ?? null,
    });
    return key;
  };

  const directorateKey = (dir: number): string => `dir:${at(DIRECTORATES, dir).slug}`;

  const chiefExecutiveKey = addPerson({
    jobTitle: 'Chief Executive',
    kind: 'OFFICER',
    directorateKey: null,
    serviceKey: null,
    lineManagerKey: null,
  });
  const directorKeys = DIRECTORATES.map((spec, dir) =>
    addPerson({
      jobTitle: spec.directorTitle,
      kind: 'OFFICER',
      directorateKey: directorateKey(dir),
      serviceKey: null,
      lineManagerKey: chiefExecutiveKey,
    }),
  );

  // Owners, in service order so a parent's owner precedes the child's.
  for (const u of order) {
    const unit = at(units, u);
    const parent = unit.parent === null ? null : at(units, unit.parent);
    const jobTitle =
      parent === null ? `Head of ${unit.name}` : unit.kind === 'SERVICE' ? `Service Manager, ${unit.name}` : `Team Manager, ${unit.name}`;
    unit.ownerKey = addPerson({
      jobTitle,
      kind: 'OFFICER',
      directorateKey: directorateKey(unit.dir),
      serviceKey: unit.key,
      lineManagerKey: parent === null ? at(directorKeys, unit.dir) : parent.ownerKey,
    });
  }

  // Head of Performance and Intelligence: first Resources unit (its catalogue starts with P&I).
  const piUnit = units.find((x) => x.dir === RES_INDEX && x.parent === null && x.name === PI);
  if (piUnit === undefined) throw new Error('organisation generator: no Performance and Intelligence service');
  const headOfPiKey = piUnit.ownerKey;

  // Staff: everyone else. Performance officers go to leaf units outside Resources.
  const staffTotal = officerCount - people.length;
  const eligible = order.filter((u) => at(units, u).dir !== RES_INDEX && at(units, u).children.length === 0);
  const perfCount = Math.min(performanceOfficerTarget(officerCount), eligible.length, staffTotal);
  const perfUnits = new Set<number>();
  if (perfCount > 0) {
    const step = eligible.length / perfCount;
    const offset = rng() * step;
    for (let i = 0; i < perfCount; i++) perfUnits.add(at(eligible, Math.min(eligible.length - 1, Math.floor(offset + i * step))));
  }

  const weights = order.map((u) => {
    const unit = at(units, u);
    const base = unit.children.length === 0 ? unit.profile.weight : unit.profile.weight * SERVICE_OFFICE_WEIGHT;
    return base * (0.75 + 0.5 * rng());
  });
  const staffing = apportion(staffTotal - perfCount, weights);

  const performanceOfficerKeys: string[] = [];
  // Reused scratch arrays for the per-unit reporting layout.
  const managerOf: number[] = [];
  const isSenior: boolean[] = [];

  /**
   * Lays out slots [start, end) under `manager` (-1: the unit owner), who has room for `capacity` more
   * direct reports: up to that many report directly; beyond, senior practitioners take groups of
   * about seven, so no one has more than MAX_DIRECT reports.
   */
  const layout = (manager: number, start: number, end: number, capacity: number): void => {
    const n = end - start;
    if (n <= capacity) {
      for (let i = start; i < end; i++) managerOf[i] = manager;
      return;
    }
    const seniors = Math.min(MAX_SENIORS, capacity, Math.max(1, Math.ceil((n - capacity) / 7)));
    for (let i = start; i < start + seniors; i++) {
      managerOf[i] = manager;
      isSenior[i] = true;
    }
    const direct = Math.min(capacity - seniors, Math.floor((n - seniors) / (seniors + 1)));
    let cursor = start + seniors;
    for (let i = cursor; i < cursor + direct; i++) managerOf[i] = manager;
    cursor += direct;
    const chunks = apportion(
      end - cursor,
      Array.from({ length: seniors }, () => 1),
    );
    chunks.forEach((size, s) => {
      layout(start + s, cursor, cursor + size, MAX_DIRECT);
      cursor += size;
    });
  };

  order.forEach((u, position) => {
    const unit = at(units, u);
    const n = at(staffing, position);
    const leaf = unit.children.length === 0;
    const dirKey = directorateKey(unit.dir);
    if (n > 0) {
      managerOf.length = n;
      isSenior.length = n;
      isSenior.fill(false);
      layout(-1, 0, n, Math.max(1, MAX_DIRECT - unit.children.length - (perfUnits.has(u) ? 1 : 0)));
      const slotKeys: string[] = [];
      for (let i = 0; i < n; i++) {
        const m = at(managerOf, i);
        const jobTitle = at(isSenior, i)
          ? leaf
            ? unit.profile.senior
            : 'Business Support Team Leader'
          : pickWeighted(rng, leaf ? unit.profile.staff : SERVICE_OFFICE_STAFF);
        slotKeys.push(
          addPerson({
            jobTitle,
            kind: 'OFFICER',
            directorateKey: dirKey,
            serviceKey: unit.key,
            lineManagerKey: m < 0 ? unit.ownerKey : at(slotKeys, m),
          }),
        );
      }
    }
    if (perfUnits.has(u)) {
      performanceOfficerKeys.push(
        addPerson({
          jobTitle: rng() < 0.5 ? 'Performance Analyst' : 'Performance Officer',
          kind: 'OFFICER',
          directorateKey: dirKey,
          serviceKey: unit.key,
          lineManagerKey: unit.ownerKey,
          functionalManagerKey: headOfPiKey,
        }),
      );
    }
  });

  if (people.length !== officerCount) {
    throw new Error(`organisation generator: produced ${people.length} officers, expected ${officerCount}`);
  }

  // --- Councillors ------------------------------------------------------------------------------------
  const councillorKeys: string[] = [];
  for (let i = 0; i < councillorCount; i++) {
    councillorKeys.push(
      addPerson({
        jobTitle: 'Councillor',
        kind: 'COUNCILLOR',
        directorateKey: null,
        serviceKey: null,
        lineManagerKey: null,
        emailPrefix: 'cllr.',
      }),
    );
  }
  const councillorRoles = assignCouncillorRoles(rng, councillorKeys);
  // Job titles reflect the most senior role.
  const personIndex = (key: string): number => Number(key.slice(2)) - 1;
  for (const role of councillorRoles) {
    const person = at(people, personIndex(role.personKey));
    if (role.role === 'LEADER') person.jobTitle = 'Leader of the Council';
    else if (role.role === 'PORTFOLIO_HOLDER' && person.jobTitle === 'Councillor')
      person.jobTitle = `Cabinet Member for ${role.portfolio ?? ''}`;
    else if (role.role === 'SCRUTINY_CHAIR' && person.jobTitle === 'Councillor') person.jobTitle = `Chair, ${role.committee ?? ''}`;
  }

  // --- Directorates and services rows ---------------------------------------------------------------
  const directorates: GeneratedDirectorate[] = DIRECTORATES.map((spec, dir) => ({
    key: directorateKey(dir),
    name: spec.name,
    code: spec.code,
    directorKey: at(directorKeys, dir),
  }));
  const services: GeneratedService[] = order.map((u) => {
    const unit = at(units, u);
    return {
      key: unit.key,
      name: unit.name,
      directorateKey: directorateKey(unit.dir),
      parentKey: unit.parent === null ? null : at(units, unit.parent).key,
      kind: unit.kind,
      accountableOwnerKey: unit.ownerKey,
    };
  });

  return {
    directorates,
    services,
    people,
    councillorRoles,
    miResponsibleKey: headOfPiKey,
    performanceOfficerKeys,
  };
}

/**
 * Councillor roles: one leader, a cabinet of 6..10 (the leader included), each a portfolio holder;
 * three scrutiny committees of non-cabinet councillors (one chair and several members each);
 * complaints and Best Value panels of 3..5 non-cabinet councillors; every councillor a ward councillor.
 */
function assignCouncillorRoles(rng: Rng, keys: readonly string[]): GeneratedCouncillorRoleRow[] {
  const c = keys.length;
  const roles: GeneratedCouncillorRoleRow[] = [];
  const add = (personKey: string, role: GeneratedCouncillorRole, extra: Partial<GeneratedCouncillorRoleRow> = {}): void => {
    roles.push({ personKey, role, portfolio: extra.portfolio ?? null, committee: extra.committee ?? null, ward: extra.ward ?? null });
  };

  const shuffled = shuffle(rng, [...keys]);
  const cabinetSize = Math.min(PORTFOLIOS.length, Math.max(6, Math.round(c / 10) + 2));
  const cabinet = shuffled.slice(0, cabinetSize);
  const backbench = shuffled.slice(cabinetSize);

  cabinet.forEach((key, i) => {
    const portfolio = at(PORTFOLIOS, i);
    if (i === 0) add(key, 'LEADER');
    add(key, 'CABINET_MEMBER');
    add(key, 'PORTFOLIO_HOLDER', { portfolio });
  });

  // Scrutiny: chairs first, then members, all distinct backbenchers.
  const committees = SCRUTINY_COMMITTEES.length;
  const membersEach = Math.min(12, Math.max(2, Math.floor((backbench.length - committees) / committees)));
  let cursor = 0;
  const nextBackbencher = (): string => {
    const key = at(backbench, cursor % backbench.length);
    cursor++;
    return key;
  };
  for (const committee of SCRUTINY_COMMITTEES) {
    add(nextBackbencher(), 'SCRUTINY_CHAIR', { committee });
    for (let m = 0; m < membersEach; m++) add(nextBackbencher(), 'SCRUTINY_MEMBER', { committee });
  }

  // Panels: backbenchers continuing after the scrutiny members (wrapping round if few).
  const panelSize = Math.min(5, Math.max(3, Math.round(c / 12)));
  for (let i = 0; i < panelSize; i++) add(nextBackbencher(), 'COMPLAINTS_PANEL', { committee: 'Complaints Review Panel' });
  for (let i = 0; i < panelSize; i++) add(nextBackbencher(), 'BEST_VALUE_PANEL', { committee: 'Best Value Review Panel' });

  // Wards of one to three members, in people order.
  const wardNames = shuffle(rng, [...WARD_NAMES]);
  const wardName = (i: number): string =>
    i < wardNames.length ? at(wardNames, i) : `${at(wardNames, i % wardNames.length)} ${areaName(Math.floor(i / wardNames.length) - 1)}`;
  let ward = 0;
  let seatsLeft = 0;
  for (const key of keys) {
    if (seatsLeft === 0) {
      const r = rng();
      seatsLeft = r < 0.3 ? 1 : r < 0.8 ? 2 : 3;
      ward++;
    }
    add(key, 'WARD_COUNCILLOR', { ward: wardName(ward - 1) });
    seatsLeft--;
  }
  return roles;
}
