// Every threshold behind a customer's payment class, in one place, each with why. The SQL reads the
// window sizes and the grace; classify() reads the rest. Change one here and the tests say what moved.

export const BEHAVIOUR_RULES = {
  /**
   * Days past the due date that still count as on time. A transfer sent on the due date takes a
   * working day or two to arrive, and a due date on a Saturday is paid on the Monday: 3 days covers
   * both without excusing a real delay. An unpaid invoice is not judged until it is past the grace,
   * since it may yet be paid on time.
   */
  graceDays: 3,
  /**
   * The last judged invoices the on-time share, averages, median and longest delay describe: recent
   * enough to be today's habit (a payer who changed years ago is judged as they are now), and enough
   * that one late invoice moves the share by only 10 points.
   */
  recentInvoices: 10,
  /** Fewer judged invoices than this: a new customer. Three invoices cannot tell a habit from luck. */
  minJudged: 4,
  /** Trend: the last 6 judged invoices against up to the 12 before them (about the same span again). */
  trendRecent: 6,
  trendEarlier: 12,
  /** Fewer earlier invoices than this and there is nothing steady to compare the last 6 with. */
  trendMinEarlier: 4,
  /**
   * Getting worse: the last 6 came at least 10 days later on average than before, and at least twice
   * as late. Both: 0 → 4 days is noise, and a customer always 40 days late drifting to 50 is
   * chronically late, not news.
   */
  worseningRiseDays: 10,
  worseningRatio: 2,
  /**
   * Chronically late: fewer than half the recent invoices on time, or 30 days or more late on average
   * (weighted by amount): a whole extra month of credit the shop never agreed to give.
   */
  chronicBelowOnTimeShare: 0.5,
  chronicFromAverageDays: 30,
  /**
   * Reliable: at least 8 in 10 on time, under a week late on average, and never more than 30 days
   * late. One slip in ten is life; a single 60-day delay is worth a look even if the rest were fine.
   */
  reliableFromOnTimeShare: 0.8,
  reliableBelowAverageDays: 7,
  reliableMaxLongestDays: 30,
  /** Invoices on the customer's chart: three years of monthly invoices. */
  chartPoints: 36,
} as const;

/** The judged invoices the figures look back over: the trend's two windows together. */
export const LOOK_BACK = BEHAVIOUR_RULES.trendRecent + BEHAVIOUR_RULES.trendEarlier;
