/**
 * The reference files' notes put into words for the people who read an indicator's page (issue 17): the files
 * carry the compilers' notes beside the definitions (where a base was found, "LG Inform metricType 1091",
 * "DHSC CLD SQL comment", "not retrieved", file names and column values such as rank_order), which a councillor
 * or a carer cannot use. These turn one reference row into the plain English the indicator's definition and
 * source show; the notes stay in the files for whoever checks them.
 */

/** Parenthesised notes about where a base was found, not what it is. */
const WHERE_FOUND = /\s*\((?:[^()]*\b(?:LG Inform|metricType|SQL|guidance page|news page|not retrieved|handbook|NHS Digital)\b[^()]*)\)/g;

/** The survey and return names behind the ASCOF abbreviations, and other shorthand, in words (the order matters). */
const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bASCS respondents to Q(\w+)/g, 'people who answered question $1 of the Adult Social Care Survey'],
  [
    /\bASCS respondents who answered all 8 ASCOT questions/g,
    'people who answered all eight quality-of-life questions of the Adult Social Care Survey',
  ],
  [/\bASCS respondents\b/g, 'people who answered the Adult Social Care Survey'],
  [/\bSACE respondents\b/g, 'carers who answered the Survey of Adult Carers in England'],
  [/;\s*numerator = /g, '; those counted: '],
  [/\bONS population\b/g, 'the population'],
  [/^population\b/, 'the population'],
  [/\bprimary support reason Learning Disability\b/g, 'a learning disability as their main reason for support'],
  [/\bclients\b/g, 'people'],
  [
    /\bless early cessation\/declined\/self-funding\b/g,
    'less those whose support ended early, who declined it or who pay for their own care',
  ],
  [/\breablement\/rehabilitation\b/g, 'reablement or rehabilitation'],
  [/\b1 Oct-31 Dec\b/g, '1 October to 31 December'],
  [/\bOct-Dec\b/g, 'October to December'],
  [/\bfrom HES\b/g, 'from Hospital Episode Statistics'],
  [/\b(\d+)\+/g, '$1 and over'],
  [/\b(\d+)-(\d+)\b(?! \d)/g, '$1 to $2'],
];

/** "ASCS respondents to Q3a; numerator = answers 1 or 2 (LG Inform metricType 1092)" -> words; null for "None" or nothing. */
export function plainBase(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim();
  if (!text || /^none$/i.test(text)) return null;
  let out = text.replace(WHERE_FOUND, '');
  for (const [pattern, words] of WORDS) out = out.replace(pattern, words);
  return out.trim() || null;
}

/** An ASCOF measure's definition: its official title, and who it is measured among when the file says. */
export function ascofDefinition(title: string | null | undefined, base: string | null | undefined): string | null {
  const words = plainBase(base);
  const parts = [title ? `${title.trim().replace(/\.$/, '')}.` : '', words ? `Measured among ${words}.` : ''];
  return parts.filter(Boolean).join(' ') || null;
}

/** Who says which way is better, by name, from the file's note (a web address or a source file's path). */
export function polarityAuthority(note: string | null | undefined): string | null {
  const names = [
    /LG Inform/i.test(note ?? '') ? 'LG Inform' : null,
    /oflog/i.test(note ?? '') ? 'the Office for Local Government' : null,
    /digital\.nhs\.uk|nhs digital/i.test(note ?? '') ? 'NHS Digital' : null,
  ].filter((n): n is string => n !== null);
  return names.length ? names.join(' and ') : null;
}

export function ascofSource(polarityNote: string | null | undefined): string {
  const who = polarityAuthority(polarityNote);
  return `NHS Digital, Adult Social Care Outcomes Framework (Open Government Licence v3.0)${who ? `; which way is better: ${who}` : ''}`;
}

/** A PAF definition as found in committee papers, in words: BVPI spelt out, a note about a cut-off source said plainly. */
export function pafDefinition(title: string, found: string | null | undefined): string | null {
  let text = (found ?? '').trim();
  if (!text) return null;
  text = text.replace(/\bBVPI (\d+)/g, 'Best Value Performance Indicator $1');
  const truncated = /\[age band truncated in source\]/.test(text);
  text = text.replace(/\s*aged \[age band truncated in source\]/g, '');
  if (/^per\b/.test(text)) text = `${title}, ${text}`;
  text = `${text.replace(/\.$/, '')}.`;
  return truncated ? `${text} The age band it covers is not known.` : text;
}

export function pafSource(found: string | null | undefined): string {
  const where = /hansard/i.test(found ?? '') ? 'council committee papers and Hansard' : 'council committee papers';
  return `Performance Assessment Framework for social services (Department of Health); the definition as published in ${where}`;
}

/** An Oflog measure's definition: the ASCOF measure it republishes, when it is one. */
export function oflogDefinition(code: string, ascof: string | null | undefined): string {
  return ascof
    ? `The Office for Local Government's measure ${code}: the same figure as ASCOF measure ${ascof}.`
    : `The Office for Local Government's measure ${code}.`;
}

export const OFLOG_SOURCE = 'Office for Local Government, Local Authority Data Explorer (Crown copyright, Open Government Licence v3.0)';

/**
 * What a reader of an indicator's page should never meet: web addresses, file names and paths, column names
 * (snake_case), "metricType", SQL, the compilers' notes ("not retrieved", "truncated in source", "as found",
 * "TODO"), markdown, "= " formulas, a bare "None", and the survey abbreviations unexplained.
 */
const DEVELOPER_TEXT: ReadonlyArray<[string, RegExp]> = [
  ['a web address', /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|org|uk|net)\b\/?/i],
  ['a file name or path', /\.(?:csv|sql|json|ts|py)\b|\bsrc\/|\blib\//i],
  ['a column name', /\b[a-z]+_[a-z0-9_]+\b/],
  ['a compiler note', /metricType|\bSQL\b|not retrieved|truncated in source|as found|\bTODO\b|\bFIXME\b|rank_order|\bOGL\b/i],
  ['markdown', /\*\*|`|^#+ |\[[^\]]*\]\(/m],
  ['a formula', /\s=\s/],
  ['a bare None', /\bNone\b/],
  ['an unexplained survey code', /\b(?:ASCS|SACE|ASCOT|SALT|HES|MHSDS)\b(?! \()/],
];

/** What of DEVELOPER_TEXT a text holds (none: plain English); the tests of the definitions and of the indicator page use it. */
export function developerText(text: string | null | undefined): string[] {
  return DEVELOPER_TEXT.filter(([, pattern]) => pattern.test(text ?? '')).map(([what]) => what);
}
