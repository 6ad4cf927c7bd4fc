import { useMutation } from '@apollo/client/react';
import type { SchemeQuery as Data } from '../../graphql/graphql.js';
import { ConfirmButton, type VersionedStep } from '../priorities/forms.js';
import { DeleteDecisionBodyMutation, DeleteDecisionPowerMutation } from './delegation.queries.js';
import { BODY_FIELDS, BodyForm, DelegateForm, PowerForm, powerFields, powerValues, storedBody, storedPower, useStored } from './forms.js';

type Council = NonNullable<Data['council']>;

export const money = (n: number | null) => (n === null ? 'no limit' : `£${n.toLocaleString('en-GB')}`);

/** Which form of the page is open (a key such as `body`, `edit:<id>`, or a power's or delegation's id), and how to open one. */
export interface OpenForm {
  open: string | null;
  toggle: (key: string) => void;
  done: () => Promise<void>;
  cancel: () => void;
}

/** The council's decision bodies: each renamed or deleted (after confirming) by those `viewerCan` allows, and a new one added. */
export function DecisionBodies({ council, forms }: { council: Council; forms: OpenForm }) {
  const [removeBody] = useMutation(DeleteDecisionBodyMutation);
  const { open, toggle, done, cancel } = forms;
  return (
    <section className="card" aria-labelledby="sod-bodies">
      <h2 id="sod-bodies">Decision bodies</h2>
      <ul className="sod-list" aria-label="Decision bodies">
        {council.decisionBodies.map((b) => (
          <li key={b.id} aria-label={b.name}>
            {b.name} <span className="small muted">({b.kind.replace('_', ' ').toLowerCase()})</span>
            {(b.viewerCan.update || b.viewerCan.delete) && (
              <div className="actions">
                {b.viewerCan.update && (
                  <button type="button" className="button" aria-expanded={open === `edit:${b.id}`} onClick={() => toggle(`edit:${b.id}`)}>
                    Change <span className="visually-hidden">{b.name}</span>
                  </button>
                )}
                {b.viewerCan.delete && (
                  <DeleteRecord
                    id={b.id}
                    name={b.name}
                    question={`Delete the decision body ${b.name}? This cannot be undone.`}
                    versioned={{ what: b.name, fields: BODY_FIELDS, base: { name: b.name, kind: b.kind }, version: b.version }}
                    stored={storedBody}
                    remove={async (version) => {
                      await removeBody({ variables: { id: b.id, version } });
                      await done();
                    }}
                  />
                )}
              </div>
            )}
            {open === `edit:${b.id}` && <BodyForm councilId={council.id} initial={b} onSaved={done} onCancel={cancel} />}
          </li>
        ))}
      </ul>
      {council.delegationViewerCan.createDecisionBody && open !== 'body' && (
        <button type="button" className="button" onClick={() => toggle('body')}>
          New decision body
        </button>
      )}
      {open === 'body' && <BodyForm councilId={council.id} onSaved={done} onCancel={cancel} />}
    </section>
  );
}

/** The council's powers: each delegated, changed or deleted (after confirming) by those `viewerCan` allows, and a new one added. */
export function DecisionPowers({ council, forms }: { council: Council; forms: OpenForm }) {
  const [removePower] = useMutation(DeleteDecisionPowerMutation);
  const { open, toggle, done, cancel } = forms;
  const bodyName = (id: string) => council.decisionBodies.find((b) => b.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="sod-powers">
      <h2 id="sod-powers">Powers</h2>
      {council.delegationViewerCan.createDecisionPower && open !== 'power' && (
        <p>
          <button type="button" className="button button--primary" onClick={() => toggle('power')}>
            New power
          </button>
        </p>
      )}
      {open === 'power' && <PowerForm councilId={council.id} bodies={council.decisionBodies} onSaved={done} onCancel={cancel} />}
      <ul className="sod-list" aria-label="Powers">
        {council.decisionPowers.map((p) => (
          <li key={p.id} aria-label={p.name}>
            <strong>{p.name}</strong>{' '}
            <span className="small">
              held by {p.sourceBody.name}, {money(p.financialLimit)}
            </span>
            {(p.viewerCan.delegate || p.viewerCan.update || p.viewerCan.delete) && (
              <div className="actions">
                {p.viewerCan.delegate && (
                  <button type="button" className="button" aria-expanded={open === p.id} onClick={() => toggle(p.id)}>
                    Delegate “{p.name}”
                  </button>
                )}
                {p.viewerCan.update && (
                  <button type="button" className="button" aria-expanded={open === `edit:${p.id}`} onClick={() => toggle(`edit:${p.id}`)}>
                    Change <span className="visually-hidden">“{p.name}”</span>
                  </button>
                )}
                {p.viewerCan.delete && (
                  <DeleteRecord
                    id={p.id}
                    name={`“${p.name}”`}
                    question={`Delete the power “${p.name}”? This cannot be undone.`}
                    versioned={{ what: `“${p.name}”`, fields: powerFields(bodyName), base: powerValues(p, ''), version: p.version }}
                    stored={storedPower}
                    remove={async (version) => {
                      await removePower({ variables: { id: p.id, version } });
                      await done();
                    }}
                  />
                )}
              </div>
            )}
            {open === p.id && <DelegateForm councilId={council.id} power={p} onSaved={done} onCancel={cancel} />}
            {open === `edit:${p.id}` && (
              <PowerForm councilId={council.id} bodies={council.decisionBodies} initial={p} onSaved={done} onCancel={cancel} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Deletes a body or power after confirming, at the version the page read: a stale one is answered with their change
 * and do it anyway / cancel (ConfirmButton's `versioned`, the record read as stored by `stored`).
 */
function DeleteRecord<V>({
  id,
  name,
  question,
  versioned,
  stored,
  remove,
}: {
  id: string;
  name: string;
  question: string;
  versioned: Omit<VersionedStep<V>, 'load'>;
  stored: (node: Record<string, unknown>) => V;
  remove: (version: number) => Promise<void>;
}) {
  const load = useStored(id, stored);
  return (
    <ConfirmButton
      label="Delete"
      ariaLabel={`Delete ${name}`}
      question={question}
      confirmLabel="Yes, delete it"
      versioned={{ ...versioned, load }}
      onConfirm={remove}
    />
  );
}
