import { useState } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { hrefTo } from '../../shell/use-route';

// Which dashboard the owner is looking at: as of which date (today unless chosen), and how far back
// the trend goes. The date is kept in the address (#/dashboard/2026-06-30), so a reload, or Back from
// a customer opened in the drill-down, comes back to the same date.

export type TrendMonths = 12 | 24;

export interface DashboardView {
  /** The chosen date, or undefined for main's today. */
  asOf: string | undefined;
  setAsOf: (iso: string | undefined) => void;
  months: TrendMonths;
  setMonths: (months: TrendMonths) => void;
}

/** "#/dashboard/2026-06-30" → "2026-06-30"; anything else is today. */
const asOfFromRoute = (segment: string | undefined): string | undefined =>
  segment !== undefined && isIsoDate(segment) ? segment : undefined;

export function useDashboardView(routeSegment: string | undefined): DashboardView {
  const [asOf, setAsOfState] = useState(() => asOfFromRoute(routeSegment));
  const [months, setMonths] = useState<TrendMonths>(12);
  const setAsOf = (iso: string | undefined) => {
    setAsOfState(iso);
    // Replaced, not pushed: the hash changes without a new page in the history, so the shell does
    // not open the dashboard afresh (which would redraw everything) for each date typed.
    window.history.replaceState(window.history.state, '', hrefTo(iso ? `dashboard/${iso}` : 'dashboard'));
  };
  return { asOf, setAsOf, months, setMonths };
}
