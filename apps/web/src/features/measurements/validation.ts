/** Checks a measurement form before it is sent, with the same wording the server uses. Pure. */
export interface MeasurementForm {
  period: string;
  value: string;
  numerator: string;
  denominator: string;
}

export type FieldErrors = Partial<Record<keyof MeasurementForm, string>>;

export function periodHint(frequency: string): string {
  return frequency === 'MONTHLY'
    ? 'a month, e.g. 2025-04'
    : frequency === 'QUARTERLY'
      ? 'a quarter, e.g. 2025-26 Q1'
      : 'a financial year, e.g. 2025-26';
}

export function checkPeriod(period: string, frequency: string): string | null {
  const p = period.trim();
  if (!p) return 'Enter the period.';
  if (frequency === 'MONTHLY') {
    const m = /^(\d{4})-(\d{2})$/.exec(p);
    if (!m) return `Enter ${periodHint(frequency)}.`;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return 'Months run from 01 to 12.';
    return null;
  }
  const y = /^(\d{4})-(\d{2})( Q([1-4]))?$/.exec(p);
  if (!y || (frequency === 'QUARTERLY') !== Boolean(y[3])) return `Enter ${periodHint(frequency)}.`;
  if ((Number(y[1]) + 1) % 100 !== Number(y[2]))
    return (
      `${y[1]}-${y[2]} is not a financial year: the second year follows the first (e.g. ` +
      `${y[1]}-${String((Number(y[1]) + 1) % 100).padStart(2, '0')}).`
    );
  return null;
}

export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/,/g, '').replace(/%$/, '');
  if (!t || !/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function checkMeasurement(form: MeasurementForm, frequency: string): FieldErrors {
  const errors: FieldErrors = {};
  const period = checkPeriod(form.period, frequency);
  if (period) errors.period = period;
  const v = form.value.trim();
  if (!v) errors.value = 'Enter a value: a number, [c] if it is suppressed or [x] if it is not available.';
  else if (!/^\[(c|x)\]$/i.test(v) && parseNumber(v) === null)
    errors.value = `'${v}' is not a number. Write a number, [c] for a suppressed value or [x] for one that is not available.`;
  for (const k of ['numerator', 'denominator'] as const) {
    if (form[k].trim() && parseNumber(form[k]) === null) errors[k] = `'${form[k].trim()}' is not a number.`;
  }
  const n = parseNumber(form.numerator);
  const d = parseNumber(form.denominator);
  if (d === 0) errors.denominator = 'The denominator cannot be zero.';
  else if (n !== null && d !== null && n > d && !errors.numerator)
    errors.numerator = 'The numerator is larger than the denominator: check them.';
  return errors;
}
