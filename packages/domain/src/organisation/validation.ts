/**
 * Write-time validation of organisation data. Each validator returns null when the value is fine,
 * or a FieldError naming the field and saying what is wrong in words an officer understands.
 */
export interface FieldError {
  field: string;
  message: string;
}

/** ONS GSS codes of English councils with social services: E06 (UA), E08 (MD), E09 (LBO), E10 (CTY) and 7 digits. */
const GSS_PATTERN = /^E(06|08|09|10)\d{6}$/;

export function validateGssCode(field: string, value: string): FieldError | null {
  const trimmed = value.trim();
  if (!trimmed) return { field, message: 'A GSS code is required, e.g. E10000029.' };
  if (!GSS_PATTERN.test(trimmed.toUpperCase())) {
    return {
      field,
      message: `"${value}" is not a GSS code of an English council: expected E06, E08, E09 or E10 followed by six digits, e.g. E10000029.`,
    };
  }
  return null;
}

export function normaliseGssCode(value: string): string {
  return value.trim().toUpperCase();
}

export function validateName(field: string, value: string, maxLength = 200): FieldError | null {
  const trimmed = value.trim();
  if (!trimmed) return { field, message: 'The name must not be empty.' };
  if (trimmed.length > maxLength)
    return { field, message: `The name is ${trimmed.length} characters long; the most allowed is ${maxLength}.` };
  // Control characters come from pasted spreadsheets and break exports.
  if (/[\u0000-\u001f\u007f]/.test(trimmed))
    return { field, message: 'The name contains control characters (such as a line break or tab).' };
  return null;
}

/**
 * A pragmatic e-mail check: one @, a local part, a domain with a dot, no spaces. It catches the
 * mistakes people make (missing @, spaces, trailing dots) without rejecting real addresses.
 */
export function validateEmail(field: string, value: string): FieldError | null {
  const trimmed = value.trim();
  if (trimmed.length > 254) return { field, message: 'The e-mail address is longer than 254 characters.' };
  const match = /^([^\s@]+)@([^\s@]+)$/.exec(trimmed);
  const domain = match?.[2] ?? '';
  const local = match?.[1] ?? '';
  const domainOk = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(domain) && !domain.split('.').some((l) => l.startsWith('-') || l.endsWith('-'));
  const localOk = local.length > 0 && local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
  if (!match || !domainOk || !localOk) return { field, message: `"${value}" is not a valid e-mail address.` };
  return null;
}

export function firstError(...errors: Array<FieldError | null>): FieldError | null {
  return errors.find((e) => e !== null) ?? null;
}

/**
 * Has a person left the council by `today` (ISO dates)? They leave on their leaving day: from then on
 * they answer for nothing, hold no power in force and cannot sign in. No date: still there.
 */
export function hasLeftBy(leftOn: string | null | undefined, today: string): boolean {
  return leftOn !== null && leftOn !== undefined && leftOn !== '' && leftOn <= today;
}
