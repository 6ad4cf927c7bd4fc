import { emDialect, type Em } from '@goldenthread/db';

/**
 * A case-insensitive "contains" condition for a text column on either database: PostgreSQL's LIKE
 * is case-sensitive (so ILIKE), SQLite's LIKE is case-insensitive for ASCII and has no ILIKE.
 * Wildcards typed by the user are escaped so they match literally.
 */
export function containsCondition(em: Em, needle: string): Record<string, string> {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return emDialect(em) === 'postgresql' ? { $ilike: pattern } : { $like: pattern };
}
