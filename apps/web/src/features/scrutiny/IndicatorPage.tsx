import { formatFigure } from '../../ui/figures.js';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { SeriesChart } from '../../charts/series/SeriesChart.js';
import { Link } from '../../app/Link.js';
import { navigate, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { useCouncil } from '../../ui/useCouncil.js';
import { IndicatorTargets } from './IndicatorTargets.js';
import { Breadcrumbs, Page } from '../../ui/Page.js';
import { Rag, StatusTag } from '../../ui/Rag.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { changeWords, DIRECTION, groupOf, GROUPS, ordinal, POLARITY, seriesRange, targetFor, trendWords, trimSeries } from './periods.js';
import { CommentaryCard } from './Commentary.js';
import { IndicatorDefinitionQuery, IndicatorSeriesQuery, PriorityNameQuery } from './queries.js';
import { Comparison } from './IndicatorComparison.js';
import { useComparators } from './useComparators.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { yearRollupWords } from './rollups.js';

const RAG_REASON: Record<string, string> = {
  MEETS_TARGET: 'Meets the target',
  WITHIN_TOLERANCE: 'Misses the target, within tolerance',
  BEYOND_TOLERANCE: 'Misses the target beyond tolerance',
  NO_ACTUAL: 'No figure',
  NO_TARGET: 'No target set',
};

/** An indicator: trend against target and comparators, RAG, direction, rank and quartile, data status, comparison. */
export function IndicatorPage({ gss, indicatorId, params }: { gss: string; indicatorId: string | null; params: URLSearchParams }) {
  const def = useQuery(IndicatorDefinitionQuery, { variables: { id: indicatorId ?? '' }, skip: !indicatorId });
  if (!indicatorId) return <ErrorState title="No indicator chosen" error="Open an indicator from the scrutiny view." />;
  if (def.error) return <ErrorState title="The indicator could not be loaded" error={def.error} onRetry={() => void def.refetch()} />;
  if (def.loading || !def.data) return <Loading label="Loading the indicator…" />;
  if (!def.data.indicator)
    return <ErrorState title="No such indicator" error="This indicator does not exist (or is another council's local indicator)." />;
  return <Indicator gss={gss} indicator={def.data.indicator} params={params} />;
}

type Definition = NonNullable<
  NonNullable<ReturnType<typeof useQuery<import('../../graphql/graphql.js').IndicatorDefinitionQuery>>['data']>['indicator']
>;

function Indicator({ gss, indicator, params }: { gss: string; indicator: Definition; params: URLSearchParams }) {
  /** A figure as the indicator publishes it (its precision); the unit only where asked. */
  const fmt = (v: number | null | undefined, unit?: string | null) => formatFigure(v, unit, indicator.precision);
  const viewer = useViewer();
  const { council } = useCouncil(gss);
  const group = groupOf(params.get('group'));
  const range = seriesRange(indicator.frequency);
  // From a priority's drill-down: the service whose target the priority's objective sets (?service=).
  const serviceId = params.get('service');
  const series = useQuery(IndicatorSeriesQuery, {
    variables: { id: indicator.id, gss, from: range.from, to: range.to, group: { kind: group }, serviceId },
  });
  const s = series.data?.indicatorSeries[0];
  const points = useMemo(() => trimSeries(s?.points ?? []), [s]);
  const national = indicator.framework !== 'LOCAL';
  const comparable = national && indicator.frequency === 'ANNUAL';
  const comps = useComparators(
    indicator.id,
    gss,
    points.map((p) => p.period),
    group,
    !comparable || !s,
  );
  const withValue = points.filter((p) => p.value != null);
  const published = {
    england: comps.comparators.some((c) => c.englandPublished != null),
    region: comps.comparators.some((c) => c.regionPublished != null),
  };
  const comparePeriod =
    params.get('period') && withValue.some((p) => p.period === params.get('period') && p.status === 'PUBLISHED')
      ? params.get('period')!
      : (s?.position?.period ?? [...withValue].reverse().find((p) => p.status === 'PUBLISHED')?.period ?? null);
  const priority = params.get('priority');
  const priorityNode = useQuery(PriorityNameQuery, { variables: { id: priority ?? '' }, skip: !priority }).data?.node;
  const priorityName = priorityNode && 'name' in priorityNode ? priorityNode.name : null;
  const set = (changes: Record<string, string | null>) => {
    const next: Record<string, string | null> = {
      group: group === 'SAME_TYPE' ? null : group,
      period: params.get('period'),
      priority,
      service: serviceId,
      ...changes,
    };
    navigate(routePath(gss, 'indicator', indicator.id, next), { replace: true });
  };
  const latest = s?.latest;
  const pos = s?.position;
  const direction = DIRECTION[s?.change.direction ?? 'UNKNOWN'] ?? DIRECTION.UNKNOWN!;
  const trend = DIRECTION[s?.trend.direction ?? 'UNKNOWN'] ?? DIRECTION.UNKNOWN!;
  const statusCounts = points.reduce<Record<string, number>>((acc, p) => {
    if (p.status) acc[p.status] = (acc[p.status] ?? 0) + 1;
    return acc;
  }, {});
  return (
    <Page labelledBy="indicator-title">
      <Breadcrumbs
        items={[
          { label: 'Scrutiny', href: routePath(gss, 'scrutiny') },
          ...(priority ? [{ label: priorityName ?? 'Priority…', href: routePath(gss, 'scrutiny', priority) }] : []),
          { label: indicator.displayCode ?? indicator.code },
        ]}
      />
      <div className="page__head">
        <div>
          <h1 id="indicator-title">{indicator.title}</h1>
          <p className="lead">
            {indicator.framework} {indicator.displayCode ?? indicator.code} · {indicator.frequency.toLowerCase()} ·{' '}
            {POLARITY[indicator.polarity] ?? indicator.polarity}
            {indicator.unit ? ` · ${indicator.unit}` : ''}
          </p>
        </div>
        <div className="page__tools">
          {comparable && (
            <label>
              Compare with
              <select value={group} onChange={(e) => set({ group: e.target.value === 'SAME_TYPE' ? null : e.target.value })}>
                {GROUPS.map((g) => (
                  <option key={g.kind} value={g.kind}>
                    {g.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {viewer.memberOf(gss) && (
            <Link className="button" href={routePath(gss, 'indicators', indicator.id)}>
              Owners and definition
            </Link>
          )}
          {viewer.canEnterMeasurements(gss) && (
            <Link className="button" href={routePath(gss, 'measurements', indicator.id)}>
              Enter a figure
            </Link>
          )}
        </div>
      </div>
      {series.error ? (
        <ErrorState title="The figures could not be loaded" error={series.error} onRetry={() => void series.refetch()} />
      ) : series.loading || !s ? (
        <Loading label="Loading the figures…" />
      ) : (
        <>
          <dl className="facts-grid" aria-label="Where it stands">
            <div>
              <dt>Latest</dt>
              <dd>{latest ? `${fmt(latest.value, indicator.unit)} in ${latest.period}` : 'No figure yet'}</dd>
            </div>
            {indicator.frequency !== 'ANNUAL' && (
              <div>
                <dt>Financial year</dt>
                <dd data-testid="year-rollup">{yearRollupWords(indicator.yearRollup, s.yearRollups, fmt, indicator.unit)}</dd>
              </div>
            )}
            <div>
              <dt>Rated against</dt>
              <dd data-testid="rated-against">{targetFor(latest, indicator.unit, indicator.precision)}</dd>
            </div>
            <div>
              <dt>Against target</dt>
              <dd>
                <Rag
                  value={latest?.rag}
                  text={RAG_REASON[latest?.ragReason ?? ''] ?? (latest?.rag === 'NONE' || !latest ? 'No target or figure' : latest.rag)}
                />
              </dd>
            </div>
            <div>
              <dt>Direction of travel</dt>
              <dd data-testid="direction-of-travel">
                <span aria-hidden="true">{direction.icon}</span> {direction.text}{' '}
                <span className="small muted">(change from the previous figure: {changeWords(s.change, fmt)})</span>
              </dd>
            </div>
            <div>
              <dt>Longer-run trend</dt>
              <dd data-testid="longer-run-trend">
                <span aria-hidden="true">{trend.icon}</span> {trend.text} <span className="small muted">({trendWords(s.trend, fmt)})</span>
              </dd>
            </div>
            <div>
              <dt>Rank</dt>
              <dd>
                {!national ? (
                  'Local indicator: only this council measures it, so it is not ranked'
                ) : pos?.rank ? (
                  <>
                    {ordinal(pos.rank)} of {pos.count}{' '}
                    <span className="small muted">
                      ({pos.groupName}, {pos.period})
                    </span>
                  </>
                ) : (
                  'Not ranked'
                )}
              </dd>
            </div>
            <div>
              <dt>Quartile</dt>
              <dd>
                {national && pos?.quartile
                  ? `${ordinal(pos.quartile)} quartile${pos.quartile === 1 ? ' (best)' : pos.quartile === 4 ? ' (worst)' : ''}`
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>Data status</dt>
              <dd>
                {latest?.status ? <StatusTag status={latest.status} /> : '—'}{' '}
                <span className="small muted">
                  {Object.entries(statusCounts)
                    .map(([k, n]) => `${n} ${k.toLowerCase()}`)
                    .join(', ')}
                </span>
              </dd>
            </div>
          </dl>
          <p className="small muted" data-testid="direction-rule">
            Direction of travel compares the latest figure with the one before it, judged by whether higher or lower is better; a change of
            2% of the earlier figure or less (or one that does not show at the published precision) is no significant change. It decides the
            exceptions. The longer-run trend is a straight line through the last five figures: shown for context, it never makes an
            exception.
          </p>
          <div className="card">
            <h2>Trend</h2>
            {comps.loading && <Loading label="Loading comparators…" compact />}
            <SeriesChart
              series={points}
              comparators={comps.comparators}
              title={indicator.title}
              groupName={comps.groupName}
              regionName={comps.regionName}
              unit={indicator.unit}
              format={(v) => fmt(v)}
            />
            <details>
              <summary>The figures as a table</summary>
              <TableScroll label="The figures">
                <table className="table">
                  <thead>
                    <tr>
                      <th>Period</th>
                      <th className="num">Value</th>
                      <th className="num">Target</th>
                      <th>Against target</th>
                      <th>Status</th>
                      {comps.comparators.length > 0 && <th className="num">Median</th>}
                      {published.england && <th className="num">England (published)</th>}
                      {published.region && <th className="num">{comps.regionName} (published)</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {points.map((p) => (
                      <tr key={p.period}>
                        <td>{p.period}</td>
                        <td className="num">
                          {p.valueStatus === 'VALUE'
                            ? fmt(p.value)
                            : p.valueStatus === 'MISSING'
                              ? '—'
                              : p.valueStatus === 'SUPPRESSED'
                                ? '[c] suppressed'
                                : '[x] not available'}
                        </td>
                        <td className="num">{fmt(p.target)}</td>
                        <td>
                          <Rag value={p.rag} text={RAG_REASON[p.ragReason] ?? p.rag} />
                        </td>
                        <td>{p.status ? <StatusTag status={p.status} /> : '—'}</td>
                        {comps.comparators.length > 0 && (
                          <td className="num">{fmt(comps.comparators.find((c) => c.period === p.period)?.median)}</td>
                        )}
                        {published.england && (
                          <td className="num">{fmt(comps.comparators.find((c) => c.period === p.period)?.englandPublished)}</td>
                        )}
                        {published.region && (
                          <td className="num">{fmt(comps.comparators.find((c) => c.period === p.period)?.regionPublished)}</td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
          </div>
          {council && viewer.memberOf(gss) && <IndicatorTargets councilId={council.id} indicator={indicator} />}
          <CommentaryCard gss={gss} indicatorId={indicator.id} periods={withValue.map((p) => p.period)} period={params.get('period')} />
          {comparable && comparePeriod ? (
            <Comparison
              gss={gss}
              indicatorId={indicator.id}
              period={comparePeriod}
              periods={withValue.filter((p) => p.status === 'PUBLISHED').map((p) => p.period)}
              group={group}
              onPeriod={(p) => set({ period: p })}
              fmt={fmt}
            />
          ) : (
            <div className="card">
              <h2>Comparison with other councils</h2>
              <p className="muted">
                {national
                  ? 'No published figure to compare yet.'
                  : 'This is the council’s own local indicator: no other council publishes it.'}
              </p>
            </div>
          )}
          {indicator.definition && (
            <div className="card">
              <h2>Definition</h2>
              <p>{indicator.definition}</p>
              {indicator.source && <p className="small muted">Source: {indicator.source}</p>}
            </div>
          )}
        </>
      )}
    </Page>
  );
}
