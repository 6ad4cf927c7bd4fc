import { formatFigure } from '../../ui/figures.js';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, routePath } from '../../app/router.js';
import { PerformanceBadge, PerformanceExplained } from '../cascade/PerformanceStatus.js';
import { indicatorsUnder, objectivesUnder, pathTo, type flattenCascade, type CascadeNode } from '../cascade/tree.js';
import { Breadcrumbs, Page } from '../../ui/Page.js';
import { Rag, ROLLUP_TEXT, ragOf, StatusTag } from '../../ui/Rag.js';
import { ErrorState } from '../../ui/Status.js';
import { DIRECTION, ordinal, targetFor } from './periods.js';
import type { PriorityIndicatorsQuery as PriorityIndicatorsData } from '../../graphql/graphql.js';
import { CouncilTargetsQuery, PriorityIndicatorsQuery } from './queries.js';
import { TableScroll } from '../../ui/TableScroll.js';

export const LEVEL: Record<string, string> = { CORPORATE: 'Corporate', DIRECTORATE: 'Directorate', SERVICE: 'Service' };

/** The newest target linked to each indicator under a priority (on it, its objectives or the priorities below). */
function newestLinkedTargets(node: CascadeNode): Map<string, { id: string; period: string; value: number }> {
  const out = new Map<string, { id: string; period: string; value: number }>();
  const add = (t: { id: string; indicatorId: string; period: string; value: number }) => {
    const seen = out.get(t.indicatorId);
    if (!seen || t.period > seen.period) out.set(t.indicatorId, { id: t.id, period: t.period, value: t.value });
  };
  const walk = (n: CascadeNode) => {
    n.targets.forEach(add);
    for (const o of n.objectives) o.targets.forEach(add);
    (n.children ?? []).forEach(walk);
  };
  walk(node);
  return out;
}

type Batch = { data?: PriorityIndicatorsData | undefined; loading: boolean };

/**
 * One indicator of the drill-down, rated against its linked target: a service's target is rated in a
 * series of that service (the indicator page, opened from here, shows the same), the council's in the
 * priority's batch.
 */
function IndicatorRow(props: {
  gss: string;
  priorityId: string;
  indicatorId: string;
  name: string;
  range: { from: string; to: string };
  target: { id: string; period: string; value: number } | null;
  service: { id: string; name: string } | null;
  batch: Batch;
}) {
  const { gss, indicatorId, service, batch } = props;
  const own = useQuery(PriorityIndicatorsQuery, {
    variables: { ids: [indicatorId], gss, ...props.range, serviceId: service?.id ?? null },
    skip: !service,
  });
  const source = service ? own : batch;
  const ser = source.data?.indicatorSeries.find((s) => s.indicator.id === indicatorId);
  const d = DIRECTION[ser?.direction ?? 'UNKNOWN'] ?? DIRECTION.UNKNOWN!;
  const loading = source.loading || !source.data;
  return (
    <tr>
      <td>
        <Link href={routePath(gss, 'indicator', indicatorId, { priority: props.priorityId, service: service?.id ?? null })}>
          {props.name}
        </Link>
      </td>
      <td data-testid="rated-against">
        {loading
          ? '…'
          : ser?.latest
            ? targetFor(ser.latest, ser.indicator.unit, ser.indicator.precision)
            : props.target
              ? `${targetFor({ target: props.target.value, targetPeriod: props.target.period, targetService: service })}, no figure yet`
              : '—'}
      </td>
      <td className="num">
        {loading
          ? '…'
          : ser?.latest
            ? `${formatFigure(ser.latest.value, null, ser.indicator.precision)} (${ser.latest.period})`
            : 'No figure yet'}
      </td>
      <td>
        {ser?.latest ? <Rag value={ser.latest.rag} text={ser.latest.rag === 'NONE' ? 'No target' : undefined} /> : <Rag value="NONE" />}
      </td>
      <td>
        <span aria-hidden="true">{d.icon}</span> {d.text}
      </td>
      <td>
        {ser?.indicator.framework === 'LOCAL'
          ? 'Local: not ranked'
          : ser?.position?.rank
            ? `${ordinal(ser.position.rank)} of ${ser.position.count}`
            : '—'}
      </td>
    </tr>
  );
}

export function PriorityLink({ node, gss, period, depth }: { node: CascadeNode; gss: string; period: string; depth: number }) {
  return (
    <li>
      <div className="cascade__row">
        <div className="cascade__main">
          <span className="cascade__level">{LEVEL[node.level]}</span>{' '}
          <Link className="cascade__name" href={routePath(gss, 'scrutiny', node.id, { period: period === DEFAULT_PERIOD ? null : period })}>
            {node.name}
          </Link>
          <div className="cascade__meta">
            {node.rollup.objectives} objective{node.rollup.objectives === 1 ? '' : 's'} · {node.rollup.targets} target
            {node.rollup.targets === 1 ? '' : 's'}
          </div>
          <div className="cascade__perf">
            <PerformanceBadge p={node.performanceStatus} />
          </div>
        </div>
      </div>
      {depth < 1 && (node.children ?? []).length > 0 && (
        <ul>
          {(node.children ?? []).map((c) => (
            <PriorityLink key={c.id} node={c} gss={gss} period={period} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function PriorityScrutiny({
  gss,
  councilId,
  node,
  index,
  period,
}: {
  gss: string;
  councilId: string;
  node: CascadeNode;
  index: ReturnType<typeof flattenCascade>;
  period: string;
}) {
  const path = pathTo(index, node.id).map((id) => index.byId.get(id)!);
  const objectives = objectivesUnder(node);
  const indicators = indicatorsUnder(node);
  const ids = indicators.map((i) => i.indicatorId);
  const range = { from: `${Number(period.slice(0, 4)) - 1}-${period.slice(2, 4)}`, to: period };
  const series = useQuery(PriorityIndicatorsQuery, { variables: { ids, gss, ...range }, skip: ids.length === 0 });
  const linked = useMemo(() => newestLinkedTargets(node), [node]);
  // Which service each linked target is for (the cascade's targets name the target only).
  const targets = useQuery(CouncilTargetsQuery, { variables: { councilId } });
  const serviceOf = (t: { id: string } | null | undefined) =>
    t ? (targets.data?.targets.find((x) => x.id === t.id)?.service ?? null) : null;
  const qp = period === DEFAULT_PERIOD ? null : period;
  return (
    <Page labelledBy="sp-title">
      <Breadcrumbs
        items={[
          { label: 'Scrutiny', href: routePath(gss, 'scrutiny', null, { period: qp }) },
          ...path.map((p) => ({ label: p.name, ...(p.id === node.id ? {} : { href: routePath(gss, 'scrutiny', p.id, { period: qp }) }) })),
        ]}
      />
      <div className="page__head">
        <div>
          <h1 id="sp-title">{node.name}</h1>
          <p className="lead">
            {LEVEL[node.level]} priority, {period} · {node.owner ? `owned by ${node.owner.name}` : '⚠ no owner'}
          </p>
        </div>
        <div className="page__tools">
          <StatusTag status={node.status} />
          <Link className="button" href={routePath(gss, 'priorities', node.id, { period: qp })}>
            Show in the cascade
          </Link>
        </div>
      </div>
      <div className="card">
        <PerformanceExplained p={node.performanceStatus} gss={gss} headingId="sp-performance" />
      </div>
      {(node.children ?? []).length > 0 && (
        <div className="card">
          <h2>Priorities under it ({(node.children ?? []).length})</h2>
          <ul className="cascade">
            {(node.children ?? []).map((c) => (
              <PriorityLink key={c.id} node={c} gss={gss} period={period} depth={1} />
            ))}
          </ul>
        </div>
      )}
      <div className="card">
        <h2>Objectives delivering it ({objectives.length})</h2>
        {objectives.length === 0 ? (
          <p className="warning-text">⚠ No service-plan objective delivers this priority.</p>
        ) : (
          <TableScroll label="Objectives delivering it">
            <table className="table">
              <thead>
                <tr>
                  <th>Objective</th>
                  <th>Service</th>
                  <th>Milestones</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {objectives.map((o) => (
                  <tr key={o.id}>
                    <td>{o.name}</td>
                    <td>{o.service.name}</td>
                    <td>
                      {o.rollup.milestones.complete} done, {o.rollup.milestones.overdue} overdue of {o.rollup.milestones.total}
                    </td>
                    <td>
                      <Rag value={o.rollup.status} text={ROLLUP_TEXT[ragOf(o.rollup.status)]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
      <div className="card">
        <h2>Indicators measuring it ({indicators.length})</h2>
        {indicators.length === 0 ? (
          <p className="warning-text">⚠ No target measures this priority: add one to an objective.</p>
        ) : series.error || targets.error ? (
          <ErrorState
            title="The figures could not be loaded"
            error={series.error ?? targets.error!}
            onRetry={() => void series.refetch()}
            compact
          />
        ) : (
          <TableScroll label="Indicators measuring it">
            <table className="table">
              <thead>
                <tr>
                  <th>Indicator</th>
                  <th>Rated against</th>
                  <th className="num">Latest</th>
                  <th>Against target</th>
                  <th title="The latest figure against the one before it">Direction of travel</th>
                  <th>Rank</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((i) => (
                  <IndicatorRow
                    key={i.indicatorId}
                    gss={gss}
                    priorityId={node.id}
                    name={i.indicatorName}
                    indicatorId={i.indicatorId}
                    range={range}
                    target={linked.get(i.indicatorId) ?? null}
                    service={serviceOf(linked.get(i.indicatorId))}
                    batch={series}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </Page>
  );
}
