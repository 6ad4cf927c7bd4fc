import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { graphql } from '../../graphql/index.js';
import { FINDING_TITLE } from '../explorer/rows.js';
import { councilView, type CouncilViewProps, Page } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { FindingFix, useFixTargets } from './FindingFix.js';
import {
  codeCounts,
  filterFindings,
  findingKeys,
  fixOf,
  nodeHref,
  normaliseSeverity,
  primaryNode,
  SEVERITIES,
  type AnyFinding,
} from './findings.js';

const AllFindingsQuery = graphql(`
  query AllFindings($councilId: ID!, $period: String!) {
    # The year's exceptions include its monthly and quarterly indicators', each at its latest period.
    missingInYear: missingCommentary(councilId: $councilId, period: $period) {
      ...MissingCommentaryFinding
    }
    accountabilityFindings(councilId: $councilId) {
      code
      severity
      message
      fix
      nodes {
        id
        type
        name
      }
      suggestedPerson {
        id
        type
        name
      }
    }
    governanceFindings(councilId: $councilId, period: $period) {
      code
      severity
      message
      fix
      nodes {
        id
        type
        name
      }
    }
    dataOwnerUpdates(councilId: $councilId, to: $period) {
      assignedOwners
      neverUpdating
      share
      periods
      findings {
        code
        severity
        message
        fix
        nodes {
          id
          type
          name
        }
      }
    }
    goldenThread(councilId: $councilId, period: $period) {
      findings {
        code
        severity
        message
        fix
        nodes {
          id
          type
          name
        }
      }
    }
  }
`);

graphql(`
  fragment MissingCommentaryFinding on PerformanceFinding {
    code
    severity
    message
    fix
    period
    indicator {
      id
      title
    }
  }
`);

/** The council's figure for data owners who never update (DATA_OWNER_NEVER_UPDATED, docs/methods/health-check.md). */
function ownerShareWords(u: { assignedOwners: number; neverUpdating: number; share?: number | null; periods: number }): string {
  if (!u.assignedOwners) return 'Data owners: none had a figure due yet.';
  const pct = Math.round((u.share ?? 0) * 100);
  const last = `in their last ${u.periods} periods due`;
  return `Data owners: ${u.neverUpdating} of ${u.assignedOwners} (${pct}%) entered or validated no figure ${last}.`;
}

/** The last month of a financial year (2024-25 -> 2025-03): the monthly figures' latest exceptions. */

const GT_TITLE: Record<string, string> = {
  ORPHAN_OBJECTIVE: 'Objective delivering no priority',
  ORPHAN_APPRAISAL_OBJECTIVE: 'Appraisal objective not linked',
  UNDELIVERED_PRIORITY: 'Priority no objective delivers',
  UNMEASURED_PRIORITY: 'Priority without a target',
  UNRESOURCED: 'Priority without resources',
  ORPHAN_PRIORITY: 'Priority with no parent',
  PARENT_LEVEL_MISMATCH: 'Parent at the wrong level',
  NOT_ENGAGED: 'Priority without consultation',
  NOT_COMMUNICATED: 'Priority not communicated',
  TOO_MANY_PRIORITIES: 'Too many priorities',
  BROKEN_PARENT: 'Broken parent link',
};
const SOURCE_WORDS: Record<AnyFinding['source'], string> = {
  accountability: 'Accountability',
  'golden-thread': 'Golden thread',
  governance: 'Governance',
  performance: 'Performance',
};
export const titleOf = (code: string) =>
  FINDING_TITLE[code] ??
  GT_TITLE[code] ??
  code
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

function Findings({ gss, councilId, councilName, params }: CouncilViewProps) {
  const period = params.get('period') ?? DEFAULT_PERIOD;
  const source = params.get('source');
  const code = params.get('code');
  const severity = params.get('severity');
  const filter = { source, code, severity };
  const { data, loading, error, refetch } = useQuery(AllFindingsQuery, {
    variables: { councilId, period },
  });
  const all = useMemo<AnyFinding[]>(
    () =>
      data
        ? [
            ...data.accountabilityFindings.map((f) => ({
              ...f,
              source: 'accountability' as const,
              severity: normaliseSeverity(f.severity),
            })),
            ...data.goldenThread.findings.map((f) => ({ ...f, source: 'golden-thread' as const, severity: normaliseSeverity(f.severity) })),
            ...data.governanceFindings.map((f) => ({ ...f, source: 'governance' as const, severity: normaliseSeverity(f.severity) })),
            ...data.missingInYear.map((f) => ({
              ...f,
              source: 'performance' as const,
              severity: normaliseSeverity(f.severity),
              nodes: [{ id: f.indicator.id, type: 'Indicator', name: f.indicator.title }],
            })),
            ...data.dataOwnerUpdates.findings.map((f) => ({
              ...f,
              source: 'performance' as const,
              severity: normaliseSeverity(f.severity),
            })),
          ]
        : [],
    [data],
  );
  const shown = useMemo(() => filterFindings(all, { source, code, severity }), [all, source, code, severity]);
  const plans = useMemo(() => shown.map(fixOf), [shown]);
  const keys = useMemo(() => findingKeys(shown), [shown]);
  const targets = useFixTargets(councilId, plans);
  // What the last fix did: the finding itself goes once the checks are asked again.
  const [fixed, setFixed] = useState<string | null>(null);
  const onFixed = (done: string) => {
    setFixed(done);
    void refetch();
  };
  const codes = useMemo(() => {
    const counts = codeCounts(source ? all.filter((f) => f.source === source) : all);
    // The kind chosen stays in the list once its last finding is fixed ("(0)").
    return code && !counts.some((c) => c.code === code) ? [...counts, { code, count: 0 }] : counts;
  }, [all, source, code]);
  const set = (changes: Record<string, string | null>) => {
    const next = {
      period: period === DEFAULT_PERIOD ? null : period,
      source: filter.source,
      code: filter.code,
      severity: filter.severity,
      ...changes,
    };
    navigate(routePath(gss, 'findings', null, next), { replace: true });
  };
  return (
    <Page labelledBy="findings-title">
      <div className="page__head">
        <div>
          <h1 id="findings-title">Findings</h1>
          <p className="lead">
            Every gap the checks find in {councilName}: who decides and who answers (the scheme of delegation), the golden thread of{' '}
            {period}, governance (risks, actions, reviews, complaints, scrutiny) and exceptions nobody has explained. Each names what it is
            about and how to fix it.
          </p>
        </div>
      </div>
      <form className="filters" aria-label="Filter the findings" onSubmit={(e) => e.preventDefault()}>
        <PeriodPicker value={period} onChange={(p) => set({ period: p === DEFAULT_PERIOD ? null : p })} label="Golden thread year" />
        <label htmlFor="f-source">
          Checks
          <select id="f-source" value={filter.source ?? ''} onChange={(e) => set({ source: e.target.value || null, code: null })}>
            <option value="">All</option>
            <option value="accountability">Accountability</option>
            <option value="golden-thread">Golden thread</option>
            <option value="governance">Governance</option>
            <option value="performance">Performance (commentary, data owners)</option>
          </select>
        </label>
        <label htmlFor="f-code">
          Kind of finding
          <select id="f-code" value={filter.code ?? ''} onChange={(e) => set({ code: e.target.value || null })}>
            <option value="">Every kind</option>
            {codes.map((c) => (
              <option key={c.code} value={c.code}>
                {titleOf(c.code)} ({c.count})
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="f-severity">
          At least
          <select id="f-severity" value={filter.severity ?? ''} onChange={(e) => set({ severity: e.target.value || null })}>
            <option value="">Any severity</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {(filter.code || filter.severity || filter.source) && (
          <button type="button" className="button button--quiet" onClick={() => set({ code: null, severity: null, source: null })}>
            Clear filters
          </button>
        )}
      </form>
      {error ? (
        <ErrorState title="The findings could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        loading && <Loading label="Running the checks…" />
      ) : (
        <>
          {fixed && (
            <p className="form-ok" role="status">
              ✓ {fixed} The findings are checked again.
            </p>
          )}
          <p className="muted" data-testid="data-owner-share">
            {ownerShareWords(data.dataOwnerUpdates)}
          </p>
          <p role="status" className="muted">
            {shown.length === all.length ? `${all.length} findings` : `${shown.length} of ${all.length} findings`}
          </p>
          {shown.length === 0 && <p>Nothing matches these filters.</p>}
          <ul className="finding-list" aria-label="Findings">
            {shown.map((f, i) => {
              const main = primaryNode(gss, f, period);
              const plan = plans[i];
              return (
                <li key={keys[i]} className={`finding-card finding-card--${f.severity === 'critical' ? 'high' : f.severity}`}>
                  <h3>
                    <span className={`sev sev--${f.severity === 'critical' ? 'high' : f.severity}`}>
                      {f.severity === 'info' ? 'ⓘ' : '⚠'} {f.severity}
                    </span>
                    {main ? <Link href={main.href}>{titleOf(f.code)}</Link> : titleOf(f.code)}
                    <span className="tag">{SOURCE_WORDS[f.source]}</span>
                  </h3>
                  <p>{f.message}</p>
                  <p className="small">
                    <strong>Fix:</strong> {f.fix}
                  </p>
                  {plan && (
                    <div className="finding-card__fix">
                      <FindingFix plan={plan} target={targets.get(plan.targetId)} councilId={councilId} onFixed={onFixed} />
                    </div>
                  )}
                  {f.nodes.length > 0 && (
                    <ul className="finding-card__nodes" aria-label="Involved">
                      {f.nodes.slice(0, 8).map((n, j) => {
                        const href = nodeHref(gss, n, period);
                        return (
                          <li key={j} className="tag">
                            {n.type.replace(/([a-z])([A-Z])/g, '$1 $2')}: {href ? <Link href={href}>{n.name}</Link> : n.name}
                          </li>
                        );
                      })}
                      {f.nodes.length > 8 && <li className="tag">and {f.nodes.length - 8} more</li>}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Page>
  );
}

export const FindingsPage = councilView(Findings);
