/**
 * The report model: the data a pack is made from (gathered by the server as the viewer, so it holds
 * only what that viewer may see) and the document outline every renderer draws (cover, contents,
 * numbered sections of paragraphs, tables and charts, an appendix).
 */

export const AUDIENCES = ['executive', 'portfolio', 'scrutiny', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export const isAudience = (s: string): s is Audience => (AUDIENCES as readonly string[]).includes(s);
export const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'NONE';

// ---------------------------------------------------------------------------------------------
// The data of a pack

export interface MilestoneData {
  name: string;
  due: string;
  complete: boolean;
  overdue: boolean;
  status: string;
}

export interface PriorityData {
  id: string;
  name: string;
  level: 'CORPORATE' | 'DIRECTORATE' | 'SERVICE';
  /** DRAFT, AGREED, COMMUNICATED. */
  status: string;
  owner: string | null;
  /** The performance status (the API's performanceStatus: targets, direction of travel and milestones of its subtree). */
  performance: Rag;
  /** Why, in words (performanceStatus.reason); when missing, written from the milestone counts. */
  performanceReason: string | null;
  milestones: { total: number; complete: number; overdue: number; atRisk: number };
  objectives: Array<{ name: string; service: string | null; performance: Rag; milestones: MilestoneData[] }>;
  targets: Array<{ indicatorId: string; indicatorName: string; period: string; value: number }>;
  children: PriorityData[];
}

export interface ExceptionData {
  indicatorId: string;
  code: string;
  title: string;
  period: string | null;
  /** e.g. HIGH, MEDIUM. */
  severity: string;
  /** RED, BOTTOM_QUARTILE, DETERIORATING ... */
  reasons: string[];
  message: string;
}

export interface RiskData {
  reference: string;
  title: string;
  register: string;
  owner: string | null;
  inherentScore: number;
  residualScore: number;
  residualLikelihood: number;
  residualImpact: number;
  residualRating: string;
  status: string;
  reviewDue: string | null;
  priority: string | null;
  directorateId: string | null;
}

export interface ActionData {
  title: string;
  owner: string | null;
  due: string | null;
  status: string;
  source: string;
  service: string | null;
  serviceId: string | null;
}

export interface RecommendationData {
  committee: string;
  topic: string | null;
  text: string;
  madeOn: string;
  responseDue: string;
  response: string | null;
  responseText: string | null;
  respondedOn: string | null;
  unanswered: boolean;
}

export interface TopicData {
  committee: string;
  title: string;
  status: string;
  plannedFor: string | null;
  health: boolean;
}

export interface ReviewData {
  title: string;
  scope: string;
  service: string | null;
  serviceId: string | null;
  directorate: string | null;
  status: string;
  statusSince: string;
  startedOn: string;
  closedOn: string | null;
  chosenOption: string | null;
  unitCost: number | null;
  comparatorUnitCost: number | null;
  recommendations: Array<{ text: string; agreedOn: string | null }>;
}

export interface ComplaintFiguresData {
  received: number;
  closed: number;
  upheld: number;
  upheldShare: number | null;
  judged: number;
  withinTimescale: number;
  withinTimescaleShare: number | null;
  topThemes: Array<{ theme: string; count: number }>;
}

export interface ComplaintsData {
  from: string;
  to: string;
  total: ComplaintFiguresData;
  byService: Array<ComplaintFiguresData & { service: string; serviceId: string }>;
}

export interface TrendPoint {
  period: string;
  value: number | null;
  target: number | null;
  rag: string;
  /** DRAFT, VALIDATED, PUBLISHED, or null when nothing was recorded. */
  status: string | null;
  /** VALUE, SUPPRESSED, NOT_AVAILABLE, MISSING. */
  valueStatus: string;
}

export interface TrendComparator {
  period: string;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** The median of English councils (all councils: not England's own figure). */
  england: number | null;
  /** England's and the council's region's figures as published (NHS Digital's, not medians); absent for local indicators. */
  englandPublished?: number | null;
  regionPublished?: number | null;
}

export interface IndicatorTrendData {
  id: string;
  code: string;
  title: string;
  framework: string;
  unit: string | null;
  /** How the measure is published (Indicator.precision): its figures are written to it. */
  precision: FigurePrecision | null;
  polarity: string;
  frequency: string;
  source: string | null;
  definition: string | null;
  /** IMPROVING, STABLE, DETERIORATING, UNKNOWN. */
  direction: string;
  points: TrendPoint[];
  comparators: TrendComparator[];
  groupName: string | null;
  /** The council's region, named beside its published figure. */
  regionName?: string | null;
  position: { period: string; rank: number | null; count: number; quartile: number | null; groupName: string } | null;
}

export interface HealthInterfaceData {
  indicatorId: string | null;
  indicator: string | null;
  service: string | null;
  partnerBody: string | null;
  note: string | null;
}

export interface HealthCheckAnswerData {
  /** QUESTION, BARRIER, HABIT. */
  section: string;
  key: string;
  title: string;
  /** 0 to maxScore; null when the records cannot answer. */
  score: number | null;
  maxScore: number;
  answer: string;
  improve: string;
  change: { delta: number; direction: string; previousScore: number } | null;
  /** Why the records cannot answer, when they cannot. */
  unanswerable: string | null;
}

export interface HealthCheckData {
  period: string;
  comparedWith: string | null;
  asOf: string;
  answers: HealthCheckAnswerData[];
}

export interface CommentaryData {
  indicatorId: string;
  code: string;
  title: string;
  period: string;
  service: string | null;
  whatHappened: string;
  why: string | null;
  whatWeAreDoing: string | null;
  author: string | null;
  writtenOn: string;
}

export interface ReportData {
  audience: Audience;
  council: { name: string; gssCode: string; officialName: string | null };
  /** Financial year, e.g. 2024-25. */
  period: string;
  /** The meeting the pack is for (its committee and date); the committee defaults by audience. */
  committee: string;
  meetingDate: string | null;
  /** ISO date-time the data was read. */
  dataAsAt: string;
  /** The day milestones and actions were judged on (ISO date). */
  asOf: string;
  /** The portfolio of a portfolio holder's pack, with what it covers (global ids). */
  portfolio: {
    id: string;
    name: string;
    holders: string[];
    description: string | null;
    priorityIds: string[];
    directorateIds: string[];
    serviceIds: string[];
  } | null;
  /** False when the viewer sees published data only (the public pack). */
  includesUnpublished: boolean;
  priorities: PriorityData[];
  exceptions: ExceptionData[];
  /** null: not available to this viewer (risks and actions are for the council's own people). */
  risks: RiskData[] | null;
  heatMap: Array<{ likelihood: number; impact: number; count: number; band: string; riskIds: string[] }> | null;
  overdueActions: ActionData[] | null;
  recommendations: RecommendationData[];
  topics: TopicData[];
  reviews: ReviewData[];
  complaints: ComplaintsData | null;
  indicators: IndicatorTrendData[];
  healthInterfaces: HealthInterfaceData[];
  /** The leadership health check of the year; null: not available to this viewer (the council's own people). */
  healthCheck: HealthCheckData | null;
  /** The council's commentaries on the year's figures (its periods: the year, its quarters, its months), as the viewer sees them. */
  commentary: CommentaryData[];
}

// ---------------------------------------------------------------------------------------------
// The document outline

export type CellValue = string | number | null;

/** A published precision: decimal places or significant figures (the domain's Precision). */
export interface FigurePrecision {
  kind: string;
  digits: number;
}

export interface Column {
  header: string;
  /** How numbers are written (and their Excel format); text is left-aligned, numbers right. */
  kind: 'text' | 'integer' | 'decimal' | 'percent' | 'date';
  /** A relative width (default 1). */
  width?: number;
  /** A decimal column's published precision per row (an indicator's figures are written to it; else number()). */
  precisions?: Array<FigurePrecision | null>;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: Column[]; rows: CellValue[][]; empty?: string }
  | { kind: 'chart'; caption: string; alt: string; svg: string; width: number; height: number }
  | { kind: 'pageBreak' };

export interface Section {
  /** Anchor and sheet key, e.g. "priorities". */
  id: string;
  /** "1", "2" ... or "A" for the appendix. */
  number: string;
  title: string;
  blocks: Block[];
}

export interface Cover {
  title: string;
  council: string;
  committee: string;
  meetingDate: string | null;
  period: string;
  dataAsAt: string;
  audienceLabel: string;
  /** "Public" or "Not for publication: contains unpublished data". */
  classification: string;
}

export interface ReportDocument {
  audience: Audience;
  cover: Cover;
  /** Council and period, for the running header of every page. */
  runningHeader: string;
  sections: Section[];
  appendix: Section;
  /** A file name without extension: audience, council, period. */
  fileName: string;
  language: 'en-GB';
}
