import { PERIODS } from '../app/router.js';

export function PeriodPicker({
  value,
  onChange,
  periods = PERIODS,
  label = 'Financial year',
}: {
  value: string;
  onChange: (p: string) => void;
  periods?: readonly string[];
  label?: string;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {!periods.includes(value) && <option value={value}>{value}</option>}
        {periods.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}
