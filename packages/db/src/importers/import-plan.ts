/**
 * The plan of an all-or-nothing import, shared by the measurement and scheme-of-delegation imports:
 * the checked rows sorted against what is stored, before anything is written. A dry run reports the
 * plan; applying it writes the rows to create and to change in one transaction.
 */
export interface ImportPlan<Row, Stored> {
  /** Rows with no stored record. */
  create: Row[];
  /** Rows whose stored record differs, with that record. */
  change: Array<{ row: Row; existing: Stored }>;
  /** Rows already stored as they are. */
  unchanged: number;
}

/** Sorts rows by their stored record (`storedOf`, null for none) and whether it is already the same. */
export function planImport<Row, Stored>(
  rows: readonly Row[],
  storedOf: (row: Row) => Stored | null | undefined,
  same: (row: Row, stored: Stored) => boolean,
): ImportPlan<Row, Stored> {
  const plan: ImportPlan<Row, Stored> = { create: [], change: [], unchanged: 0 };
  for (const row of rows) {
    const existing = storedOf(row);
    if (existing === null || existing === undefined) plan.create.push(row);
    else if (same(row, existing)) plan.unchanged += 1;
    else plan.change.push({ row, existing });
  }
  return plan;
}

/** Whether applying the plan would write anything. */
export function planWrites(plan: ImportPlan<unknown, unknown>): boolean {
  return plan.create.length > 0 || plan.change.length > 0;
}
