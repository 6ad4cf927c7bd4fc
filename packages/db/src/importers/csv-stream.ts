import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';

/** Counts bytes going through and fails the stream past the limit. */
class ByteLimit extends Transform {
  bytes = 0;
  exceeded = false;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (this.bytes > this.limit) {
      this.exceeded = true;
      done(new Error('too large'));
      return;
    }
    done(null, chunk);
  }
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * Reads a CSV file as a stream, record by record (a byte-order mark dropped, blank lines skipped,
 * cells untrimmed): `onRecord` gets each record with the line it ends on, and returns false to stop
 * reading (the rest is not read). Resolves with the whole-file problem (too large, not CSV) or null.
 */
export async function readCsvStream(
  input: Readable | string,
  maxBytes: number,
  onRecord: (record: string[], line: number) => boolean,
): Promise<string | null> {
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  const counter = new ByteLimit(maxBytes);
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: false,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let stopped = false;
      parser.on('readable', () => {
        const next = () => parser.read() as { record: string[]; info: { lines: number } } | null;
        for (let item = next(); item !== null; item = next()) {
          if (stopped) continue;
          if (!onRecord(item.record, item.info.lines)) {
            stopped = true;
            source.unpipe(counter);
            counter.unpipe(parser);
            source.destroy();
            resolve();
            return;
          }
        }
      });
      parser.on('end', () => resolve());
      parser.on('error', reject);
      counter.on('error', reject);
      source.on('error', reject);
      source.pipe(counter).pipe(parser);
    });
  } catch (error) {
    if (counter.exceeded)
      return `The file is larger than the limit of ${megabytes(maxBytes)}: split it into smaller files (for example one per year).`;
    const e = error as { code?: string; lines?: number; message?: string };
    return e.lines
      ? `Line ${e.lines}: the file is not valid CSV (${e.message ?? 'unreadable'}).`
      : `The file could not be read as CSV: ${e.message ?? String(error)}`;
  }
  return null;
}
