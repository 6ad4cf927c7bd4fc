import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { SchemeQuery as Data } from '../../graphql/graphql.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { SchemeQuery } from './delegation.queries.js';
import { RevokeButton } from './RevokeButton.js';
import { useViewer } from '../../auth/viewer.js';
import { AsAtField, longDate, today } from './AsAtField.js';
import { DelegateForm } from './forms.js';
import { useScopeNames } from './ScopeField.js';
import { DecisionBodies, DecisionPowers, money } from './SchemeRecords.js';
import { SchemeCsv } from './SchemeCsv.js';
import { SchemeHistory } from './SchemeHistory.js';
import './delegation.css';

type Council = NonNullable<Data['council']>;
type DelegationRow = Council['delegations']['nodes'][number];

const SCOPE: Record<string, string> = { DIRECTORATE: 'a directorate', SERVICE: 'a service' };

/**
 * The council's scheme of delegation: its decision bodies, their powers and the delegations in force,
 * changed in place by those `viewerCan` allows (a body or power added, changed or deleted after
 * confirming; delegating a power over the council, a directorate or a service; passing a delegation
 * on; revoking one after confirming); the server's refusals are shown on their fields, a stale version
 * with keep mine / take theirs. The council's own people may read the scheme as at a past day.
 */
export function DelegationPage({ gss }: { gss: string }) {
  return <WithCouncil gss={gss}>{(council) => <Scheme gss={gss} councilId={council.id} />}</WithCouncil>;
}

function Scheme({ gss, councilId }: { gss: string; councilId: string }) {
  const viewer = useViewer();
  const [asOf, setAsOf] = useState('');
  const past = asOf !== '' && asOf !== today();
  const q = useQuery(SchemeQuery, { variables: { councilId, asOf: asOf || null }, fetchPolicy: 'cache-and-network' });
  const scopes = useScopeNames(councilId);
  const [open, setOpen] = useState<string | null>(null);
  const [writes, setWrites] = useState(0);
  if (q.error) return <ErrorState title="The scheme of delegation could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data?.council) return <Loading label="Loading the scheme of delegation…" />;
  const council = q.data.council;
  const can = council.delegationViewerCan;
  const done = async () => {
    setOpen(null);
    setWrites((n) => n + 1);
    await q.refetch();
  };
  const cancel = () => setOpen(null);
  const toggle = (key: string) => setOpen(open === key ? null : key);
  const forms = { open, toggle, done, cancel };
  return (
    <Page labelledBy="sod-title">
      <div className="page__head">
        <div>
          <h1 id="sod-title">Scheme of delegation</h1>
          <p className="lead">
            Who may decide what in {council.name}: its decision bodies, their powers, and the people they are delegated to.
          </p>
        </div>
      </div>
      <DecisionBodies council={council} forms={forms} />
      <DecisionPowers council={council} forms={forms} />
      <section className="card" aria-labelledby="sod-delegations">
        <h2 id="sod-delegations">{past ? `Delegations in force on ${longDate(asOf)}` : 'Delegations in force'}</h2>
        {viewer.memberOf(gss) && <AsAtField value={asOf} onChange={setAsOf} />}
        {past && council.delegations.nodes.length === 0 && <p className="muted">No delegation was in force on that day.</p>}
        <ul className="sod-list" aria-label="Delegations">
          {council.delegations.nodes.map((d) => (
            <li key={d.id} aria-label={`${d.power.name} to ${holder(d)}`}>
              <strong>{d.power.name}</strong>{' '}
              <span>to {d.toPerson ? <Link href={routePath(gss, 'thread', d.toPerson.id)}>{d.toPerson.name}</Link> : holder(d)}</span>{' '}
              <span className="small">
                from {d.fromBody?.name ?? d.fromPerson?.name ?? 'its holder'}, over{' '}
                {d.scopeKind === 'COUNCIL' ? 'the whole council' : (scopes.get(d.scopeId) ?? SCOPE[d.scopeKind] ?? d.scopeKind)},{' '}
                {money(d.financialLimit)}
                {d.maySubDelegate ? ', may pass it on' : ''}
                {past && d.revokedOn ? ` (revoked on ${longDate(d.revokedOn)})` : ''}
              </span>
              {!past && (d.viewerCan.subDelegate || d.viewerCan.revoke) && (
                <div className="actions">
                  {d.viewerCan.subDelegate && (
                    <button type="button" className="button" aria-expanded={open === d.id} onClick={() => toggle(d.id)}>
                      Pass on
                    </button>
                  )}
                  {d.viewerCan.revoke && (
                    <RevokeButton
                      delegation={d}
                      question={`Revoke “${d.power.name}” held by ${holder(d)}? Every delegation passed on from it is revoked too.`}
                      onDone={done}
                    />
                  )}
                </div>
              )}
              {open === d.id && !past && <DelegateForm councilId={councilId} parent={d} onSaved={done} onCancel={cancel} />}
            </li>
          ))}
        </ul>
      </section>
      <SchemeHistory key={writes} councilId={councilId} />
      <SchemeCsv councilId={councilId} canImport={can.importScheme} onApplied={done} />
    </Page>
  );
}

const holder = (d: DelegationRow) => d.toPerson?.name ?? d.holderPost ?? 'an officer';
