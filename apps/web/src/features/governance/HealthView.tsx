import { useMutation, useQuery } from '@apollo/client/react';
import type { GovernanceHealthScrutinyQuery, PartnerBodyKind } from '../../graphql/graphql.js';
import { words } from './format.js';
import { ConflictAnswer, formAnswers, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { codeChoices, type Form, FormPanel, GovForm, Row, SelectField, TextField, textOrNull, useForm } from './forms.js';
import { Counted, ViewHead } from './Filters.js';
import { Loaded } from './Loaded.js';
import { HealthMarkForm } from './HealthMarkForm.js';
import {
  CreatePartnerBodyMutation,
  DeletePartnerBodyMutation,
  HealthScrutinyQuery,
  UnmarkHealthInterfaceMutation,
  UpdatePartnerBodyMutation,
} from './health.queries.js';
import { RemoveStep } from './RemoveStep.js';
import { StoredGovernanceStepQuery } from './stored-steps.queries.js';
import { useGovernance } from './useGovernance.js';

type Council = NonNullable<GovernanceHealthScrutinyQuery['council']>;
type Partner = Council['partnerBodies'][number];
export type Mark = Council['healthInterfaces'][number];

const KINDS: PartnerBodyKind[] = ['INTEGRATED_CARE_BOARD', 'NHS_TRUST', 'PROVIDER', 'VOLUNTARY_SECTOR', 'OTHER'];
export const KIND: Record<string, string> = { INTEGRATED_CARE_BOARD: 'Integrated care board', NHS_TRUST: 'NHS trust' };
const ODS_HINT = 'The NHS Organisation Data Service code, e.g. QJG; empty if it has none.';

/** "2A(2) Admissions to residential care", or the service's name. */
export const markedName = (m: Mark) =>
  m.service?.name ?? (m.indicator ? `${m.indicator.displayCode ?? m.indicator.code} ${m.indicator.title}` : 'Removed record');

/** Health scrutiny: the NHS bodies and other partners the council works with, and what is at the interface with health. */
export function HealthView() {
  const { councilId, councilName, can } = useGovernance();
  const q = useQuery(HealthScrutinyQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const refetch = () => void q.refetch();
  const partners = q.data?.council?.partnerBodies ?? [];
  const marks = q.data?.council?.healthInterfaces ?? [];
  return (
    <>
      <ViewHead title="Health scrutiny">
        The NHS bodies and other organisations {councilName} works with, and the services and indicators at the interface with health
        (hospital discharge, reablement, delayed transfers, admissions) that its scrutiny committees follow.
      </ViewHead>
      <Loaded q={q} failed="Health scrutiny could not be loaded" loading="Loading the partner bodies…">
        {() => (
          <div className="gov-stack">
            <Counted id="partners-title" title="Partner bodies" count={partners.length}>
              {partners.length === 0 && <p>No partner bodies on record.</p>}
              <ul className="gov-records" aria-label="Partner bodies">
                {partners.map((p) => (
                  <PartnerItem key={p.id} partner={p} marks={marks.filter((m) => m.partnerBody?.id === p.id)} onSaved={refetch} />
                ))}
              </ul>
              {can.recordHealth && <PartnerForm onSaved={refetch} />}
            </Counted>
            <Counted id="interface-title" title="At the health interface" count={marks.length}>
              {marks.length === 0 && <p>Nothing is marked as at the interface with health yet.</p>}
              <ul className="gov-records" aria-label="At the health interface">
                {marks.map((m) => (
                  <MarkItem key={m.id} mark={m} onSaved={refetch} />
                ))}
              </ul>
              {can.recordHealth && <HealthMarkForm partners={partners} onSaved={refetch} />}
            </Counted>
          </div>
        )}
      </Loaded>
    </>
  );
}

function PartnerItem({ partner: p, marks, onSaved }: { partner: Partner; marks: readonly Mark[]; onSaved: () => void }) {
  const { can } = useGovernance();
  const [remove] = useMutation(DeletePartnerBodyMutation);
  const read = useStoredPartner(p.id);
  return (
    <li className="gov-record">
      <h3>
        {p.name} <span className="tag">{words(p.kind, KIND)}</span>
      </h3>
      <p className="small">
        {p.odsCode ? `ODS code ${p.odsCode}` : 'No ODS code'}
        {marks.length > 0 && ` · at the interface: ${marks.map(markedName).join(', ')}`}
      </p>
      {p.scrutinyTopics.length > 0 && (
        <p className="small">
          Scrutiny topics: {p.scrutinyTopics.map((t) => `${t.title}${t.committee ? ` (${t.committee.name})` : ''}`).join('; ')}
        </p>
      )}
      {can.recordHealth && (
        <FormPanel title={`Change or remove ${p.name}`}>
          <PartnerEdit partner={p} onSaved={onSaved} />
          <RemoveStep
            label={`Remove ${p.name}`}
            versioned={{ what: p.name, fields: PARTNER_FIELDS, base: partnerValues(p), version: p.version, load: read }}
            onConfirm={async (version) => {
              await remove({ variables: { id: p.id, version } });
              onSaved();
            }}
          />
        </FormPanel>
      )}
    </li>
  );
}

function MarkItem({ mark: m, onSaved }: { mark: Mark; onSaved: () => void }) {
  const { can } = useGovernance();
  const [unmark] = useMutation(UnmarkHealthInterfaceMutation);
  const name = markedName(m);
  const read = useStoredNodeOf(StoredGovernanceStepQuery, m.id, 'HealthInterface', markValues);
  return (
    <li className="gov-record">
      <h3>
        {name} <span className="tag tag--health">{m.service ? 'Service' : 'Indicator'}</span>
      </h3>
      <p className="small">
        {m.partnerBody ? `With ${m.partnerBody.name}` : 'No partner body named'}
        {m.note && ` · ${m.note}`}
      </p>
      {can.recordHealth && (
        <RemoveStep
          label="No longer at the health interface"
          versioned={{ what: `the mark of ${name}`, fields: MARK_FIELDS, base: markValues(m), version: m.version, load: read }}
          onConfirm={async (version) => {
            await unmark({ variables: { id: m.id, version } });
            onSaved();
          }}
        />
      )}
    </li>
  );
}

interface PartnerValues {
  name: string;
  kind: string;
  odsCode: string;
}
/** A partner body as its form holds it, and as the conflict panel of a stale change or removal compares it. */
const partnerValues = (p: { name: string; kind: string; odsCode?: string | null }): PartnerValues => ({
  name: p.name,
  kind: p.kind,
  odsCode: p.odsCode ?? '',
});
const PARTNER_FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind', show: (v: string) => words(v, KIND) },
  { key: 'odsCode', label: 'ODS code' },
] as const;
const useStoredPartner = (id: string) => useStoredNodeOf(StoredGovernanceStepQuery, id, 'PartnerBody', partnerValues);

/** A mark as the conflict panel of a stale removal compares it (the partner body by name). */
const markValues = (m: { note?: string | null; partnerBody?: { name: string } | null }) => ({
  note: m.note ?? '',
  partnerBody: m.partnerBody?.name ?? '',
});
const MARK_FIELDS = [
  { key: 'partnerBody', label: 'With the partner body', show: (v: string) => v || 'None named' },
  { key: 'note', label: 'Note' },
] as const;

function PartnerFields({ f }: { f: Form<PartnerValues> }) {
  return (
    <>
      <TextField label="Name" {...f.field('name')} required />
      <Row>
        <SelectField label="Kind" {...f.field('kind')} choices={codeChoices(KINDS, KIND)} />
        <TextField label="ODS code" {...f.field('odsCode')} hint={ODS_HINT} />
      </Row>
    </>
  );
}

function PartnerForm({ onSaved }: { onSaved: () => void }) {
  const { councilId } = useGovernance();
  const [create] = useMutation(CreatePartnerBodyMutation);
  const f = useForm<PartnerValues>({ name: '', kind: 'NHS_TRUST', odsCode: '' }, async (v) => {
    const input = { councilId, name: v.name.trim(), kind: v.kind as PartnerBodyKind, odsCode: textOrNull(v.odsCode) };
    const res = await create({ variables: { input } });
    f.setV(() => ({ name: '', kind: 'NHS_TRUST', odsCode: '' }));
    onSaved();
    return `${res.data?.createPartnerBody.partnerBody.name ?? 'The partner body'} is recorded.`;
  });
  return (
    <GovForm panel="Add a partner body" label="Add a partner body" form={f} submit="Add the partner body">
      <PartnerFields f={f} />
    </GovForm>
  );
}

function PartnerEdit({ partner: p, onSaved }: { partner: Partner; onSaved: () => void }) {
  const [update] = useMutation(UpdatePartnerBodyMutation);
  const c = useConflictForm(PARTNER_FIELDS, useStoredPartner(p.id));
  const f = useForm<PartnerValues>(
    () => partnerValues(p),
    async (v) => {
      const input = {
        id: p.id,
        version: c.version(p.version),
        name: v.name.trim(),
        kind: v.kind as PartnerBodyKind,
        odsCode: v.odsCode.trim(),
      };
      await c.guard(partnerValues(p), v, () => update({ variables: { input } }));
      onSaved();
      return `${v.name.trim()} is saved.`;
    },
    p.version,
  );
  return (
    <GovForm label={`Change ${p.name}`} form={{ ...f, outcome: c.outcome(f.outcome) }} submit="Save the partner body">
      <ConflictAnswer c={c} what={p.name} busy={f.outcome.busy} {...formAnswers(f)} />
      <PartnerFields f={f} />
    </GovForm>
  );
}
