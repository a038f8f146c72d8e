/**
 * What the statistics charts draw, already counted and labelled in the reader's language. Kept apart
 * from StatisticsCharts.tsx so that pages can build it without loading the charting library.
 */

/** Rural communes of one area by their highest NTM tier (each counted once). */
export interface TierRow {
  label: string;
  none: number;
  standard: number;
  advanced: number;
  model: number;
}

/** One bar of a simple chart. */
export interface CountRow {
  key: string;
  label: string;
  value: number;
}

/** One bar of a chart with two measures (producers and their products). */
export interface PairRow {
  key: string;
  label: string;
  first: number;
  second: number;
}

/** Fill colours, chosen for contrast on white and to be told apart without relying on hue alone. */
export const TIER_COLORS = {
  none: '#d6d3d1',
  standard: '#15803d',
  advanced: '#1d4ed8',
  model: '#b45309',
} as const;
export const SERIES_COLORS = ['#166534', '#b45309', '#1d4ed8', '#7c3aed', '#be123c', '#0f766e', '#57534e'];
/** 5, 4 and 3 stars: the gold of the stars, darkest for the most. */
export const STAR_COLORS = ['#92400e', '#b45309', '#d97706'];
