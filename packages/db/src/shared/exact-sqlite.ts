/**
 * SQLite with numbers that come back as they were written. MikroORM writes every value into the SQL
 * as text, and SQLite's (libsql's) reading of a decimal literal is not always correctly rounded:
 * 30.70181103 came back as 30.701811030000002, so re-importing an unchanged file reported a change.
 * This driver writes each number that is not a safe integer as an expression of exact parts that
 * IEEE arithmetic evaluates to the very same double: an integer divided by a power of ten
 * (`CAST(3070181103 AS REAL) / 100000000`) when that is exact, otherwise its binary mantissa scaled
 * by powers of two. PostgreSQL reads decimals exactly and needs none of this.
 */
import { LibSqlDriver } from '@mikro-orm/libsql';
import type { Configuration } from '@mikro-orm/core';

/** The 53-bit integer mantissa and binary exponent of a finite, non-zero double: v = m * 2^e. */
function decompose(v: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (exponent === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = exponent - 1075;
  }
  while (m > 0n && (m & 1n) === 0n) {
    m >>= 1n;
    e += 1;
  }
  return { m: v < 0 ? -m : m, e };
}

/** `v` as SQL that SQLite evaluates to exactly `v`, or null when the plain literal is already exact. */
export function exactSqliteNumber(v: number): string | null {
  if (!Number.isFinite(v) || Number.isSafeInteger(v) || Object.is(v, -0)) return null;
  // A decimal with few digits: integer / 10^k, both exact as doubles, one correctly rounded division.
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(v));
  if (match) {
    const digits = `${match[2]}${match[3] ?? ''}`.replace(/^0+(?=\d)/, '');
    const k = (match[3] ?? '').length;
    const n = Number(`${match[1]}${digits}`);
    if (Number.isSafeInteger(n) && k <= 18 && n / 10 ** k === v) return `(CAST(${n} AS REAL) / ${10n ** BigInt(k)})`;
  }
  // Otherwise the binary mantissa times powers of two (each multiplication or division is exact).
  const { m, e } = decompose(v);
  let sql = `CAST(${m} AS REAL)`;
  let check = Number(m);
  let rest = Math.abs(e);
  const op = e < 0 ? '/' : '*';
  while (rest > 0) {
    const step = Math.min(rest, 62);
    sql += ` ${op} ${2n ** BigInt(step)}`;
    check = e < 0 ? check / 2 ** step : check * 2 ** step;
    rest -= step;
  }
  return check === v ? `(${sql})` : null;
}

/** The LibSQL driver with numbers written so that they read back exactly (see above). */
export class ExactLibSqlDriver extends LibSqlDriver {
  constructor(config: Configuration) {
    super(config);
    const platform = this.getPlatform();
    const quote = platform.quoteValue.bind(platform);
    platform.quoteValue = (value: unknown) => (typeof value === 'number' ? (exactSqliteNumber(value) ?? quote(value)) : quote(value));
  }
}
