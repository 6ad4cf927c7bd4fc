/**
 * "⚠ N without an accountable owner" as a control: it opens the list of those services and teams, and picking one
 * selects it (revealed and centred in the tree, its side panel open, where an owner can be given).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { TreeIndex, TreeRow } from '../../charts/tree/layout.js';
import { KIND_LABEL } from '../../charts/tree/TreeChart.js';

export function UnownedList({ rows, index, onPick }: { rows: readonly TreeRow[]; index: TreeIndex | null; onPick: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  if (!rows.length) return null;
  const where = (id: string) =>
    index?.byId
      .get(id)
      ?.ancestors()
      .slice(1)
      .reverse()
      .slice(1)
      .map((a) => a.data.name)
      .join(' › ') ?? '';
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the control closes its list (the buttons take the keys)
    <div
      className="unowned"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          box.current?.querySelector<HTMLButtonElement>('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="pill pill--warning pill--button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        ⚠ {rows.length} without an accountable owner
      </button>
      {open && (
        <ul id={listId} className="unowned__list" aria-label="Services and teams without an accountable owner">
          {rows.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  onPick(r.id);
                }}
              >
                {r.name} <span className="unowned__where">{[KIND_LABEL[r.kind], where(r.id)].filter(Boolean).join(' in ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
