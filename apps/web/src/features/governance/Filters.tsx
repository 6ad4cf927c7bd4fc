import type { ReactNode } from 'react';
import type { Choice } from './forms.js';

/** One of a few choices as a row of radio buttons (a list filter); the first is the default. */
export function Segmented<T extends string>({
  label,
  name,
  value,
  options,
  onChange,
}: {
  label: string;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="segmented" aria-label={label}>
      {options.map((o) => (
        <label key={o.value} className={value === o.value ? 'is-on' : undefined}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled list filter: "any" (empty) or one of the choices. */
export function FilterSelect({
  label,
  value,
  any,
  choices,
  onChange,
  wide = false,
}: {
  label: string;
  value: string | null;
  any: string;
  choices: readonly Choice[];
  onChange: (value: string | null) => void;
  wide?: boolean;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} className={wide ? 'gov-select-wide' : undefined}>
        <option value="">{any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "Which records" as a row of radio buttons: the first option is the default, null in the view's address. */
export function ShowFilter<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T | null) => void;
}) {
  return (
    <Segmented label={label} name="show" value={value} options={options} onChange={(s) => onChange(s === options[0]?.value ? null : s)} />
  );
}

/** A view's heading (the page's title) and what it is about. */
export function ViewHead({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page__head">
      <div>
        <h1 id="governance-title">{title}</h1>
        <p className="lead">{children}</p>
      </div>
    </div>
  );
}

/** A card of records under a heading with their count, e.g. "Partner bodies (3)". */
export function Counted({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({count})</span>
      </h2>
      {children}
    </section>
  );
}
