import { useSearchParams } from 'react-router';
import { wallDateOf } from '../../i18n/format.ts';
import type { Period } from './reports-endpoints.ts';

/** The month so far, on the wall clock of the venues (Moscow unless a venue says otherwise). */
export function defaultPeriod(now: Date, timeZone = 'Europe/Moscow'): { from: string; to: string } {
  const today = wallDateOf(now, timeZone);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** The period of the reports lives in the URL (from, to, venue), so a report can be shared and reopened. */
export function usePeriod(): { period: Period; setPeriod: (period: Period) => void } {
  const [params, setParams] = useSearchParams();
  const fallback = defaultPeriod(new Date());
  const period = { from: params.get('from') || fallback.from, to: params.get('to') || fallback.to, venueId: params.get('venue') || undefined };
  const setPeriod = (next: Period) => {
    const changed = new URLSearchParams(params);
    changed.set('from', next.from);
    changed.set('to', next.to);
    if (next.venueId) changed.set('venue', next.venueId);
    else changed.delete('venue');
    setParams(changed, { replace: true });
  };
  return { period, setPeriod };
}
