/**
 * Plain-English text for the public view (people who use services and carers): the measures that matter to
 * them in everyday words, and an easy-read form of any text (short sentences, one idea a line).
 */

/** The published ASCOF and Oflog measures the public view shows, with a plain name for each (codes as in packages/db). */
export const PUBLIC_MEASURES: ReadonlyArray<{ framework: 'ASCOF' | 'OFLOG'; code: string; plain: string }> = [
  { framework: 'ASCOF', code: '1A', plain: 'How good people say their life is with care and support' },
  { framework: 'ASCOF', code: '3A', plain: 'People who are happy with their care and support' },
  { framework: 'ASCOF', code: '4A', plain: 'People who use services who feel safe' },
  { framework: 'ASCOF', code: '3B', plain: 'Carers who are happy with the help they get' },
  { framework: 'ASCOF', code: '2B1', plain: 'Older people still at home 91 days after leaving hospital' },
  { framework: 'OFLOG', code: 'ASC7', plain: 'Care workers who left their jobs in the year' },
];

/** A figure as people read it: a share as "62.8%", a score as "19.4 out of 24". */
export function plainFigure(value: number, unit: string | null | undefined): string {
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (unit === '%') return `${n}%`;
  const outOf = unit?.match(/score 0-(\d+)/);
  return outOf ? `${n} out of ${outOf[1]}` : n;
}

/** Where the council stands among similar councils, in one short sentence. */
export function plainPosition(rank: number | null | undefined, count: number, better: boolean | null | undefined): string {
  if (!rank || count < 2) return 'We cannot compare this with similar councils yet.';
  const side = better === true ? 'better than most' : better === false ? 'not as good as most' : 'about the same as most';
  return `We were ${rank} of ${count} similar councils. That is ${side}.`;
}

/**
 * Easy read: one short sentence a line. Splits sentences, and long sentences at "; " and ", and " / ", but ",
 * so each line holds one idea.
 */
export function easyRead(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|;\s+|,\s+(?=(?:and|but|so)\s)/)
    .map((s) => s.trim().replace(/^(and|but|so)\s+/i, (w) => w.charAt(0).toUpperCase() + w.slice(1)))
    .filter(Boolean)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`));
}

/** A priority's performance status in everyday words (never colour alone). */
export function plainStatus(status: string | null | undefined): string {
  switch (status) {
    case 'GREEN':
      return 'Going well';
    case 'AMBER':
      return 'Some worries';
    case 'RED':
      return 'Not going well';
    default:
      return 'Too soon to say';
  }
}

/** The latest figure against the year before, as a short sentence; "higher is better" unless the measure says lower. */
export function plainChange(
  latest: { period: string; value: number },
  before: { period: string; value: number } | null,
  unit: string | null | undefined,
  lowerIsBetter: boolean,
): string {
  if (!before) return `We have no figure for the year before ${latest.period}.`;
  const was = plainFigure(before.value, unit);
  if (plainFigure(latest.value, unit) === was) return `That is the same as the year before (${was}).`;
  const up = latest.value > before.value;
  const better = lowerIsBetter ? !up : up;
  return `That is ${better ? 'better' : 'worse'} than the year before (${was}).`;
}

/** How many complaints came in, how many we agreed with and how many we answered on time. */
export function plainComplaints(
  period: string,
  t: { received: number; upheld: number; upheldShare: number | null; withinTimescaleShare: number | null },
): string[] {
  if (t.received === 0) return [`We had no complaints about adult care in ${period}.`];
  const lines = [`We had ${t.received} ${t.received === 1 ? 'complaint' : 'complaints'} in ${period}.`];
  if (t.upheldShare !== null) lines.push(`We said the person was right, or partly right, in ${t.upheld} of them.`);
  if (t.withinTimescaleShare !== null) {
    lines.push(`We answered ${Math.round(t.withinTimescaleShare * 100)} in every 100 on time.`);
  }
  return lines;
}
