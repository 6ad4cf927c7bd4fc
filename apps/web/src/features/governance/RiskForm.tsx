import { useApolloClient, useMutation } from '@apollo/client/react';
import { navigate } from '../../app/router.js';
import { type ConflictField, ConflictNotice, ConflictPanel, useVersionConflict } from '../../ui/conflict.js';
import { CreateRiskMutation, RiskQuery, UpdateRiskMutation } from './risks.queries.js';
import { type Choice, DateField, GovForm, PersonPicker, Row, SelectField, TextField, textOrNull, useForm } from './forms.js';
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

/** A stored risk as the form's values. */
export function riskValues(risk: {
  id: string;
  version: number;
  reference: string;
  title: string;
  directorate?: { id: string } | null;
  cause?: string | null;
  effect?: string | null;
  controls?: string | null;
  owner?: { id: string } | null;
  inherentLikelihood: number;
  inherentImpact: number;
  residualLikelihood: number;
  residualImpact: number;
  reviewDue?: string | null;
  status: string;
}): RiskValues {
  return {
    id: risk.id,
    version: risk.version,
    reference: risk.reference,
    title: risk.title,
    directorateId: risk.directorate?.id ?? '',
    cause: risk.cause ?? '',
    effect: risk.effect ?? '',
    controls: risk.controls ?? '',
    ownerId: risk.owner?.id ?? '',
    inherentLikelihood: String(risk.inherentLikelihood),
    inherentImpact: String(risk.inherentImpact),
    residualLikelihood: String(risk.residualLikelihood),
    residualImpact: String(risk.residualImpact),
    reviewDue: risk.reviewDue ?? '',
    status: risk.status,
  };
}

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
  const client = useApolloClient();
  const people = usePeopleOf('OFFICER');
  const label = (choices: readonly Choice[], none: string) => (v: string) => choices.find((c) => c.value === v)?.label ?? none;
  const fields: ConflictField<RiskValues>[] = [
    { key: 'reference', label: 'Reference' },
    { key: 'directorateId', label: 'Register', show: (v) => directorates.find((d) => d.id === v)?.name ?? 'Corporate' },
    { key: 'title', label: 'Title' },
    { key: 'cause', label: 'Cause' },
    { key: 'effect', label: 'Effect' },
    { key: 'controls', label: 'Controls in place' },
    {
      key: 'ownerId',
      label: 'Owner',
      show: label(
        people.map((p) => ({ value: p.id, label: p.name })),
        'Nobody yet',
      ),
    },
    { key: 'inherentLikelihood', label: 'Inherent likelihood' },
    { key: 'inherentImpact', label: 'Inherent impact' },
    { key: 'residualLikelihood', label: 'Residual likelihood' },
    { key: 'residualImpact', label: 'Residual impact' },
    { key: 'reviewDue', label: 'Review due' },
    { key: 'status', label: 'Status', show: label(STATUSES, '(empty)') },
  ];
  // The risk as stored now, read past the cache so the form keeps my values while I choose.
  const stored = async (fetchPolicy: 'no-cache' | 'network-only') => {
    const res = await client.query({ query: RiskQuery, variables: { id: initial!.id! }, fetchPolicy });
    const node = res.data?.node;
    return node?.__typename === 'Risk' ? { version: node.version, values: riskValues(node) } : null;
  };
  const c = useVersionConflict<RiskValues>(fields, () => stored('no-cache'));
  const start = (): Required<RiskValues> => ({ id: '', version: 0, assessmentNote: '', ...(initial ?? EMPTY) });
  const f = useForm<Required<RiskValues>>(
    start,
    async (v) => {
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
        const version = c.version(initial.version ?? 0);
        await c.guard(start(), v, () => update({ variables: { input: { id: initial.id!, version, ...common } } }));
        onSaved?.();
        return `${common.reference} is saved.`;
      }
      const res = await create({ variables: { input: { councilId, ...common } } });
      const risk = res.data?.createRisk.risk;
      onSaved?.();
      f.setV(() => ({ id: '', version: 0, assessmentNote: '', ...EMPTY }));
      if (risk) navigate(governancePath(gss, 'risks', risk.id));
      return `${risk?.reference ?? 'The risk'} is in the register.`;
    },
    initial?.version,
  );
  const keepMine = () => {
    c.keepMine();
    void f.submit();
  };
  const takeTheirs = () => {
    const theirs = c.takeTheirs();
    f.reset();
    f.setV((old) => ({ ...old, ...theirs, assessmentNote: '' }));
    // Reload the record, so the page and the version the form sends are the stored ones.
    void stored('network-only').catch(() => null);
  };
  const level = (k: 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact', label: string) => (
    <SelectField label={label} {...f.field(k)} choices={LEVELS} />
  );
  return (
    <GovForm
      panel={initial ? 'Change this risk' : 'Add a risk'}
      label={initial ? 'Change the risk' : 'Add a risk'}
      form={{ outcome: c.outcome(f.outcome), submit: f.submit }}
      submit={initial ? 'Save the risk' : 'Add the risk'}
      primary
    >
      {c.conflict && (
        <ConflictPanel conflict={c.conflict} what="this risk" onKeepMine={keepMine} onTakeTheirs={takeTheirs} busy={f.outcome.busy} />
      )}
      {c.notice && !c.conflict && <ConflictNotice key={c.notice} text={c.notice} />}
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
