/**
 * The council's targets of an indicator on its page (issue 16): each with its year, service, value and tolerance and
 * the priorities it measures; set a new one or change one (value, tolerance, year, service), link it to a priority of its
 * year or unlink it, and delete it, each offered only where the server would allow it (`viewerCanSetTargets`,
 * the target's `viewerCan`, the priority's `viewerCan.update`).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/index.js';
import type { IndicatorTargetsQuery as Data } from '../../graphql/graphql.js';
import { SelectField } from '../../ui/forms.js';
import { TargetForm } from '../measurements/TargetForm.js';
import { DEFAULT_PERIOD } from '../../app/router.js';
import { ConfirmButton, InPlaceForm } from '../priorities/forms.js';
import { DeleteTargetMutation, LinkTargetMutation, UnlinkTargetMutation } from '../priorities/queries.js';
import { TARGET_FIELDS, targetValues, useStoredRecord } from '../priorities/stored.js';

const IndicatorTargetsQuery = graphql(`
  query IndicatorTargets($councilId: ID!, $indicatorId: ID!) {
    targets(councilId: $councilId, indicatorId: $indicatorId) {
      id
      period
      value
      tolerance
      version
      service {
        id
        name
      }
      viewerCan {
        update
        delete
      }
      priorities {
        id
        name
        viewerCan {
          update
        }
      }
    }
    indicator(id: $indicatorId) {
      id
      viewerCanSetTargets(councilId: $councilId)
    }
  }
`);

const LinkChoicesQuery = graphql(`
  query TargetLinkChoices($councilId: ID!, $period: String!) {
    node(id: $councilId) {
      ... on Council {
        __typename
        id
        priorities(period: $period) {
          id
          name
          isNonPriority
          viewerCan {
            update
          }
        }
      }
    }
  }
`);

type Target = Data['targets'][number];

export function IndicatorTargets({ councilId, indicator }: { councilId: string; indicator: { id: string; title: string } }) {
  const q = useQuery(IndicatorTargetsQuery, { variables: { councilId, indicatorId: indicator.id } });
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const changed = async (words: string) => {
    setDone(words);
    await q.refetch();
  };
  const targets = [...(q.data?.targets ?? [])].sort((a, b) => b.period.localeCompare(a.period));
  const mayAdd = q.data?.indicator?.viewerCanSetTargets ?? false;
  return (
    <section className="card" aria-labelledby="indicator-targets">
      <h2 id="indicator-targets">Targets</h2>
      {done && (
        <p className="form-ok" role="status">
          ✓ {done}
        </p>
      )}
      {q.data && targets.length === 0 && <p className="muted">No target of this indicator is set in the council.</p>}
      <ul className="target-list">
        {targets.map((t) => (
          <TargetRow key={t.id} t={t} councilId={councilId} indicator={indicator} onChanged={changed} />
        ))}
      </ul>
      {mayAdd && !adding && (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Set a target
        </button>
      )}
      {adding && (
        <TargetForm
          councilId={councilId}
          title={`A new target of “${indicator.title}”`}
          submitLabel="Set the target"
          initial={{ indicatorId: indicator.id, value: '', tolerance: '', period: DEFAULT_PERIOD, serviceId: '' }}
          indicators={null}
          indicatorName={indicator.title}
          onCancel={() => setAdding(false)}
          onSaved={async (words) => {
            setAdding(false);
            await changed(words);
          }}
        />
      )}
    </section>
  );
}

function TargetRow({
  t,
  councilId,
  indicator,
  onChanged,
}: {
  t: Target;
  councilId: string;
  indicator: { id: string; title: string };
  onChanged: (words: string) => Promise<void>;
}) {
  const [open, setOpen] = useState<null | 'edit' | 'link'>(null);
  // The priorities of its year the viewer may change, not linked yet (one query per year, shared by its targets).
  const q = useQuery(LinkChoicesQuery, { variables: { councilId, period: t.period } });
  const linked = new Set(t.priorities.map((p) => p.id));
  const all = q.data?.node?.__typename === 'Council' ? q.data.node.priorities : [];
  const choices = all.filter((p) => !p.isNonPriority && p.viewerCan.update && !linked.has(p.id));
  const [unlink] = useMutation(UnlinkTargetMutation);
  const [remove] = useMutation(DeleteTargetMutation);
  const load = useStoredRecord('Target', t.id, targetValues);
  const where = t.service?.name ?? 'the council as a whole';
  const what = `${t.period} for ${where}: ${t.value}`;
  return (
    <li aria-label={`Target ${what}`}>
      <strong>{t.period}</strong> · {where} · {t.value}
      {t.tolerance != null ? ` (± ${t.tolerance})` : ''}
      {t.priorities.length > 0 && (
        <ul className="small">
          {t.priorities.map((p) => (
            <li key={p.id}>
              Measures “{p.name}”{' '}
              {p.viewerCan.update && (
                <ConfirmButton
                  label="Unlink"
                  ariaLabel={`Unlink “${p.name}” from the target ${what}`}
                  question={`Unlink the target ${what} from “${p.name}”? The target stays; it no longer measures this priority.`}
                  confirmLabel="Yes, unlink it"
                  versioned={{ what: 'this target', fields: TARGET_FIELDS, base: targetValues(t), version: t.version, load }}
                  onConfirm={async (version) => {
                    await unlink({ variables: { input: { targetId: t.id, priorityId: p.id }, version } });
                    await onChanged(`The target ${what} no longer measures “${p.name}”.`);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="actions">
        {t.viewerCan.update && (
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Change the target ${what}`}
            onClick={() => setOpen(open === 'edit' ? null : 'edit')}
          >
            Change
          </button>
        )}
        {choices.length > 0 && (
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Link to a priority: the target ${what}`}
            onClick={() => setOpen(open === 'link' ? null : 'link')}
          >
            Link to a priority
          </button>
        )}
        {t.viewerCan.delete && (
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete the target ${what}`}
            question={`Delete the target ${what}? It goes from every objective and priority it measures, and cannot be undone.`}
            confirmLabel="Yes, delete it"
            versioned={{ what: 'this target', fields: TARGET_FIELDS, base: targetValues(t), version: t.version, load }}
            onConfirm={async (version) => {
              await remove({ variables: { id: t.id, version } });
              await onChanged(`The target ${what} is deleted.`);
            }}
          />
        )}
      </p>
      {open === 'edit' && (
        <TargetForm
          councilId={councilId}
          title={`Change the target ${what}`}
          submitLabel="Save the target"
          initial={{
            indicatorId: indicator.id,
            value: String(t.value),
            tolerance: t.tolerance == null ? '' : String(t.tolerance),
            period: t.period,
            serviceId: t.service?.id ?? '',
          }}
          indicators={null}
          indicatorName={indicator.title}
          version={t.version}
          targetId={t.id}
          onCancel={() => setOpen(null)}
          onSaved={async (words) => {
            setOpen(null);
            await onChanged(words);
          }}
        />
      )}
      {open === 'link' && <LinkForm t={t} what={what} choices={choices} onCancel={() => setOpen(null)} onChanged={onChanged} />}
    </li>
  );
}

/** One of the priorities given linked to the target, asked first. */
function LinkForm({
  t,
  what,
  choices,
  onCancel,
  onChanged,
}: {
  t: Target;
  what: string;
  choices: ReadonlyArray<{ id: string; name: string }>;
  onCancel: () => void;
  onChanged: (words: string) => Promise<void>;
}) {
  const [link] = useMutation(LinkTargetMutation);
  const [chosen, setChosen] = useState('');
  const name = choices.find((p) => p.id === chosen)?.name ?? 'the priority';
  return (
    <InPlaceForm
      title={`Link the target ${what} to a priority`}
      submitLabel="Link it"
      confirm={{ question: `Link the target ${what} to “${name}”, so it measures it?`, yes: 'Yes, link it' }}
      fields={['priorityId']}
      onCancel={onCancel}
      onSubmit={async () => {
        await link({ variables: { input: { targetId: t.id, priorityId: chosen } } });
        onCancel();
        await onChanged(`The target ${what} now measures “${name}”.`);
      }}
    >
      {(f) => (
        <SelectField
          label={`Priority of ${t.period}`}
          name="priorityId"
          value={chosen}
          onChange={setChosen}
          choices={choices.map((p) => ({ value: p.id, label: p.name }))}
          empty="Choose a priority"
          outcome={f ?? undefined}
          required
        />
      )}
    </InPlaceForm>
  );
}
