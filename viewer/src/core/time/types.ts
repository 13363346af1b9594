export type Bin = 'day' | 'week' | 'month';

export interface Period {
  /** the period's first day (ISO), which is also its key */
  start: string;
  /** its last day (ISO), inclusive */
  end: string;
}

export interface HistogramBar extends Period {
  /** evidence items dated within the period */
  count: number;
}

export interface Histogram {
  bin: Bin;
  bars: HistogramBar[];
  /** evidence items with no date at all (neither event nor article date) */
  undated: number;
}
