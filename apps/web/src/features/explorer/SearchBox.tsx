import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TreeRow } from '../../charts/tree/layout.js';
import { KIND_LABEL } from '../../charts/tree/TreeChart.js';
import { searchRows } from './rows.js';

/** Finds a service, team or person by name or job title (ARIA combobox with a listbox of matches). */
export function SearchBox({
  rows,
  onPick,
  peopleLoading,
}: {
  rows: readonly TreeRow[];
  onPick: (id: string) => void;
  peopleLoading: boolean;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchRows(rows, deferred), [rows, deferred]);
  const listId = useId();
  const showList = open && query.trim().length > 0;

  const pick = (id: string) => {
    setOpen(false);
    setQuery('');
    onPick(id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        e.preventDefault();
        pick(hit.id);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Find a service, team or person
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={peopleLoading ? 'Find a service (people are loading…)' : 'Find a service, team or person'}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div id={listId} role="listbox" className="search__list" aria-label="Matches">
          {hits.length === 0 && (
            <div className="search__empty" role="option" tabIndex={-1} aria-selected="false" aria-disabled="true">
              No match{peopleLoading ? ' yet: people are still loading' : ''}.
            </div>
          )}
          {hits.map((h, i) => (
            <div
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={`search__option${i === active ? ' search__option--active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h.id);
              }}
              // Only a pointer that moves picks: a list opening under a resting pointer keeps the first hit for Enter.
              onMouseMove={() => setActive(i)}
            >
              <span className="search__name">{h.name}</span>
              <span className="search__detail">
                {KIND_LABEL[h.kind]}
                {h.detail ? ` · ${h.detail}` : ''}
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
