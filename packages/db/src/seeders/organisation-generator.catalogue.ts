/** The directorates and services a generated council is made of. */
import type { GeneratedServiceKind } from './organisation-generator.types.js';
import type { ProfileId } from './organisation-generator.profiles.js';
import { at } from './organisation-generator.random.js';

// ---------------------------------------------------------------------------------------------------
// The directorate catalogue. Entries are in priority order: the first N are used when a directorate
// gets N services. A parent always precedes its children.

export interface CatalogueEntry {
  readonly name: string;
  readonly parent: string | null;
  readonly kind: GeneratedServiceKind;
  /** Top-level entries must set it; children inherit unless they override. */
  readonly profile?: ProfileId;
  /** Short label for generated sub-units of a top-level service ('Reablement North Team 2'). */
  readonly label?: string;
}

export interface DirectorateSpec {
  readonly slug: string;
  readonly name: string;
  readonly code: string;
  readonly directorTitle: string;
  /** Share of the services budget. */
  readonly weight: number;
  readonly catalogue: readonly CatalogueEntry[];
}

export const svc = (name: string, profileId: ProfileId, label?: string): CatalogueEntry =>
  label === undefined
    ? { name, parent: null, kind: 'SERVICE', profile: profileId }
    : { name, parent: null, kind: 'SERVICE', profile: profileId, label };
export const sub = (name: string, parent: string, profileId?: ProfileId): CatalogueEntry =>
  profileId === undefined ? { name, parent, kind: 'SERVICE' } : { name, parent, kind: 'SERVICE', profile: profileId };
export const team = (name: string, parent: string, profileId?: ProfileId): CatalogueEntry =>
  profileId === undefined ? { name, parent, kind: 'TEAM' } : { name, parent, kind: 'TEAM', profile: profileId };

export const OPS = "Older People's Services";
export const LSW = 'Locality Social Work';
export const SGA = 'Safeguarding Adults';
export const RIC = 'Reablement and Intermediate Care';
export const LD = 'Learning Disabilities';
export const MH = 'Mental Health';
export const CMM = 'Commissioning and Market Management';
export const OT = 'Occupational Therapy';
export const CAR = "Carers' Support";
export const QPD = 'Quality Assurance and Practice Development';
export const FD = 'Adult Social Care Front Door';

export const CP = 'Child Protection';
export const AI = 'Assessment and Intervention';
export const CIC = 'Children in Care';
export const FA = 'Fostering and Adoption';
export const EH = 'Early Help';
export const SEND = 'Special Educational Needs and Disabilities';
export const QAS = 'Quality Assurance and Safeguarding';
export const YJS = 'Youth Justice Service';

export const HP = 'Health Protection';
export const HI = 'Health Improvement';
export const PHI = 'Public Health Intelligence';
export const PHC = 'Public Health Commissioning';

export const PI = 'Performance and Intelligence';
export const FIN = 'Finance';
export const HR = 'Human Resources';
export const DEM = 'Democratic Services';
export const LEG = 'Legal Services';
export const CIG = 'Complaints and Information Governance';
export const PRO = 'Procurement';
export const ICT = 'ICT and Digital';
export const CUS = 'Customer Services';

export const DIRECTORATES: readonly DirectorateSpec[] = [
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
export const RES_INDEX = DIRECTORATES.findIndex((d) => d.code === 'RES');

/** Areas used for generated locality sub-units; beyond these they are numbered ('North 2'). */
export const AREAS = ['North', 'South', 'East', 'West', 'Central', 'North East', 'North West', 'South East', 'South West', 'Mid'];
export const areaName = (i: number): string =>
  i < AREAS.length ? at(AREAS, i) : `${at(AREAS, i % AREAS.length)} ${Math.floor(i / AREAS.length) + 1}`;

/** Generated units of one top-level service at most this many form flat teams; above, areas (and districts). */
export const FLAT_GENERATED_MAX = 5;
/** Target number of units (area + its teams) per generated area. */
export const UNITS_PER_AREA = 9;
/** Largest group reporting directly to one manager inside a team before seniors are introduced. */
export const MAX_DIRECT = 12;
/** Most senior practitioners under one manager in a large team. */
export const MAX_SENIORS = 10;
