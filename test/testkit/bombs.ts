/**
 * Documents that blow up analyses which walk a fragment again for every spread (issue 11, finding 1),
 * for the limits' unit tests and the HTTP tests alike.
 */

/** `{...F0}`, each fragment spreading the next twice: 2^n paths through n+1 fragments (about 900 bytes for n=22). */
export function fragmentBomb(n: number, leaf = '__typename', type = 'Query', root = '{...F0}'): string {
  let doc = root;
  for (let i = 0; i < n; i++) doc += ` fragment F${i} on ${type}{...F${i + 1} ...F${i + 1}}`;
  return `${doc} fragment F${n} on ${type}{${leaf}}`;
}

/** `levels` fragments, each spreading the next `width` times. */
export function wideBomb(levels: number, width: number, leaf: string): string {
  let doc = '{...W0}';
  for (let i = 0; i < levels; i++) doc += ` fragment W${i} on Query{${` ...W${i + 1}`.repeat(width)}}`;
  return `${doc} fragment W${levels} on Query{${leaf}}`;
}
