/**
 * Report packs from the server's report route (GET /reports/<audience>/<GSS>/<period>.<format>): the
 * address of a choice, and what a download answered, in words. The staff packs need the session's
 * bearer token, so they are fetched and saved from a blob (a plain link would be refused).
 */

export const AUDIENCES = [
  { key: 'executive', label: 'Executive', hint: 'Corporate priorities, exceptions, top risks, overdue actions, the health check.' },
  { key: 'portfolio', label: 'Portfolio holder', hint: 'The executive pack for one portfolio’s directorates, services and priorities.' },
  { key: 'scrutiny', label: 'Scrutiny committee', hint: 'Progress against targets, trends against similar councils, the work programme.' },
  { key: 'public', label: 'Public', hint: 'The plain-English summary anyone may read.' },
] as const;
export type Audience = (typeof AUDIENCES)[number]['key'];

export const FORMATS = [
  { key: 'pdf', label: 'PDF', hint: 'to print or send' },
  { key: 'docx', label: 'Word (.docx)', hint: 'for the committee system; editable' },
  { key: 'xlsx', label: 'Excel (.xlsx)', hint: 'every figure, a sheet a section' },
  { key: 'html', label: 'Web page (.html)', hint: 'prints on A4' },
] as const;
export type Format = (typeof FORMATS)[number]['key'];

export const isAudience = (s: string | null): s is Audience => AUDIENCES.some((a) => a.key === s);
export const isFormat = (s: string | null): s is Format => FORMATS.some((f) => f.key === s);

export interface PackChoice {
  audience: Audience;
  gss: string;
  period: string;
  format: Format;
  portfolioId?: string | null;
  meeting?: string | null;
}

/** The report route's address for a choice (portfolio only for the portfolio pack, meeting for any). */
export function packUrl(c: PackChoice): string {
  const q = new URLSearchParams();
  if (c.audience === 'portfolio' && c.portfolioId) q.set('portfolio', c.portfolioId);
  if (c.meeting) q.set('meeting', c.meeting);
  const qs = q.toString();
  return `/reports/${c.audience}/${encodeURIComponent(c.gss)}/${encodeURIComponent(c.period)}.${c.format}${qs ? `?${qs}` : ''}`;
}

/** The file name the server gave (Content-Disposition), or one made from the choice. */
export function fileNameOf(disposition: string | null, c: PackChoice | string): string {
  const m = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  if (m?.[1]) return decodeURIComponent(m[1]);
  return typeof c === 'string' ? c : `${c.gss}-${c.audience}-${c.period}.${c.format}`;
}

export interface PackRefusal {
  code: string;
  title: string;
  message: string;
}

const TITLES: Record<string, string> = {
  UNAUTHENTICATED: 'Sign in again to download this pack',
  FORBIDDEN: 'This pack is not for your account',
  NOT_FOUND: 'There is no such pack',
  BAD_USER_INPUT: 'Check the choices',
  TOO_MANY_REQUESTS: 'Too many downloads at once',
};

/** A refused download in words: the server's coded error, or what the status means when the answer is not one. */
export function refusalOf(status: number, body: unknown): PackRefusal {
  const e = (body as { errors?: Array<{ message?: string; extensions?: { code?: string } }> } | null)?.errors?.[0];
  const fallback: Record<number, string> = {
    400: 'BAD_USER_INPUT',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    429: 'TOO_MANY_REQUESTS',
  };
  const code = e?.extensions?.code ?? fallback[status] ?? 'SERVER_ERROR';
  const message =
    e?.message ??
    (code === 'SERVER_ERROR'
      ? 'The server could not make the pack. Try again in a minute; if it keeps failing, tell the council’s performance team.'
      : 'The server refused the download.');
  return { code, title: TITLES[code] ?? 'The pack could not be made', message };
}

/** "1.2 MB", "340 KB": a file's size for people. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** The address that issues (freezes) the pack of a choice: POST /reports/<audience>/<GSS>/<period>/issue. */
export function issueUrl(c: Omit<PackChoice, 'format'>): string {
  const q = new URLSearchParams();
  if (c.audience === 'portfolio' && c.portfolioId) q.set('portfolio', c.portfolioId);
  if (c.meeting) q.set('meeting', c.meeting);
  const qs = q.toString();
  return `/reports/${c.audience}/${encodeURIComponent(c.gss)}/${encodeURIComponent(c.period)}/issue${qs ? `?${qs}` : ''}`;
}

/** An issued pack as GET /reports/issued/<GSS> lists it (apps/server/src/reports/issue.ts). */
export interface IssuedPack {
  id: number;
  audience: string;
  period: string;
  portfolioId: string | null;
  meetingDate: string | null;
  version: number;
  contentSha256: string;
  issuedAt: string;
  issuedBy: string | null;
  files: Array<{ format: string; size: number; sha256: string; url: string }>;
}

/** The label of an audience, e.g. "Scrutiny committee". */
export const audienceLabel = (key: string): string => AUDIENCES.find((a) => a.key === key)?.label ?? key;

const FILE_LABELS: Record<string, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel', html: 'Web page', json: 'Data (.json)' };
/** The label of a stored file's format ("json" is the data the pack was made from). */
export const fileLabel = (format: string): string => FILE_LABELS[format] ?? format;
