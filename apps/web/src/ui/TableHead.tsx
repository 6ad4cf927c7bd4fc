/** A column heading: its words, and a class (e.g. `num` for figures). */
export type Column = string | { label: string; className: string };

/** The header row of a data table; `action` adds the unlabelled-on-screen column of row buttons. */
export function TableHead({ columns, action = false }: { columns: ReadonlyArray<Column | false>; action?: boolean }) {
  return (
    <thead>
      <tr>
        {columns
          .filter((c): c is Column => c !== false)
          .map((c) =>
            typeof c === 'string' ? (
              <th key={c} scope="col">
                {c}
              </th>
            ) : (
              <th key={c.label} scope="col" className={c.className}>
                {c.label}
              </th>
            ),
          )}
        {action && (
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
