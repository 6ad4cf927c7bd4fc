/**
 * The licence and attribution of a measurement's source, read from the source text stored with it
 * (importers and seeders write e.g. "NHS Digital, Measures from ASCOF, England 2020-21 (OGL v3)";
 * Oflog's "... (Crown copyright, OGL v3)"). A source that states no licence has none here: the
 * figure is the council's own (entered, imported from its file, its teams' figures), attributed to
 * the council, and its reuse terms are the council's (the source column still says where it came from).
 */

export interface SourceLicence {
  /** Who to credit: the licensed source without its licence note, or the council for its own figures. */
  attribution: string;
  /** SPDX identifier of the licence, or null when the source states none. */
  licence: string | null;
  licenceUrl: string | null;
}

const OGL3 = { licence: 'OGL-UK-3.0', licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' };

const OGL3_NOTE = /\b(OGL\s*v?3(\.0)?|Open Government Licen[cs]e( v(ersion)?\s*3(\.0)?)?)\b/i;

/** The licence and attribution of one source text (null: the council's own, unattributed figure). */
export function licenceOf(source: string | null, councilName: string): SourceLicence {
  const text = source?.trim() ?? '';
  // Entered by hand, imported from the council's own file, its own teams' figures: the council's.
  if (!OGL3_NOTE.test(text)) return { attribution: councilName, licence: null, licenceUrl: null };
  // "(OGL v3)" or "(Crown copyright, OGL v3)" is the licence note; Crown copyright stays in the credit.
  const crown = /crown copyright/i.test(text);
  const attribution = text
    .replace(/\s*\((?:crown copyright,\s*)?(?:OGL\s*v?3(?:\.0)?|Open Government Licen[cs]e[^)]*)\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { attribution: crown && !/crown copyright/i.test(attribution) ? `${attribution} (Crown copyright)` : attribution, ...OGL3 };
}

/** A cache of licenceOf for one download: a handful of sources across thousands of rows. */
export function licenceCache(): (source: string | null, councilName: string) => SourceLicence {
  const cache = new Map<string, SourceLicence>();
  return (source, councilName) => {
    const key = source ? `s:${source}` : `c:${councilName}`;
    let found = cache.get(key);
    if (!found) {
      found = licenceOf(source, councilName);
      cache.set(key, found);
    }
    return found;
  };
}
