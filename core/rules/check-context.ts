/** What the engine may check a submission against, beyond the sheet itself. All optional. */
export interface CheckContext {
  /** The collection under way: header year and period must match. */
  collection?: { year: number; period: 'annual' | 'half' };
  /** Roster codes: the header's unit code must be one of them. */
  rosterCodes?: ReadonlySet<string>;
  /** What the same unit submitted last year (its 本年 values), to compare with this file's 上年 column. */
  lastYear?: { values: Readonly<Record<string, number | null>>; source: string };
}
