import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading } from '../../ui/Status.js';
import { AddObjective } from './AddForms.js';
import { ObjectiveEditor } from './ObjectiveEditor.js';
import { PriorityActions } from './PriorityActions.js';
import { PriorityEditQuery } from './queries.js';
import type { Priority } from './types.js';
import './priorities.css';

/**
 * Editing a priority where it is shown, for those the server allows (`viewerCan`): its details,
 * owner and resources, agreeing it, recording its communication and communicating it, marking it as
 * not a priority, deleting it (relinking what hangs on it), a priority under it, and its objectives
 * with their milestones and targets. After each write the priority and the cascade are
 * read again.
 */
export function PriorityEditor({
  priorityId,
  councilId,
  onChanged,
  onCreated,
  onDeleted,
}: {
  priorityId: string;
  councilId: string;
  onChanged: () => void;
  onCreated: (id: string) => void;
  /** After the priority is deleted, with the priority its objectives moved to (if any). */
  onDeleted: (movedTo: string | null) => void;
}) {
  const { data, loading, error, refetch } = useQuery(PriorityEditQuery, {
    variables: { id: priorityId },
    fetchPolicy: 'cache-and-network',
  });
  const p = data?.node?.__typename === 'Priority' ? (data.node as Priority) : null;
  const changed = async () => {
    await refetch();
    onChanged();
  };
  if (error) return <ErrorState compact title="What you can change could not be loaded" error={error} onRetry={() => void refetch()} />;
  if (loading && !p) return <Loading compact label="Loading what you can change…" />;
  if (!p) return null;
  const can = p.viewerCan;
  const anything =
    can.update ||
    can.delete ||
    can.agree ||
    can.communicate ||
    can.recordCommunication ||
    can.addPriority ||
    p.communications.some((c) => c.viewerCan.delete) ||
    p.objectives.some((o) => o.viewerCan.update || o.viewerCan.delete || o.targets.some((t) => t.viewerCan.update || t.viewerCan.delete));
  if (!anything) return null;
  return (
    <section aria-labelledby="priority-edit-title">
      <h3 id="priority-edit-title">Change this priority</h3>
      <PriorityActions p={p} councilId={councilId} changed={changed} onCreated={onCreated} onDeleted={onDeleted} />
      {can.update && !p.isNonPriority && <AddObjective p={p} changed={changed} />}
      {p.objectives.length > 0 && (
        <ul className="edit-list" aria-label="Objectives to change">
          {p.objectives.map((o) => (
            <ObjectiveEditor key={o.id} o={o} p={p} councilId={councilId} changed={changed} />
          ))}
        </ul>
      )}
    </section>
  );
}
