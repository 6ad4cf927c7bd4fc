import { routePath } from '../../app/router.js';

export type Area =
  | 'risks'
  | 'actions'
  | 'complaints'
  | 'reviews'
  | 'scrutiny'
  | 'health'
  | 'roles'
  | 'staff'
  | 'portfolios'
  | 'enquiries'
  | 'themes';

export const AREAS: ReadonlyArray<{ key: Area; label: string; summary: string; members: boolean }> = [
  {
    key: 'risks',
    label: 'Risk register',
    summary: 'Corporate and directorate risks, scored before and after controls, with the heat map.',
    members: true,
  },
  { key: 'actions', label: 'Actions', summary: 'Everything that must be done, by whom and by when, with progress.', members: true },
  {
    key: 'complaints',
    label: 'Complaints',
    summary: 'Complaints received, upheld and answered in time, and their themes.',
    members: false,
  },
  {
    key: 'reviews',
    label: 'Best Value reviews',
    summary: 'Reviews of services: challenge, compare, consult, compete; options and recommendations.',
    members: false,
  },
  {
    key: 'scrutiny',
    label: 'Scrutiny work programme',
    summary: "Committees' topics, meetings, recommendations and the executive's responses.",
    members: false,
  },
  {
    key: 'health',
    label: 'Health scrutiny',
    summary: 'Partner bodies (the integrated care board, NHS trusts) and the services and indicators at the interface with health.',
    members: false,
  },
  {
    key: 'roles',
    label: 'Councillors’ roles',
    summary: 'Who leads, sits in the cabinet, holds a portfolio, scrutinises, sits on a panel or represents a ward, and since when.',
    members: false,
  },
  {
    key: 'staff',
    label: 'Staff designations',
    summary: 'Who is designated a complaints officer, a scrutiny officer or a risk manager, and since when.',
    members: true,
  },
  {
    key: 'portfolios',
    label: 'Portfolios',
    summary: 'Each cabinet portfolio, its holder, and the directorates, services and priorities it answers for.',
    members: false,
  },
  {
    key: 'enquiries',
    label: 'Ward enquiries',
    summary: 'Local issues ward councillors raise with services, when an answer is due, and the overdue ones.',
    members: true,
  },
  {
    key: 'themes',
    label: 'Complaint themes',
    summary: 'The controlled list complaints are classified by.',
    members: false,
  },
];

/** The address of the Governance area, one of its areas, or a record in it, with query parameters. */
export function governancePath(
  gss: string,
  area?: Area | null,
  id?: string | null,
  params?: Record<string, string | null | undefined>,
): string {
  const base = routePath(gss, 'governance', area ?? null, params);
  if (!area || !id) return base;
  const q = base.indexOf('?');
  const path = q < 0 ? base : base.slice(0, q);
  return `${path}/${encodeURIComponent(id)}${q < 0 ? '' : base.slice(q)}`;
}

export const isArea = (s: string | null): s is Area => AREAS.some((a) => a.key === s);
