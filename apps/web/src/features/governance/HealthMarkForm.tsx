import { useMutation } from '@apollo/client/react';
import { GovForm, Row, SelectField, ServicePicker, TextField, textOrNull, useForm } from './forms.js';
import { MarkHealthInterfaceMutation } from './health.queries.js';
import { IndicatorPicker } from './pickers.js';
import { useGovernance } from './useGovernance.js';

const WHAT = [
  { value: 'service', label: 'A service' },
  { value: 'indicator', label: 'An indicator' },
];

/** Marks a service or an indicator (one at a time) as at the interface with health, with the partner body where known. */
export function HealthMarkForm({ partners, onSaved }: { partners: ReadonlyArray<{ id: string; name: string }>; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const [mark] = useMutation(MarkHealthInterfaceMutation);
  const empty = { what: 'service', serviceId: '', indicatorId: '', partnerBodyId: '', note: '' };
  const f = useForm(empty, async (v) => {
    const subject = v.what === 'service' ? { serviceId: v.serviceId || null } : { indicatorId: v.indicatorId || null };
    await mark({ variables: { input: { councilId, ...subject, partnerBodyId: v.partnerBodyId || null, note: textOrNull(v.note) } } });
    f.setV(() => empty);
    onSaved();
    return 'It is marked as at the health interface.';
  });
  return (
    <GovForm panel="Mark a service or indicator" label="Mark at the health interface" form={f} submit="Mark it">
      <SelectField label="What is at the interface" {...f.field('what', 'what')} choices={WHAT} />
      {f.v.what === 'service' ? (
        <ServicePicker label="Service" {...f.field('serviceId')} empty="Choose a service" />
      ) : (
        <IndicatorPicker label="Indicator" {...f.field('indicatorId')} empty="Choose an indicator" />
      )}
      <Row>
        <SelectField
          label="With the partner body"
          {...f.field('partnerBodyId')}
          empty="None named"
          choices={partners.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField label="Note" {...f.field('note')} hint="e.g. discharge to assess, winter pressures" />
      </Row>
    </GovForm>
  );
}
