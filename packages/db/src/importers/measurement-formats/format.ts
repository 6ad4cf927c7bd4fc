import type { MeasurementRows } from '../measurement-rows.js';
import type { ImportOptions } from '../measurement-types.js';

/** A cell of the current line by its header (normalised: lower case, single spaces), trimmed; '' when absent. */
export type Cell = (column: string) => string;

/** Reads the data lines of one file of a layout into checked rows. */
export interface RowReader {
  row(cell: Cell, line: number): void;
  /** After the last line. */
  finish?(): void;
}

/** A layout of measurement files: the header it needs, and how its lines are read. */
export interface MeasurementFormat {
  required: readonly string[];
  optional: readonly string[];
  /** Opens a file of this layout (its header read): the reader of its lines, or a whole-file problem. */
  open(rows: MeasurementRows, options: ImportOptions): RowReader | string;
}
