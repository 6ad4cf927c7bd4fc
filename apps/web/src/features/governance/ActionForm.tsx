import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CreateActionMutation } from './actions.queries.js';
import { ACTION_SOURCE, words } from './format.js';
import { Feedback, FormPanel, SelectField, TextField, textOrNull, useSubmit } from './forms.js';
import { useGovernance, useLookups, usePeopleOf } from './useGovernance.js';

type Source =
  | 'BEST_VALUE_RECOMMENDATION'
  | 'COMMENTARY'
  | 'COMPLAINT_LESSON'
  | 'EXCEPTION'
  | 'FINDING'
  | 'OTHER'
  | 'RISK_MITIGATION'
  | 'SCRUTINY_RECOMMENDATION';

/** What an action comes from, when the page already says it (a risk's mitigation, a recommendation). */
export interface FixedSource {
  source: Source;
  riskId?: string;
  complaintId?: string;
  bestValueRecommendationId?: string;
  scrutinyRecommendationId?: string;
}

/** Creates an action (OPEN): from the page's record (`fixed`), or of the kinds that need no reference. */
export function ActionForm({ fixed, onSaved, title = 'Add an action' }: { fixed?: FixedSource; onSaved?: () => void; title?: string }) {
  const { councilId, duties } = useGovernance();
  const officers = usePeopleOf('OFFICER');
  const { services } = useLookups();
  const [source, setSource] = useState<Source>(fixed?.source ?? 'OTHER');
  const [v, setV] = useState({ title: '', description: '', ownerId: duties.personId ?? '', due: '', serviceId: '' });
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [create] = useMutation(CreateActionMutation);
  const [outcome, submit] = useSubmit(async () => {
    const res = await create({
      variables: {
        input: {
          councilId,
          ...(fixed ?? { source }),
          title: v.title.trim(),
          description: textOrNull(v.description),
          ownerId: v.ownerId || null,
          due: v.due || null,
          ...(v.serviceId ? { serviceId: v.serviceId } : {}),
        },
      },
    });
    setV((old) => ({ ...old, title: '', description: '', due: '' }));
    onSaved?.();
    return `“${res.data?.createAction.action.title ?? 'The action'}” is added.`;
  });
  return (
    <FormPanel title={title}>
      <form aria-label={title} onSubmit={(e) => void submit(e)} className="gov-form">
        {!fixed && (
          <SelectField
            label="Comes from"
            name="source"
            value={source}
            onChange={(s) => setSource(s as Source)}
            choices={(['OTHER', 'COMMENTARY'] as const).map((s) => ({ value: s, label: words(s, ACTION_SOURCE) }))}
            outcome={outcome}
            hint="Actions from a risk, complaint or recommendation are added on that record's page."
          />
        )}
        <TextField label="What must be done" name="title" value={v.title} onChange={set('title')} outcome={outcome} required />
        <TextField label="Details" name="description" value={v.description} onChange={set('description')} outcome={outcome} multiline />
        <div className="gov-form__row">
          <SelectField
            label="Owner"
            name="ownerId"
            value={v.ownerId}
            onChange={set('ownerId')}
            empty="Nobody yet"
            choices={officers.map((p) => ({ value: p.id, label: p.name }))}
            outcome={outcome}
          />
          <TextField label="Due" name="due" type="date" value={v.due} onChange={set('due')} outcome={outcome} />
        </div>
        <SelectField
          label="Service"
          name="serviceId"
          value={v.serviceId}
          onChange={set('serviceId')}
          empty={fixed ? "The record's own service" : 'None'}
          choices={services.map((s) => ({ value: s.id, label: `${s.name} (${s.directorate})` }))}
          outcome={outcome}
        />
        <Feedback outcome={outcome} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={outcome.busy}>
            Add the action
          </button>
        </div>
      </form>
    </FormPanel>
  );
}
