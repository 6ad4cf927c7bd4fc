/**
 * Dates as the app writes them, one en-GB style everywhere: "4 Mar 2025", and with the time where
 * the moment matters, "4 Mar 2025, 14:05" (UK time, as the councils work). Calendar dates (`YYYY-MM-DD`, or the
 * date part of a timestamp the server sends for a day) are read in UTC so they never move a day.
 */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "2025-03-04" (or "2025-03-04T..."): "4 Mar 2025"; nothing: "—"; not a date: as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : DAY.format(d);
}

/** A moment (an ISO timestamp): "4 Mar 2025, 14:05" UK time; nothing: "—". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : MOMENT.format(d);
}
