import type { ComplaintRowFragment } from '../../graphql/graphql.js';
import { ActionForm } from './ActionForm.js';
import { ComplaintChangeForm } from './ComplaintForms.js';
import { useGovernance } from './useGovernance.js';

/** One complaint opened in the register: its summary, lessons and panel, and (complaints officers) its forms. */
export function ComplaintDetail({
  complaint: c,
  themes,
  onSaved,
}: {
  complaint: ComplaintRowFragment;
  themes: ReadonlyArray<{ id: string; name: string }>;
  onSaved: () => void;
}) {
  const { can } = useGovernance();
  return (
    <section className="complaint-detail" aria-label={`Complaint ${c.reference}`}>
      <h3>Complaint {c.reference}</h3>
      {c.summary && <p>{c.summary}</p>}
      {c.lessons && (
        <p>
          <strong>Lessons:</strong> {c.lessons}
        </p>
      )}
      {c.panel.length > 0 && <p className="small">Panel: {c.panel.map((p) => p.name).join(', ')}</p>}
      {can.recordComplaints && (
        <>
          <ComplaintChangeForm complaint={c} themes={themes} onSaved={onSaved} />
          <ActionForm fixed={{ source: 'COMPLAINT_LESSON', complaintId: c.id }} title="Add an action from its lessons" />
        </>
      )}
    </section>
  );
}
