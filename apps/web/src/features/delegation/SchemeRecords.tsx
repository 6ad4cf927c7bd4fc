import { useMutation } from '@apollo/client/react';
import type { SchemeQuery as Data } from '../../graphql/graphql.js';
import { ConfirmButton } from '../priorities/forms.js';
import { DeleteDecisionBodyMutation, DeleteDecisionPowerMutation } from './delegation.queries.js';
import { BodyForm, DelegateForm, PowerForm } from './forms.js';

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
  const [remove] = useMutation(DeleteDecisionBodyMutation);
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
                  <ConfirmButton
                    label="Delete"
                    ariaLabel={`Delete ${b.name}`}
                    question={`Delete the decision body ${b.name}? This cannot be undone.`}
                    confirmLabel="Yes, delete it"
                    onConfirm={async () => {
                      await remove({ variables: { id: b.id, version: b.version } });
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
  const [remove] = useMutation(DeleteDecisionPowerMutation);
  const { open, toggle, done, cancel } = forms;
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
                  <ConfirmButton
                    label="Delete"
                    ariaLabel={`Delete “${p.name}”`}
                    question={`Delete the power “${p.name}”? This cannot be undone.`}
                    confirmLabel="Yes, delete it"
                    onConfirm={async () => {
                      await remove({ variables: { id: p.id, version: p.version } });
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
