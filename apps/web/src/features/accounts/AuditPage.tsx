import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { AuditEventsQuery as AuditEventsData } from '../../graphql/graphql.js';
import { Link } from '../../app/Link.js';
import { navigate, routePath } from '../../app/router.js';
import { SelectField, TextField } from '../../ui/forms.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { actionVerb, fieldChanges, fieldLabel, recordName, typeLabel } from './audit.js';
import './accounts.css';
import { when } from './parts.js';
import { AccountsQuery, AuditEventsQuery, AuditRecordTypesQuery } from './queries.js';

const PAGE = 25;
type Filters = { type: string; record: string; person: string; from: string; to: string };
const KEYS = ['type', 'record', 'person', 'from', 'to'] as const;

/** The council's audit trail (administrators): who changed which record, when, and what changed; filtered and paged. */
export function AuditPage({ gss, params }: { gss: string; params: URLSearchParams }) {
  const filters = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const set = (next: Partial<Filters>) => navigate(routePath(gss, 'audit', null, { ...filters, ...next }), { replace: true });
  return <WithCouncil gss={gss}>{(c) => <Audit gss={gss} councilId={c.id} filters={filters} set={set} />}</WithCouncil>;
}

function Audit({ gss, councilId, filters, set }: { gss: string; councilId: string; filters: Filters; set: (f: Partial<Filters>) => void }) {
  const [cursor, setCursor] = useState<{ after?: string; before?: string }>({});
  const filterKey = KEYS.map((k) => filters[k]).join('|');
  const [pagedFor, setPagedFor] = useState(filterKey);
  if (pagedFor !== filterKey) {
    setPagedFor(filterKey);
    setCursor({});
  }
  const types = useQuery(AuditRecordTypesQuery, { variables: { councilId } });
  const people = useQuery(AccountsQuery, { variables: { councilId } });
  const q = useQuery(AuditEventsQuery, {
    variables: {
      councilId,
      entityType: filters.type || null,
      entityId: filters.record || null,
      actorPersonId: filters.person || null,
      from: filters.from || null,
      to: filters.to || null,
      ...(cursor.before ? { last: PAGE, before: cursor.before } : { first: PAGE, after: cursor.after ?? null }),
    },
    fetchPolicy: 'cache-and-network',
  });
  const conn = q.data?.auditEvents;
  const personChoices = (people.data?.accounts.nodes ?? [])
    .map((a) => ({ value: a.person.id, label: a.person.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const typeChoices = (types.data?.auditRecordTypes ?? []).map((t) => ({ value: t, label: typeLabel(t) }));
  const refusal = q.error && !q.data ? q.error : null;

  return (
    <Page labelledBy="audit-title">
      <div className="page__head">
        <div>
          <h1 id="audit-title">Audit trail</h1>
          <p className="lead">
            Every change to the council’s records, newest first: who made it, when, and what it changed.
            <br />
            The trail cannot be changed or deleted. <Link href={routePath(gss, 'admin')}>Back to administration</Link>
          </p>
        </div>
      </div>
      <form className="card audit-filters" aria-label="Filter the audit trail" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Kind of record"
          name="entityType"
          value={filters.type}
          onChange={(type) => set({ type, record: '' })}
          choices={typeChoices}
          empty="Every kind"
        />
        <SelectField
          label="Changed by"
          name="actorPersonId"
          value={filters.person}
          onChange={(person) => set({ person })}
          choices={personChoices}
          empty="Anyone"
        />
        <TextField label="From (day)" name="from" type="date" value={filters.from} onChange={(from) => set({ from })} />
        <TextField label="To (day)" name="to" type="date" value={filters.to} onChange={(to) => set({ to })} />
        {filters.record && (
          <p>
            Showing one record only.{' '}
            <button type="button" className="button" onClick={() => set({ record: '' })}>
              Show every record
            </button>
          </p>
        )}
      </form>
      <section className="card" aria-labelledby="audit-list-title" aria-busy={q.loading}>
        <h2 id="audit-list-title">Changes{conn && <span className="muted"> ({conn.totalCount})</span>}</h2>
        {refusal ? (
          <ErrorState title="The audit trail could not be loaded" error={refusal} onRetry={() => void q.refetch()} compact />
        ) : !conn ? (
          <Loading label="Loading the audit trail…" compact />
        ) : conn.nodes.length === 0 ? (
          <p className="muted">No changes match these filters.</p>
        ) : (
          <ol className="audit-list" aria-label="Changes">
            {conn.nodes.map((e) => (
              <AuditEntry key={e.id} event={e} onRecord={() => set({ record: e.entityId, type: '' })} />
            ))}
          </ol>
        )}
        {conn && (conn.pageInfo.hasPreviousPage || conn.pageInfo.hasNextPage) && (
          <nav className="actions" aria-label="Pages of the audit trail">
            <button
              type="button"
              className="button"
              disabled={!conn.pageInfo.hasPreviousPage}
              onClick={() => setCursor({ before: conn.pageInfo.startCursor ?? undefined })}
            >
              Newer changes
            </button>
            <button
              type="button"
              className="button"
              disabled={!conn.pageInfo.hasNextPage}
              onClick={() => setCursor({ after: conn.pageInfo.endCursor ?? undefined })}
            >
              Older changes
            </button>
          </nav>
        )}
      </section>
    </Page>
  );
}

type Event = AuditEventsData['auditEvents']['nodes'][number];

function AuditEntry({ event: e, onRecord }: { event: Event; onRecord: () => void }) {
  const before = e.before as Record<string, unknown> | null;
  const after = e.after as Record<string, unknown> | null;
  const name = recordName(before, after);
  const record = `${typeLabel(e.entityType)}${name ? ` “${name}”` : ''}`;
  const who = e.actor?.name ?? (e.actorKind === 'system' ? `the command line (${e.actorLabel})` : e.actorLabel);
  const changes = fieldChanges(before, after);
  return (
    <li className="audit-entry" aria-label={`${who} ${actionVerb(e.action)} the ${record}`}>
      <p>
        <strong>{who}</strong> {actionVerb(e.action)} the {record} <span className="muted">· {when(e.at)}</span>
        {e.operation && <span className="small muted"> · {e.operation}</span>}{' '}
        <button type="button" className="button button--quiet" onClick={onRecord} aria-label={`This record’s changes: the ${record}`}>
          This record’s changes
        </button>
      </p>
      {changes.length > 0 && (
        <dl className="audit-changes">
          {changes.map((c) => (
            <div key={c.field}>
              <dt>{fieldLabel(c.field)}</dt>
              <dd>
                {e.action === 'UPDATE' ? (
                  <>
                    <del>{c.before ?? '(none)'}</del> → <ins>{c.after ?? '(none)'}</ins>
                  </>
                ) : (
                  (c.after ?? c.before)
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
