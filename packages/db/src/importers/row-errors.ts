/** One problem of an import: the line of the file (1 is the header), the column at fault when one is, and why. */
export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

/**
 * The problems of one import, collected while every row is read (an import reports them all, and
 * stores nothing while there is one): each counted, the first `limit` listed, reported by line.
 */
export class RowErrors {
  readonly listed: RowError[] = [];
  count = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  add(line: number, column: string | null, message: string): void {
    this.count += 1;
    if (this.listed.length < this.limit) this.listed.push({ line, column, message });
  }

  /** The listed problems in line order (those of one line in the order found). */
  byLine(): RowError[] {
    return this.listed.sort((a, b) => a.line - b.line);
  }
}
