/** Status signals always carry an icon and words, never colour alone. */
export type RagValue = 'GREEN' | 'AMBER' | 'RED' | 'NONE';

/** The icon of each signal (charts drawn in SVG use it beside the words). */
export const RAG: Record<RagValue, { icon: string; text: string }> = {
  GREEN: { icon: '✓', text: 'On track' },
  AMBER: { icon: '!', text: 'At risk' },
  RED: { icon: '✕', text: 'Off track' },
  NONE: { icon: '–', text: 'No data' },
};

export function ragOf(value: string | null | undefined): RagValue {
  return value === 'GREEN' || value === 'AMBER' || value === 'RED' ? value : 'NONE';
}

/** A RAG badge: colour, icon and text. `text` overrides the words (e.g. "Meets target"). */
export function Rag({ value, text, title }: { value: string | null | undefined; text?: string; title?: string }) {
  const v = ragOf(value);
  return (
    <span className={`rag rag--${v}`} title={title}>
      <span aria-hidden="true">{RAG[v].icon}</span> {text ?? RAG[v].text}
    </span>
  );
}

export const ROLLUP_TEXT: Record<RagValue, string> = {
  GREEN: 'On track',
  AMBER: 'Milestones at risk',
  RED: 'Milestones overdue',
  NONE: 'No milestones',
};

export function StatusTag({ status }: { status: string }) {
  const words: Record<string, string> = {
    DRAFT: 'Draft',
    AGREED: 'Agreed',
    COMMUNICATED: 'Communicated',
    VALIDATED: 'Validated',
    PUBLISHED: 'Published',
  };
  return <span className={`status-tag status-tag--${status}`}>{words[status] ?? status}</span>;
}

export function RagLegend() {
  return (
    <ul className="chart-legend" aria-label="Key to the status signals">
      {(['GREEN', 'AMBER', 'RED', 'NONE'] as const).map((v) => (
        <li key={v}>
          <Rag value={v} text={ROLLUP_TEXT[v]} />
        </li>
      ))}
    </ul>
  );
}
