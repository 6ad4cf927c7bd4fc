import { useApolloClient, useMutation } from '@apollo/client/react';
import { type ConflictField, ConflictNotice, ConflictPanel, useVersionConflict } from '../../ui/conflict.js';
import { GovForm, numberOrNull, PeopleChecks, PersonPicker, TextField, textOrNull, useForm } from './forms.js';
import { ReviewScopeQuery, UpdateReviewMutation } from './reviews.queries.js';
import { usePeopleOf } from './useGovernance.js';

/** What the scope form shows and changes. */
export interface ReviewScope {
  id: string;
  version: number;
  title: string;
  scope: string;
  leadOfficer?: { id: string } | null;
  panel: ReadonlyArray<{ id: string }>;
  annualSpend?: number | null;
  unitCost?: number | null;
  comparatorUnitCost?: number | null;
  efficiencyNote?: string | null;
}

/** The form's values of a review (the panel's ids sorted, so that two readings of one panel compare equal). */
export interface ScopeValues {
  title: string;
  scope: string;
  leadOfficerId: string;
  panelIds: string[];
  annualSpend: string;
  unitCost: string;
  comparatorUnitCost: string;
  efficiencyNote: string;
}

const figure = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const FIGURES = ['annualSpend', 'unitCost', 'comparatorUnitCost'] as const;

export const scopeValues = (r: ReviewScope): ScopeValues => ({
  title: r.title,
  scope: r.scope,
  leadOfficerId: r.leadOfficer?.id ?? '',
  panelIds: r.panel.map((p) => p.id).sort(),
  annualSpend: figure(r.annualSpend),
  unitCost: figure(r.unitCost),
  comparatorUnitCost: figure(r.comparatorUnitCost),
  efficiencyNote: r.efficiencyNote ?? '',
});

/** The input of an update: the fields that differ from `was`, or every field (`all`: keeping mine over their change). */
function changedInput(v: ScopeValues, was: ScopeValues, all: boolean) {
  const differs = <K extends keyof ScopeValues>(k: K, same: (a: ScopeValues[K], b: ScopeValues[K]) => boolean) =>
    all || !same(v[k], was[k]);
  const input: Record<string, unknown> = {};
  if (differs('title', (a, b) => a === b)) input.title = v.title.trim();
  if (differs('scope', (a, b) => a === b)) input.scope = v.scope.trim();
  if (differs('leadOfficerId', (a, b) => a === b)) input.leadOfficerId = v.leadOfficerId || null;
  if (differs('panelIds', sameSet)) input.panelIds = v.panelIds;
  for (const k of FIGURES) if (differs(k, (a, b) => numberOrNull(a) === numberOrNull(b))) input[k] = numberOrNull(v[k]);
  if (differs('efficiencyNote', (a, b) => a === b)) input.efficiencyNote = textOrNull(v.efficiencyNote);
  return input;
}

/**
 * Changes a review's title, scope, lead officer, panel (the whole panel) and efficiency evidence; sends
 * only what changed. Not offered once the review is closed (the server refuses any change then). A save
 * over someone else's change shows what they changed and offers keep mine (every field of the form sent
 * with the stored version) or take theirs, as the risk form does.
 */
export function ReviewScopeEdit({ review: r, onSaved }: { review: ReviewScope; onSaved: () => void }) {
  const [update] = useMutation(UpdateReviewMutation);
  const client = useApolloClient();
  const officers = usePeopleOf('OFFICER');
  const councillors = usePeopleOf('COUNCILLOR');
  const nameOf = (people: ReadonlyArray<{ id: string; name: string }>, none: string) => (v: string) =>
    v
      .split(',')
      .filter(Boolean)
      .map((id) => people.find((p) => p.id === id)?.name ?? id)
      .join(', ') || none;
  const fields: ConflictField<ScopeValues>[] = [
    { key: 'title', label: 'Title' },
    { key: 'scope', label: 'Scope' },
    { key: 'leadOfficerId', label: 'Lead officer', show: nameOf(officers, 'Nobody yet') },
    { key: 'panelIds', label: 'Panel (councillors)', show: nameOf(councillors, 'Nobody') },
    { key: 'annualSpend', label: 'Annual spend' },
    { key: 'unitCost', label: 'Unit cost' },
    { key: 'comparatorUnitCost', label: 'Comparators’ unit cost' },
    { key: 'efficiencyNote', label: 'Note on the evidence' },
  ];
  // The review as stored now, read past the cache so the form keeps my values while I choose.
  const stored = async (fetchPolicy: 'no-cache' | 'network-only') => {
    const res = await client.query({ query: ReviewScopeQuery, variables: { id: r.id }, fetchPolicy });
    const node = res.data?.node;
    return node?.__typename === 'BestValueReview' ? { version: node.version, values: scopeValues({ ...node, id: r.id }) } : null;
  };
  const c = useVersionConflict<ScopeValues>(fields, () => stored('no-cache'));
  const f = useForm(
    () => scopeValues(r),
    async (v) => {
      const was = scopeValues(r);
      const version = c.version(r.version);
      const input = changedInput(v, was, version !== r.version);
      if (Object.keys(input).length === 0) return 'Nothing has changed.';
      await c.guard(was, v, () => update({ variables: { input: { id: r.id, version, ...input } } }));
      onSaved();
      return 'The scope, panel and evidence are saved.';
    },
    r.version,
  );
  const keepMine = () => {
    c.keepMine();
    void f.submit();
  };
  const takeTheirs = () => {
    const theirs = c.takeTheirs();
    f.reset();
    f.setV(() => theirs);
    // Reload the record, so the page and the version the form sends are the stored ones.
    void stored('network-only').catch(() => null);
  };
  return (
    <GovForm
      panel="Change the scope, panel or efficiency evidence"
      label="Change the scope, panel or efficiency evidence"
      form={{ outcome: c.outcome(f.outcome), submit: f.submit }}
      submit="Save the review"
    >
      {c.conflict && (
        <ConflictPanel conflict={c.conflict} what="this review" onKeepMine={keepMine} onTakeTheirs={takeTheirs} busy={f.outcome.busy} />
      )}
      {c.notice && !c.conflict && <ConflictNotice key={c.notice} text={c.notice} />}
      <TextField label="Title" {...f.field('title')} required />
      <TextField label="Scope" {...f.field('scope')} multiline required hint="What the review asks of the service." />
      <PersonPicker label="Lead officer" {...f.field('leadOfficerId')} withTitle />
      <PeopleChecks
        legend="Panel (councillors)"
        name="panelIds"
        values={f.v.panelIds}
        onChange={(ids) => f.set('panelIds')([...ids].sort())}
        outcome={f.outcome}
      />
      <fieldset className="gov-form__scores">
        <legend>Evidence of efficiency (£, where known)</legend>
        <TextField label="Annual spend" {...f.field('annualSpend')} type="number" step="any" />
        <TextField label="Unit cost" {...f.field('unitCost')} type="number" step="any" />
        <TextField label="Comparators’ unit cost" {...f.field('comparatorUnitCost')} type="number" step="any" />
      </fieldset>
      <TextField label="Note on the evidence" {...f.field('efficiencyNote')} multiline hint="What the unit is; which comparators." />
    </GovForm>
  );
}
