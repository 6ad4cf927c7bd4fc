/** One problem of an import: the line of the file (1 is the header), the column at fault when one is, and why. */
export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

/**
 * The problems of one import, collected while every row is read (an import reports them all, and
 * stores nothing while there is one): each counted, the first `limit` listed, reported by line.
 * `E` is the shape of a problem: a RowError, or one with more (the governance imports add a code).
 */
export class RowErrors<E extends RowError = RowError> {
  readonly listed: E[] = [];
  count = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  /** Counts a problem, listing it while fewer than `limit` are. */
  report(error: E): void {
    this.count += 1;
    if (this.listed.length < this.limit) this.listed.push(error);
  }

  add(this: RowErrors<RowError>, line: number, column: string | null, message: string): void {
    this.report({ line, column, message });
  }

  /** The listed problems in line order (those of one line in the order found). */
  byLine(): E[] {
    return this.listed.sort((a, b) => a.line - b.line);
  }
}
