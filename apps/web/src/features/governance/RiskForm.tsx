import { useMutation } from '@apollo/client/react';
import { navigate } from '../../app/router.js';
import { CreateRiskMutation, UpdateRiskMutation } from './risks.queries.js';
import { type Choice, DateField, GovForm, PersonPicker, Row, SelectField, TextField, textOrNull, useForm } from './forms.js';
import { governancePath } from './paths.js';
import { useGovernance } from './useGovernance.js';

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
  /** Kept in the score history (not a field of the risk). */
  assessmentNote?: string;
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
  const [create] = useMutation(CreateRiskMutation);
  const [update] = useMutation(UpdateRiskMutation);
  const f = useForm<Required<RiskValues>>({ id: '', version: 0, assessmentNote: '', ...(initial ?? EMPTY) }, async (v) => {
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
      assessmentNote: textOrNull(v.assessmentNote),
    };
    if (initial?.id) {
      await update({ variables: { input: { id: initial.id, version: initial.version ?? 0, ...common } } });
      onSaved?.();
      return `${common.reference} is saved.`;
    }
    const res = await create({ variables: { input: { councilId, ...common } } });
    const risk = res.data?.createRisk.risk;
    onSaved?.();
    f.setV(() => ({ id: '', version: 0, assessmentNote: '', ...EMPTY }));
    if (risk) navigate(governancePath(gss, 'risks', risk.id));
    return `${risk?.reference ?? 'The risk'} is in the register.`;
  });
  const level = (k: 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact', label: string) => (
    <SelectField label={label} {...f.field(k)} choices={LEVELS} />
  );
  return (
    <GovForm
      panel={initial ? 'Change this risk' : 'Add a risk'}
      label={initial ? 'Change the risk' : 'Add a risk'}
      form={f}
      submit={initial ? 'Save the risk' : 'Add the risk'}
      primary
    >
      <Row>
        <TextField label="Reference" {...f.field('reference')} hint="e.g. CR-07" required />
        <SelectField
          label="Register"
          {...f.field('directorateId')}
          empty="Corporate"
          choices={directorates.map((d) => ({ value: d.id, label: d.name }))}
        />
      </Row>
      <TextField label="Title" {...f.field('title')} required />
      <TextField label="Cause" {...f.field('cause')} multiline />
      <TextField label="Effect" {...f.field('effect')} multiline />
      <TextField label="Controls in place" {...f.field('controls')} multiline />
      <PersonPicker label="Owner" {...f.field('ownerId')} withTitle />
      <fieldset className="gov-form__scores">
        <legend>Scores (1 to 5)</legend>
        {level('inherentLikelihood', 'Inherent likelihood')}
        {level('inherentImpact', 'Inherent impact')}
        {level('residualLikelihood', 'Residual likelihood')}
        {level('residualImpact', 'Residual impact')}
      </fieldset>
      <Row>
        <DateField label="Review due" {...f.field('reviewDue')} />
        <SelectField label="Status" {...f.field('status')} choices={STATUSES} />
      </Row>
      <TextField label="Note on the assessment" {...f.field('assessmentNote')} hint="Kept in the score history." />
    </GovForm>
  );
}
