import { fromEpochDay, type IsoDate } from '../../../shared/dates';

// The demo works in whole days since the epoch (plain integers: cheap to compare and add for 200,000
// invoices) and turns them into 'YYYY-MM-DD' only when writing, through a cache, because building a
// Date per row would be a large share of the time. The shop keeps a real shop's week: closed on
// Sundays and over Christmas, banks move money on weekdays, and trade is seasonal.

/** 0 = Sunday … 6 = Saturday (1 January 1970 was a Thursday). */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

// A hardware shop by the sea: DIY and garden in spring, a lull after Christmas. Averages 1.0, so
// seasonality moves invoices between months without changing how many there are in a year.
const SEASON = [0.72, 0.82, 1.02, 1.16, 1.2, 1.12, 1.04, 0.98, 1.08, 1.04, 0.98, 0.84] as const;
export const SEASON_PEAK = 1.2;

export class ShopCalendar {
  private readonly iso: string[] = [];
  private readonly months: number[] = [];
  private readonly dayOfMonth: number[] = [];

  /** Covers `first` to `last` (the days the demo writes); other days still work, only slower. */
  constructor(
    private readonly first: number,
    last: number,
  ) {
    for (let day = first; day <= last; day++) {
      const iso = fromEpochDay(day);
      this.iso.push(iso);
      this.months.push(Number(iso.slice(5, 7)));
      this.dayOfMonth.push(Number(iso.slice(8, 10)));
    }
  }

  isoOf(day: number): IsoDate {
    return this.iso[day - this.first] ?? fromEpochDay(day);
  }

  month(day: number): number {
    return this.months[day - this.first] ?? Number(fromEpochDay(day).slice(5, 7));
  }

  monthDay(day: number): number {
    return this.dayOfMonth[day - this.first] ?? Number(fromEpochDay(day).slice(8, 10));
  }

  season(day: number): number {
    return SEASON[this.month(day) - 1]!;
  }

  private isHoliday(day: number): boolean {
    const m = this.month(day);
    const d = this.monthDay(day);
    return (m === 12 && (d === 25 || d === 26)) || (m === 1 && d === 1);
  }

  /** The shop invoices and takes cash or cards Monday to Saturday, not at Christmas. */
  nextShopDay(day: number): number {
    let d = day;
    while (weekday(d) === 0 || this.isHoliday(d)) d++;
    return d;
  }

  private isBankDay(day: number): boolean {
    const w = weekday(day);
    return w !== 0 && w !== 6 && !this.isHoliday(day);
  }

  /** Transfers and cheques land on banking days. */
  nextBankDay(day: number): number {
    let d = day;
    while (!this.isBankDay(d)) d++;
    return d;
  }

  /** Someone paying on time pays on the Friday when the due date is a Saturday. */
  previousBankDay(day: number): number {
    let d = day;
    while (!this.isBankDay(d)) d--;
    return d;
  }

  previousShopDay(day: number): number {
    let d = day;
    while (weekday(d) === 0 || this.isHoliday(d)) d--;
    return d;
  }
}
