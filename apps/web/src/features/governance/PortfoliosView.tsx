import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { DEFAULT_PERIOD } from '../../app/router.js';
import type { PortfolioCardFragment } from '../../graphql/graphql.js';
import { useStoredNodeOf } from '../../ui/conflict-form.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { day } from './format.js';
import { CheckList, type Choice, Feedback, FormPanel, TextField, textOrNull, useSubmit } from './forms.js';
import { rolesAbilities } from './roles.model.js';
import { CreatePortfolioMutation, DeletePortfolioMutation, PortfoliosQuery, UpdatePortfolioMutation } from './roles.queries.js';
import { RemoveStep } from './RemoveStep.js';
import { StoredGovernanceStepQuery } from './stored-steps.queries.js';
import { useGovernance, useLookups } from './useGovernance.js';

/** The cabinet's portfolios: holder, what each names and covers, the gaps; forms for administrators and the chief executive. */
export function PortfoliosView({ params }: { params: URLSearchParams }) {
  const { councilId, councilName, duties } = useGovernance();
  const can = rolesAbilities(duties, []);
  const period = /^\d{4}-\d{2}$/.test(params.get('period') ?? '') ? params.get('period')! : DEFAULT_PERIOD;
  const q = useQuery(PortfoliosQuery, { variables: { councilId, period, members: duties.member }, fetchPolicy: 'cache-and-network' });
  const portfolios = q.data?.council?.portfolios ?? [];
  const gaps = (q.data?.governanceFindings ?? []).filter((f) => f.code === 'PORTFOLIO_GAP');
  const priorities = (q.data?.council?.priorities ?? []).filter((p) => p.level === 'CORPORATE' || p.level === 'DIRECTORATE');
  return (
    <>
      <div className="page__head">
        <div>
          <h1 id="governance-title">Portfolios</h1>
          <p className="lead">
            {councilName}’s cabinet portfolios: who holds each, and the directorates, services and priorities its holder answers for.
          </p>
        </div>
      </div>
      {q.error && !q.data ? (
        <ErrorState title="The portfolios could not be loaded" error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading label="Loading the portfolios…" />
      ) : (
        <>
          {duties.member && (
            <section className={`card gov-gaps${gaps.length ? ' has-gaps' : ''}`} aria-labelledby="gaps-title">
              <h2 id="gaps-title">
                Gaps in {period} <span className="muted">({gaps.length})</span>
              </h2>
              {gaps.length === 0 ? (
                <p>Every directorate and every corporate priority of {period} is in a portfolio.</p>
              ) : (
                <ul className="gov-gaps__list">
                  {gaps.map((g) => (
                    <li key={g.message}>
                      {g.message} <span className="small muted">{g.fix}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          {can.manageRoles && <PortfolioForm priorities={priorities} onSaved={() => void q.refetch()} />}
          <p role="status" className="muted">
            {portfolios.length} portfolio{portfolios.length === 1 ? '' : 's'}
          </p>
          <ul className="gov-portfolios" aria-label="Portfolios">
            {portfolios.map((p) => (
              <PortfolioCard key={p.id} portfolio={p} manage={can.manageRoles} priorities={priorities} onSaved={() => void q.refetch()} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Names({ label, items, none }: { label: string; items: ReadonlyArray<{ id: string; name: string }>; none: string }) {
  return (
    <div className="gov-portfolio__names">
      <dt>{label}</dt>
      <dd>{items.length === 0 ? <span className="muted">{none}</span> : items.map((i) => i.name).join(', ')}</dd>
    </div>
  );
}

function PortfolioCard({
  portfolio: p,
  manage,
  priorities,
  onSaved,
}: {
  portfolio: PortfolioCardFragment;
  manage: boolean;
  priorities: ReadonlyArray<{ id: string; name: string }>;
  onSaved: () => void;
}) {
  const c = p.coverage;
  const headingId = `portfolio-${p.id}`;
  return (
    <li className="card gov-portfolio" aria-labelledby={headingId}>
      <h2 id={headingId}>{p.name}</h2>
      {p.description && <p className="small">{p.description}</p>}
      <p>
        <strong>Held by</strong>{' '}
        {p.holders.length === 0 ? (
          <span className="tag tag--warn">No holder</span>
        ) : (
          p.holders.map((h, i) => (
            <span key={h.id}>
              {i > 0 && ', '}
              {h.person.name}
              {h.startsOn && <span className="small muted"> (since {day(h.startsOn)})</span>}
            </span>
          ))
        )}
      </p>
      <dl className="gov-portfolio__lists">
        <Names label="Directorates" items={p.directorates} none="None named" />
        <Names label="Other services" items={p.services} none="None named" />
        <Names label="Priorities" items={p.priorities} none="None named" />
      </dl>
      <p className="small">
        Covers {c.directorates.length} directorate{c.directorates.length === 1 ? '' : 's'}, {c.services.length} service
        {c.services.length === 1 ? '' : 's'} and teams, {c.priorities.length} priorit{c.priorities.length === 1 ? 'y' : 'ies'}.
      </p>
      {c.services.length + c.priorities.length > 0 && (
        <details className="gov-portfolio__coverage">
          <summary>Everything {p.name} covers</summary>
          <dl className="gov-portfolio__lists">
            <Names label="Services and teams" items={c.services} none="None" />
            <Names label="Priorities" items={c.priorities} none="None" />
          </dl>
        </details>
      )}
      {manage && (
        <>
          <PortfolioForm portfolio={p} priorities={priorities} onSaved={onSaved} />
          <DeletePortfolio portfolio={p} onDeleted={onSaved} />
        </>
      )}
    </li>
  );
}

interface PortfolioValues {
  name: string;
  description: string;
  directorateIds: string[];
  serviceIds: string[];
  priorityIds: string[];
}

/** Adds a portfolio or (with `portfolio`) renames it and replaces what it names. */
function PortfolioForm({
  portfolio,
  priorities,
  onSaved,
}: {
  portfolio?: PortfolioCardFragment;
  priorities: ReadonlyArray<{ id: string; name: string }>;
  onSaved: () => void;
}) {
  const { councilId } = useGovernance();
  const lookups = useLookups();
  const initial: PortfolioValues = {
    name: portfolio?.name ?? '',
    description: portfolio?.description ?? '',
    directorateIds: portfolio?.directorates.map((d) => d.id) ?? [],
    serviceIds: portfolio?.services.map((s) => s.id) ?? [],
    priorityIds: portfolio?.priorities.map((x) => x.id) ?? [],
  };
  const [v, setV] = useState<PortfolioValues>(initial);
  const [create] = useMutation(CreatePortfolioMutation);
  const [update] = useMutation(UpdatePortfolioMutation);
  const set =
    <K extends keyof PortfolioValues>(k: K) =>
    (value: PortfolioValues[K]) =>
      setV((old) => ({ ...old, [k]: value }));
  const [outcome, submit] = useSubmit(async () => {
    const common = {
      name: v.name.trim(),
      description: textOrNull(v.description),
      directorateIds: v.directorateIds,
      serviceIds: v.serviceIds,
      priorityIds: v.priorityIds,
    };
    if (portfolio) {
      await update({ variables: { input: { id: portfolio.id, version: portfolio.version, ...common } } });
      onSaved();
      return `${common.name} is saved.`;
    }
    await create({ variables: { input: { councilId, ...common } } });
    onSaved();
    setV(initial);
    return `${common.name} is a portfolio now.`;
  });
  // Named priorities of another year stay offered, so saving never drops them unseen.
  const priorityChoices: Choice[] = [
    ...priorities.map((x) => ({ value: x.id, label: x.name })),
    ...(portfolio?.priorities ?? []).filter((x) => !priorities.some((y) => y.id === x.id)).map((x) => ({ value: x.id, label: x.name })),
  ];
  const label = portfolio ? `Change the portfolio ${portfolio.name}` : 'Add a portfolio';
  return (
    <FormPanel title={portfolio ? 'Change this portfolio' : 'Add a portfolio'}>
      <form aria-label={label} onSubmit={(e) => void submit(e)} className="gov-form">
        <TextField label="Name" name="name" value={v.name} onChange={set('name')} outcome={outcome} required />
        <TextField label="Description" name="description" value={v.description} onChange={set('description')} outcome={outcome} multiline />
        <CheckList
          legend="Directorates (each with all its services)"
          name="directorateIds"
          values={v.directorateIds}
          onChange={set('directorateIds')}
          choices={lookups.directorates.map((d) => ({ value: d.id, label: d.name }))}
          outcome={outcome}
        />
        <CheckList
          legend="Services beyond those directorates"
          name="serviceIds"
          values={v.serviceIds}
          onChange={set('serviceIds')}
          choices={lookups.services.map((s) => ({ value: s.id, label: `${s.name} (${s.directorate})` }))}
          outcome={outcome}
        />
        <CheckList
          legend="Priorities"
          name="priorityIds"
          values={v.priorityIds}
          onChange={set('priorityIds')}
          choices={priorityChoices}
          outcome={outcome}
        />
        <Feedback outcome={outcome} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={outcome.busy}>
            {portfolio ? 'Save the portfolio' : 'Add the portfolio'}
          </button>
        </div>
      </form>
    </FormPanel>
  );
}

/** A portfolio as the conflict panel of a stale delete compares it (what it names, by name). */
const names = (items: ReadonlyArray<{ name: string }>) => items.map((i) => i.name).join(', ');
const portfolioValues = (p: {
  name: string;
  description?: string | null;
  directorates: ReadonlyArray<{ name: string }>;
  services: ReadonlyArray<{ name: string }>;
  priorities: ReadonlyArray<{ name: string }>;
}) => ({
  name: p.name,
  description: p.description ?? '',
  directorates: names(p.directorates),
  services: names(p.services),
  priorities: names(p.priorities),
});
const none = (v: string) => v || 'None named';
const PORTFOLIO_FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'directorates', label: 'Directorates', show: none },
  { key: 'services', label: 'Other services', show: none },
  { key: 'priorities', label: 'Priorities', show: none },
] as const;

/**
 * Deleting asks once more, at the version read: a stale one is answered with their change and do it anyway / cancel.
 * The server refuses (CONFLICT) while a role, current or ended, names the portfolio.
 */
function DeletePortfolio({ portfolio: p, onDeleted }: { portfolio: PortfolioCardFragment; onDeleted: () => void }) {
  const [remove] = useMutation(DeletePortfolioMutation);
  const read = useStoredNodeOf(StoredGovernanceStepQuery, p.id, 'Portfolio', portfolioValues);
  return (
    <RemoveStep
      className="gov-delete"
      label="Delete this portfolio"
      question={`Delete the portfolio ${p.name}? A portfolio a councillor’s role names (now or before) stays on record.`}
      confirmLabel={`Yes, delete ${p.name}`}
      versioned={{ what: p.name, fields: PORTFOLIO_FIELDS, base: portfolioValues(p), version: p.version, load: read }}
      onConfirm={async (version) => {
        await remove({ variables: { id: p.id, version } });
        onDeleted();
      }}
    />
  );
}
