import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { SchemeQuery as Data } from '../../graphql/graphql.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ConfirmButton } from '../priorities/forms.js';
import { RevokeDelegationMutation, SchemeQuery } from './delegation.queries.js';
import { BodyForm, DelegateForm, PowerForm } from './forms.js';
import { SchemeCsv } from './SchemeCsv.js';
import { SchemeHistory } from './SchemeHistory.js';
import './delegation.css';

type Council = NonNullable<Data['council']>;
type DelegationRow = Council['delegations']['nodes'][number];

const money = (n: number | null) => (n === null ? 'no limit' : `£${n.toLocaleString('en-GB')}`);
const SCOPE: Record<string, string> = { COUNCIL: 'the whole council', DIRECTORATE: 'a directorate', SERVICE: 'a service' };

/**
 * The council's scheme of delegation: its decision bodies, their powers and the delegations in force,
 * changed in place by those `viewerCan` allows (a new body or power, delegating a power, passing a
 * delegation on, revoking one after confirming); the server's refusals are shown on their fields.
 */
export function DelegationPage({ gss }: { gss: string }) {
  return <WithCouncil gss={gss}>{(council) => <Scheme gss={gss} councilId={council.id} />}</WithCouncil>;
}

function Scheme({ gss, councilId }: { gss: string; councilId: string }) {
  const q = useQuery(SchemeQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string | null>(null);
  const [writes, setWrites] = useState(0);
  const [revoke] = useMutation(RevokeDelegationMutation);
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
      <section className="card" aria-labelledby="sod-bodies">
        <h2 id="sod-bodies">Decision bodies</h2>
        <ul>
          {council.decisionBodies.map((b) => (
            <li key={b.id}>
              {b.name} <span className="small muted">({b.kind.replace('_', ' ').toLowerCase()})</span>
            </li>
          ))}
        </ul>
        {can.createDecisionBody && open !== 'body' && (
          <button type="button" className="button" onClick={() => setOpen('body')}>
            New decision body
          </button>
        )}
        {open === 'body' && <BodyForm councilId={councilId} onSaved={done} onCancel={cancel} />}
      </section>
      <section className="card" aria-labelledby="sod-powers">
        <h2 id="sod-powers">Powers</h2>
        {can.createDecisionPower && open !== 'power' && (
          <p>
            <button type="button" className="button button--primary" onClick={() => setOpen('power')}>
              New power
            </button>
          </p>
        )}
        {open === 'power' && <PowerForm councilId={councilId} bodies={council.decisionBodies} onSaved={done} onCancel={cancel} />}
        <ul className="sod-list" aria-label="Powers">
          {council.decisionPowers.map((p) => (
            <li key={p.id} aria-label={p.name}>
              <strong>{p.name}</strong>{' '}
              <span className="small">
                held by {p.sourceBody.name}, {money(p.financialLimit)}
              </span>
              {p.viewerCan.delegate && (
                <button type="button" className="button" aria-expanded={open === p.id} onClick={() => toggle(p.id)}>
                  Delegate “{p.name}”
                </button>
              )}
              {open === p.id && <DelegateForm councilId={councilId} power={p} onSaved={done} onCancel={cancel} />}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="sod-delegations">
        <h2 id="sod-delegations">Delegations in force</h2>
        <ul className="sod-list" aria-label="Delegations">
          {council.delegations.nodes.map((d) => (
            <li key={d.id} aria-label={`${d.power.name} to ${holder(d)}`}>
              <strong>{d.power.name}</strong>{' '}
              <span>to {d.toPerson ? <Link href={routePath(gss, 'thread', d.toPerson.id)}>{d.toPerson.name}</Link> : holder(d)}</span>{' '}
              <span className="small">
                from {d.fromBody?.name ?? d.fromPerson?.name ?? 'its holder'}, over {SCOPE[d.scopeKind] ?? d.scopeKind},{' '}
                {money(d.financialLimit)}
                {d.maySubDelegate ? ', may pass it on' : ''}
              </span>
              {(d.viewerCan.subDelegate || d.viewerCan.revoke) && (
                <div className="actions">
                  {d.viewerCan.subDelegate && (
                    <button type="button" className="button" aria-expanded={open === d.id} onClick={() => toggle(d.id)}>
                      Pass on
                    </button>
                  )}
                  {d.viewerCan.revoke && (
                    <ConfirmButton
                      label="Revoke"
                      question={`Revoke “${d.power.name}” held by ${holder(d)}? Every delegation passed on from it is revoked too.`}
                      confirmLabel="Yes, revoke it"
                      onConfirm={async () => {
                        await revoke({ variables: { input: { id: d.id, version: d.version } } });
                        await done();
                      }}
                    />
                  )}
                </div>
              )}
              {open === d.id && <DelegateForm councilId={councilId} parent={d} onSaved={done} onCancel={cancel} />}
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
