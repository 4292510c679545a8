import type { Route } from './use-route';

/** What every page receives from the shell. */
export interface PageProps {
  /** Move focus to the page's heading on opening (after navigation, not on first load). */
  takeFocus: boolean;
  route: Route;
}
