/** The comparison card of an indicator page: the council's rank among the group for a year, a ranked chart and the table. */
import { useQuery } from '@apollo/client/react';
import { CompareChart } from '../../charts/compare/CompareChart.js';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ordinal, type GroupKindValue } from './periods.js';
import { ComparisonQuery } from './queries.js';
import { TableScroll } from '../../ui/TableScroll.js';

export function Comparison({
  gss,
  indicatorId,
  period,
  periods,
  group,
  onPeriod,
  fmt,
}: {
  gss: string;
  indicatorId: string;
  period: string;
  periods: string[];
  group: GroupKindValue;
  onPeriod: (p: string) => void;
  fmt: (v: number | null | undefined) => string;
}) {
  const { data, loading, error, refetch } = useQuery(ComparisonQuery, {
    variables: { id: indicatorId, period, gss, group: { kind: group } },
  });
  const c = data?.comparison;
  const me = c?.entries.find((e) => e.highlighted);
  return (
    <section className="card" aria-labelledby="comparison-title">
      <div className="page__head">
        <h2 id="comparison-title">
          Comparison: {c?.groupName ?? 'other councils'}, {period}
        </h2>
        <div className="page__tools">
          <label>
            Year
            <select value={period} onChange={(e) => onPeriod(e.target.value)}>
              {periods.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {error ? (
        <ErrorState title="The comparison could not be loaded" error={error} onRetry={() => void refetch()} compact />
      ) : loading || !c ? (
        <Loading label="Loading the comparison…" compact />
      ) : (
        <>
          <p>
            {me?.rank ? (
              <>
                <strong>{me.council.name}</strong> ranks <strong>{ordinal(me.rank)}</strong> of {c.count}
                {inQuartile(me.quartile)}; the {c.medianLabel} is {fmt(c.median)} (middle half {fmt(c.q1)} to {fmt(c.q3)}).
              </>
            ) : (
              <>The council has no published number for {period}.</>
            )}{' '}
            {c.suppressedCount + c.notAvailableCount + c.missingCount > 0 && (
              <span className="muted small">
                {c.suppressedCount + c.notAvailableCount + c.missingCount} councils have no number ({c.suppressedCount} suppressed,{' '}
                {c.notAvailableCount} not available, {c.missingCount} missing).
              </span>
            )}
          </p>
          {(c.englandPublished || c.regionPublished) && (
            <p data-testid="published-figures">
              {[c.englandPublished, c.regionPublished]
                .filter((f) => f != null)
                .map((f) => `${f.label}: ${f.value == null ? 'no published number' : fmt(f.value)}`)
                .join('; ')}
              . <span className="muted small">The publisher&rsquo;s own figures for England and the region, not medians of councils.</span>
            </p>
          )}
          <CompareChart
            entries={c.entries.map((e) => ({
              name: e.council.name,
              value: e.value ?? null,
              rank: e.rank ?? null,
              highlighted: e.highlighted,
            }))}
            median={c.median ?? null}
            format={(v) => fmt(v)}
            label={`Ranked chart of ${c.count} councils, best first; ${me?.council.name ?? 'the council'} highlighted${
              me?.rank ? ` at rank ${me.rank}` : ''
            }. The table below lists them.`}
          />
          <details>
            <summary>All {c.entries.length} councils as a table</summary>
            <TableScroll label="All councils">
              <table className="table">
                <thead>
                  <tr>
                    <th className="num">Rank</th>
                    <th>Council</th>
                    <th className="num">Value</th>
                    <th className="num">Quartile</th>
                  </tr>
                </thead>
                <tbody>
                  {c.entries.map((e) => (
                    <tr key={e.council.id} className={e.highlighted ? 'is-highlighted' : undefined}>
                      <td className="num">{e.rank ?? '—'}</td>
                      <td>
                        <Link href={routePath(e.council.gssCode, 'indicator', indicatorId)}>{e.council.name}</Link>
                      </td>
                      <td className="num">{e.status === 'VALUE' ? fmt(e.value) : e.status.toLowerCase().replace('_', ' ')}</td>
                      <td className="num">{e.quartile ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
    </section>
  );
}

/** `, in the 2nd quartile` when the council has a quartile, else nothing. */
function inQuartile(quartile: number | null | undefined): string {
  return quartile ? `, in the ${ordinal(quartile)} quartile` : '';
}
