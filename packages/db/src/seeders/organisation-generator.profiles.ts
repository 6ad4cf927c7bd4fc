/** Job profiles of the generated organisation. */
import { type Weighted, weighted } from './organisation-generator.random.js';

// ---------------------------------------------------------------------------------------------------
// Job profiles: who works in a unit, and what their senior practitioners are called.

export interface Profile {
  /** Relative staffing weight of a leaf unit. */
  readonly weight: number;
  /** Title of a practitioner who supervises others inside a large team. */
  readonly senior: string;
  readonly staff: Weighted<string>;
}

export function profile(weight: number, senior: string, staff: readonly (readonly [string, number])[]): Profile {
  return { weight, senior, staff: weighted(staff) };
}

export const BSO = 'Business Support Officer';

export const PROFILES = {
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

export type ProfileId = keyof typeof PROFILES;

/** Staff of a non-leaf service (the head's own small office). */
export const SERVICE_OFFICE_STAFF = weighted<string>([
  [BSO, 3],
  ['Project Officer', 1],
  ['Quality Assurance Officer', 1],
]);
/** Share of a leaf unit's staffing that a service with sub-units keeps for itself. */
export const SERVICE_OFFICE_WEIGHT = 0.15;
