import type { DrillSlice } from '../../../../shared/contract/dashboard';

/** A figure clicked on the dashboard: what to list behind it, and the amount the list must add up to. */
export interface DrillRequest {
  slice: DrillSlice;
  /** The amount shown on the dashboard, to say (and check) that the list adds up to it. */
  figure: number;
  /** What the figure counts of the invoices listed: all they still owe (a bucket, the overdue or open
   * total), or only the overdue part (a customer's bar among the largest overdue balances). */
  measure: 'all' | 'overdue';
  /** How the dashboard named it: "Overdue", "31–60 days overdue", a customer's name. */
  figureName: string;
}

export type OpenDrill = (request: DrillRequest) => void;
