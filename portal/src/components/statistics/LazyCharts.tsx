import { Component, lazy, Suspense, type ReactNode } from 'react';

// recharts is loaded only here, on demand: the module below is a chunk of its own.
const charts = () => import('./StatisticsCharts');
export const TierChart = lazy(() => charts().then((m) => ({ default: m.TierChart })));
export const CountChart = lazy(() => charts().then((m) => ({ default: m.CountChart })));
export const ShareChart = lazy(() => charts().then((m) => ({ default: m.ShareChart })));
export const PairChart = lazy(() => charts().then((m) => ({ default: m.PairChart })));

/** Drops a chart that failed to load (offline, a stale chunk): the figures stay in the table below it. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Where a chart appears: keeps its height while the charting code loads, so nothing jumps. */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return (
    <ChartBoundary>
      <Suspense fallback={<div className="chart chart-placeholder" style={{ height }} aria-hidden="true" />}>
        {children}
      </Suspense>
    </ChartBoundary>
  );
}
