import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { navigate } from '../../app/router.js';
import { CreateRiskMutation, UpdateRiskMutation } from './risks.queries.js';
import { type Choice, Feedback, FormPanel, SelectField, TextField, textOrNull, useSubmit } from './forms.js';
import { governancePath } from './paths.js';
import { useGovernance, usePeopleOf } from './useGovernance.js';

const LEVELS: Choice[] = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
const STATUSES: Choice[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'TOLERATED', label: 'Tolerated' },
  { value: 'CLOSED', label: 'Closed' },
];

export interface RiskValues {
  id?: string;
  version?: number;
  reference: string;
  title: string;
  directorateId: string;
  cause: string;
  effect: string;
  controls: string;
  ownerId: string;
  inherentLikelihood: string;
  inherentImpact: string;
  residualLikelihood: string;
  residualImpact: string;
  reviewDue: string;
  status: string;
}

const EMPTY: RiskValues = {
  reference: '',
  title: '',
  directorateId: '',
  cause: '',
  effect: '',
  controls: '',
  ownerId: '',
  inherentLikelihood: '3',
  inherentImpact: '3',
  residualLikelihood: '2',
  residualImpact: '3',
  reviewDue: '',
  status: 'OPEN',
};

/** Adds a risk to a register, or (with `initial`) changes one; a change of scores is a new assessment. */
export function RiskForm({
  directorates,
  initial,
  onSaved,
}: {
  directorates: ReadonlyArray<{ id: string; name: string }>;
  initial?: RiskValues;
  onSaved?: () => void;
}) {
  const { gss, councilId } = useGovernance();
  const officers = usePeopleOf('OFFICER');
  const [v, setV] = useState<RiskValues>(initial ?? EMPTY);
  const [note, setNote] = useState('');
  const [create] = useMutation(CreateRiskMutation);
  const [update] = useMutation(UpdateRiskMutation);
  const set = (k: keyof RiskValues) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const common = {
    title: v.title.trim(),
    reference: v.reference.trim(),
    directorateId: v.directorateId || null,
    cause: textOrNull(v.cause),
    effect: textOrNull(v.effect),
    controls: textOrNull(v.controls),
    ownerId: v.ownerId || null,
    inherentLikelihood: Number(v.inherentLikelihood),
    inherentImpact: Number(v.inherentImpact),
    residualLikelihood: Number(v.residualLikelihood),
    residualImpact: Number(v.residualImpact),
    reviewDue: v.reviewDue || null,
    status: v.status as 'OPEN' | 'TOLERATED' | 'CLOSED',
    assessmentNote: textOrNull(note),
  };
  const [outcome, submit] = useSubmit(async () => {
    if (initial?.id) {
      await update({ variables: { input: { id: initial.id, version: initial.version ?? 0, ...common } } });
      onSaved?.();
      return `${common.reference} is saved.`;
    }
    const res = await create({ variables: { input: { councilId, ...common } } });
    const risk = res.data?.createRisk.risk;
    onSaved?.();
    setV(EMPTY);
    setNote('');
    if (risk) navigate(governancePath(gss, 'risks', risk.id));
    return `${risk?.reference ?? 'The risk'} is in the register.`;
  });
  const officerChoices = officers.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name }));
  return (
    <FormPanel title={initial ? 'Change this risk' : 'Add a risk'}>
      <form aria-label={initial ? 'Change the risk' : 'Add a risk'} onSubmit={(e) => void submit(e)} className="gov-form">
        <div className="gov-form__row">
          <TextField
            label="Reference"
            name="reference"
            value={v.reference}
            onChange={set('reference')}
            outcome={outcome}
            hint="e.g. CR-07"
            required
          />
          <SelectField
            label="Register"
            name="directorateId"
            value={v.directorateId}
            onChange={set('directorateId')}
            empty="Corporate"
            choices={directorates.map((d) => ({ value: d.id, label: d.name }))}
            outcome={outcome}
          />
        </div>
        <TextField label="Title" name="title" value={v.title} onChange={set('title')} outcome={outcome} required />
        <TextField label="Cause" name="cause" value={v.cause} onChange={set('cause')} outcome={outcome} multiline />
        <TextField label="Effect" name="effect" value={v.effect} onChange={set('effect')} outcome={outcome} multiline />
        <TextField label="Controls in place" name="controls" value={v.controls} onChange={set('controls')} outcome={outcome} multiline />
        <SelectField
          label="Owner"
          name="ownerId"
          value={v.ownerId}
          onChange={set('ownerId')}
          empty="Nobody yet"
          choices={officerChoices}
          outcome={outcome}
        />
        <fieldset className="gov-form__scores">
          <legend>Scores (1 to 5)</legend>
          <SelectField
            label="Inherent likelihood"
            name="inherentLikelihood"
            value={v.inherentLikelihood}
            onChange={set('inherentLikelihood')}
            choices={LEVELS}
            outcome={outcome}
          />
          <SelectField
            label="Inherent impact"
            name="inherentImpact"
            value={v.inherentImpact}
            onChange={set('inherentImpact')}
            choices={LEVELS}
            outcome={outcome}
          />
          <SelectField
            label="Residual likelihood"
            name="residualLikelihood"
            value={v.residualLikelihood}
            onChange={set('residualLikelihood')}
            choices={LEVELS}
            outcome={outcome}
          />
          <SelectField
            label="Residual impact"
            name="residualImpact"
            value={v.residualImpact}
            onChange={set('residualImpact')}
            choices={LEVELS}
            outcome={outcome}
          />
        </fieldset>
        <div className="gov-form__row">
          <TextField label="Review due" name="reviewDue" type="date" value={v.reviewDue} onChange={set('reviewDue')} outcome={outcome} />
          <SelectField label="Status" name="status" value={v.status} onChange={set('status')} choices={STATUSES} outcome={outcome} />
        </div>
        <TextField
          label="Note on the assessment"
          name="assessmentNote"
          value={note}
          onChange={setNote}
          outcome={outcome}
          hint="Kept in the score history."
        />
        <Feedback outcome={outcome} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={outcome.busy}>
            {initial ? 'Save the risk' : 'Add the risk'}
          </button>
        </div>
      </form>
    </FormPanel>
  );
}
