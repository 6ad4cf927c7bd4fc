/**
 * Complaint case references in free text. A council's case system numbers its complaints in a format
 * of its own (Suffolk's demo: CF-2024-0012), and the platform stores only that reference; a free-text
 * field shown to people who may not read complaints (an action's title) must not carry one. The format
 * is learned from the references the council has recorded: each one's shape (its letters as they
 * are, each run of digits as any digits, each separator as any separator) finds references not
 * recorded yet, written with other separators or in another case. A reference too short or too plain to
 * generalise safely (under two letters, or under four letters and digits) is found only as itself.
 */
import type { FieldError } from '../organisation/validation.js';

/** What may stand between the parts of a reference when someone writes it: hyphen, underscore, slash, dot, spaces. */
const SEP = '[\\s\\-_/.]';
const TOKEN = /([A-Za-z]+)|(\d+)|([\s\-_/.]+)|(.)/g;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Shape {
  source: string;
  /** Letters kept and digits generalised (false: the reference matches only as itself). */
  general: boolean;
}

/**
 * The pattern source of one reference, with its letters literal (matched in any case): generalised
 * (each digit run as `\d+`) when it has at least two letters, a run of digits and four letters and digits
 * in all; otherwise the reference itself (its separators still any separator). Null for an empty one.
 */
export function caseReferenceShape(reference: string): Shape | null {
  const ref = reference.trim();
  if (ref === '') return null;
  const letters = (ref.match(/[A-Za-z]/g) ?? []).length;
  const digits = (ref.match(/\d/g) ?? []).length;
  const general = letters >= 2 && digits >= 1 && letters + digits >= 4;
  let source = '';
  for (const m of ref.matchAll(TOKEN)) {
    if (m[1]) source += m[1];
    else if (m[2]) source += general ? '\\d+' : m[2];
    else if (m[3]) source += `${SEP}{1,3}`;
    else source += literal(m[4]!);
  }
  return { source, general };
}

/** The council's complaint reference format: one pattern over the shapes of its recorded references. */
export interface CaseReferenceFormat {
  readonly pattern: RegExp | null;
}

/** The format of these references (the council's complaints'), each shape once. */
export function caseReferenceFormat(references: Iterable<string>): CaseReferenceFormat {
  const shapes = new Set<string>();
  for (const r of references) {
    const s = caseReferenceShape(r);
    if (s) shapes.add(s.source);
  }
  if (shapes.size === 0) return { pattern: null };
  // Longest first, so that a longer shape wins over a shorter one it starts with.
  const alternatives = [...shapes].sort((a, b) => b.length - a.length).join('|');
  // Not inside a longer word or number: "XCF-2024-0012" and "CF-2024-00123" are not the reference's shape.
  return { pattern: new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})(?![A-Za-z0-9])`, 'i') };
}

/** The first thing in `text` written in the format (a complaint's case reference), or null. */
export function findCaseReference(text: string | null | undefined, format: CaseReferenceFormat): string | null {
  if (!text || !format.pattern) return null;
  return format.pattern.exec(text)?.[0] ?? null;
}

/**
 * Free text shown to those who may not read complaints must not name one by its case reference:
 * the action links to its complaint instead, and the link is hidden from those who may not read it.
 * Error on `field` naming what was found.
 */
export function complaintReferenceError(field: string, text: string | null | undefined, format: CaseReferenceFormat): FieldError | null {
  const found = findCaseReference(text, format);
  if (found === null) return null;
  return {
    field,
    message:
      `“${found}” looks like a complaint's case reference. The ${field} is shown to everyone who may read the action, ` +
      'and not all of them may read complaints: leave the reference out and refer to the complaint by its link instead.',
  };
}
