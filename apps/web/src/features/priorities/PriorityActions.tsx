import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { AddChild } from './AddForms.js';
import { DeletePriority } from './DeletePriority.js';
import { ConfirmButton } from './forms.js';
import { CommunicationForm, EditDetailsForm, NonPriorityForm, OwnerForm } from './PriorityForms.js';
import { DeleteCommunicationMutation } from './engagement.queries.js';
import { UpdatePriorityMutation } from './queries.js';
import { PRIORITY_STEP_FIELDS, priorityStepValues, storedRecord, useStoredRecord } from './stored.js';
import type { Priority } from './types.js';

const COMMUNICATION_FIELDS = [
  { key: 'date', label: 'Date' },
  { key: 'channel', label: 'Channel' },
] as const;

type Open = null | 'edit' | 'communication' | 'child' | 'owner' | 'nonPriority';

/** A button that opens (and closes) one of the priority's forms. */
function Opener({ label, is, open, setOpen }: { label: string; is: Open; open: Open; setOpen: (o: Open) => void }) {
  return (
    <button type="button" className="button" aria-expanded={open === is} onClick={() => setOpen(open === is ? null : is)}>
      {label}
    </button>
  );
}

/** What may be done with the priority itself: its details, owner, status, communication, a priority under it, and deleting it. */
export function PriorityActions({
  p,
  councilId,
  changed,
  onCreated,
  onDeleted,
}: {
  p: Priority;
  councilId: string;
  changed: () => Promise<void>;
  onCreated: (id: string) => void;
  onDeleted: (movedTo: string | null) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [update] = useMutation(UpdatePriorityMutation);
  const [removeCommunication] = useMutation(DeleteCommunicationMutation);
  const can = p.viewerCan;
  const client = useApolloClient();
  const load = useStoredRecord('Priority', p.id, (x) => priorityStepValues(x, x.priorityStatus));
  // Agree and make public are confirmed on the priority as read: a stale version shows their change first.
  const step = {
    what: 'this priority',
    fields: PRIORITY_STEP_FIELDS,
    base: priorityStepValues(p, p.status),
    version: p.version,
    load,
  };
  const status = async (s: 'AGREED' | 'COMMUNICATED', version: number) => {
    await update({ variables: { input: { id: p.id, version, status: s } } });
    await changed();
  };
  const done = async () => {
    setOpen(null);
    await changed();
  };
  const close = () => setOpen(null);
  const opener = { open, setOpen };
  return (
    <>
      <p className="actions">
        {can.update && <Opener label="Edit details" is="edit" {...opener} />}
        {can.update && <Opener label="Change owner" is="owner" {...opener} />}
        {can.addPriority && <Opener label="Add a priority under this" is="child" {...opener} />}
        {can.recordCommunication && <Opener label="Record a communication" is="communication" {...opener} />}
        {can.agree && (
          <ConfirmButton
            label="Agree"
            question={
              `Agree “${p.name}”? It moves from draft to agreed and cannot go back; ` +
              `${p.owner ? `${p.owner.name} answers for it` : 'it needs an owner'}.`
            }
            confirmLabel="Yes, agree it"
            versioned={step}
            onConfirm={(version) => status('AGREED', version)}
          />
        )}
        {can.communicate && (
          <ConfirmButton
            label="Mark as communicated"
            question={`Mark “${p.name}” as communicated? It becomes public: anyone can see it in the cascade.`}
            confirmLabel="Yes, make it public"
            versioned={step}
            onConfirm={(version) => status('COMMUNICATED', version)}
          />
        )}
        {can.update && !p.isNonPriority && <Opener label="Mark as not a priority" is="nonPriority" {...opener} />}
      </p>
      {p.communications.length > 0 && (
        <ul className="small muted" aria-label="Communications recorded">
          {p.communications.map((c) => (
            <li key={c.id}>
              Communicated on {c.date} ({c.channel}){' '}
              {c.viewerCan.delete && (
                <ConfirmButton
                  label="Delete"
                  ariaLabel={`Delete the communication of ${c.date}`}
                  question={`Delete the communication of ${c.date} (${c.channel})? The only one of a communicated priority is kept.`}
                  confirmLabel="Yes, delete it"
                  versioned={{
                    what: 'this communication',
                    fields: COMMUNICATION_FIELDS,
                    base: { date: c.date, channel: c.channel },
                    version: c.version,
                    load: storedRecord(client, 'Communication', c.id, (x) => ({ date: x.date, channel: x.channel })),
                  }}
                  onConfirm={async (version) => {
                    await removeCommunication({ variables: { id: c.id, version } });
                    await changed();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {open === 'edit' && <EditDetailsForm p={p} onCancel={close} onDone={done} />}
      {open === 'owner' && <OwnerForm p={p} councilId={councilId} onCancel={close} onDone={done} />}
      {open === 'nonPriority' && <NonPriorityForm p={p} onCancel={close} onDone={done} />}
      {open === 'communication' && <CommunicationForm p={p} councilId={councilId} onCancel={close} onDone={done} />}
      {open === 'child' && <AddChild p={p} councilId={councilId} onCancel={close} onCreated={onCreated} />}
      {can.delete && <DeletePriority p={p} councilId={councilId} onDeleted={onDeleted} />}
    </>
  );
}
