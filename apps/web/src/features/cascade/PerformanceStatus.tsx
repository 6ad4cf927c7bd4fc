/**
 * A priority's performance status (its targets, direction of travel and milestones together) with the
 * reason in words, so the status never rests on colour: the badge carries an icon and a word, the
 * reason says what drove it, and the details list every fact behind it.
 */
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { PriorityPerformanceFieldsFragment } from '../../graphql/graphql.js';
import { Rag, ragOf, type RagValue } from '../../ui/Rag.js';

export const PERFORMANCE_TEXT: Record<RagValue, string> = {
  GREEN: 'On track',
  AMBER: 'At risk',
  RED: 'Off track',
  NONE: 'Not judged',
};

const BASIS: Record<string, string> = {
  VALIDATED: 'Judged on validated and published figures.',
  PUBLISHED: 'Judged on published figures only.',
};

const KIND_ICON: Record<string, string> = {
  OFF_TARGET: '✕',
  NEAR_TARGET: '!',
  ON_TARGET: '✓',
  DETERIORATING: '↘',
  IMPROVING: '↗',
  STABLE: '→',
  MILESTONES_OVERDUE: '✕',
  MILESTONES_AT_RISK: '!',
  MILESTONES_ON_TRACK: '✓',
  NO_TARGET: '–',
  NO_DATA: '–',
  STALE_DATA: '⌛',
  NO_POLARITY: '?',
};

/** The badge, with the reason beside it unless `reason` is false (then it is the badge's tooltip). */
export function PerformanceBadge({ p, reason = true }: { p: PriorityPerformanceFieldsFragment | null | undefined; reason?: boolean }) {
  if (!p) return null;
  const v = ragOf(p.status);
  return (
    <span className="perf">
      <Rag value={v} text={PERFORMANCE_TEXT[v]} title={reason ? undefined : p.reason} />
      {reason ? <span className="perf__reason">{p.reason}</span> : <span className="visually-hidden">: {p.reason}</span>}
    </span>
  );
}

/** The status, its reason and every fact behind it: what decided first, then what else was noted. */
export function PerformanceExplained({ p, gss, headingId }: { p: PriorityPerformanceFieldsFragment; gss: string; headingId: string }) {
  const decisive = p.drivers.filter((d) => d.decisive);
  const others = p.drivers.filter((d) => !d.decisive);
  const item = (d: (typeof p.drivers)[number], i: number) => (
    <li key={i} className={`perf__driver perf__driver--${ragOf(d.status)}`}>
      <span aria-hidden="true">{KIND_ICON[d.kind] ?? '•'}</span> {d.text}
      {d.indicator && (
        <>
          {' '}
          <Link href={routePath(gss, 'indicator', d.indicator.id)}>figures of {d.indicator.code}</Link>
        </>
      )}
    </li>
  );
  return (
    <section className="perf-details" aria-labelledby={headingId}>
      <h3 id={headingId}>Performance</h3>
      <p>
        <PerformanceBadge p={p} />
      </p>
      {decisive.length > 0 && (
        <>
          <h4>What decided it</h4>
          <ul className="perf__drivers">{decisive.map(item)}</ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <h4>Also noted</h4>
          <ul className="perf__drivers">{others.map(item)}</ul>
        </>
      )}
      <p className="small muted">
        {BASIS[p.basis] ?? ''} The worst of the targets, the milestones and the direction of travel decides; a direction alone never makes a
        priority off track.
      </p>
    </section>
  );
}

export function PerformanceLegend() {
  return (
    <ul className="chart-legend" aria-label="Key to the performance status">
      {(['GREEN', 'AMBER', 'RED', 'NONE'] as const).map((v) => (
        <li key={v}>
          <Rag value={v} text={PERFORMANCE_TEXT[v]} />
        </li>
      ))}
    </ul>
  );
}
