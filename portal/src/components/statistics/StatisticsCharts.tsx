/**
 * The charts of the statistics page. This module is the only one that imports recharts and is
 * loaded with React.lazy, so the charting library is a chunk of its own that only this page fetches.
 * Every chart is decorative for assistive technology (aria-hidden): the same figures are in the text
 * tables beside it.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Pie,
  PieChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { SERIES_COLORS, TIER_COLORS, type CountRow, type PairRow, type TierRow } from './chart-data';

const AXIS_TICK = { fill: '#44403c', fontSize: 13 };
/** Legend entries in the series' order, written in ink (the swatch carries the colour). */
const legendProps = {
  itemSorter: null,
  wrapperStyle: { fontSize: 13 },
  formatter: (value: unknown) => <span style={{ color: '#1c1917' }}>{String(value)}</span>,
} as const;
const TIERS = ['standard', 'advanced', 'model', 'none'] as const;

/** Rural communes by NTM tier, one stacked bar per district. */
export function TierChart({ rows }: { rows: TierRow[] }) {
  const { t, formatNumber } = useI18n();
  const height = Math.max(160, rows.length * 38 + 70);
  return (
    <div className="chart" aria-hidden="true">
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#e7e5e4" />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatNumber} />
        <YAxis type="category" dataKey="label" width={112} tick={AXIS_TICK} interval={0} />
        <Tooltip cursor={{ fill: 'rgb(0 0 0 / 4%)' }} formatter={(value) => formatNumber(Number(value))} />
        <Legend {...legendProps} />
        {TIERS.map((tier) => (
          <Bar
            key={tier}
            dataKey={tier}
            stackId="tier"
            name={t(`statistics.tier.${tier}`)}
            fill={TIER_COLORS[tier]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}

/** One horizontal bar per row, with its value written at its end. */
export function CountChart({
  rows,
  name,
  colors = SERIES_COLORS,
}: {
  rows: CountRow[];
  name: string;
  colors?: string[];
}) {
  const { formatNumber } = useI18n();
  const height = Math.max(120, rows.length * 44 + 30);
  return (
    <div className="chart" aria-hidden="true">
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={96} tick={AXIS_TICK} interval={0} />
        <Tooltip cursor={{ fill: 'rgb(0 0 0 / 4%)' }} formatter={(value) => formatNumber(Number(value))} />
        <Bar dataKey="value" name={name} radius={[0, 6, 6, 0]} isAnimationActive={false}>
          {rows.map((row, index) => (
            <Cell key={row.key} fill={colors[index % colors.length]} />
          ))}
          <LabelList dataKey="value" position="right" formatter={(value) => formatNumber(Number(value))} />
        </Bar>
      </BarChart>
    </div>
  );
}

/** Shares of a whole as a ring, with an HTML legend that wraps on narrow screens. */
export function ShareChart({ rows, name }: { rows: CountRow[]; name: string }) {
  const { formatNumber } = useI18n();
  const shown = rows.filter((row) => row.value > 0);
  return (
    <div className="chart" aria-hidden="true">
      <PieChart responsive style={{ width: '100%', height: 260 }} accessibilityLayer={false}>
        <Pie
          data={shown}
          dataKey="value"
          nameKey="label"
          name={name}
          innerRadius="52%"
          outerRadius="82%"
          paddingAngle={1}
          isAnimationActive={false}
          // Recharts makes the ring a tab stop (tabindex 0): inside the aria-hidden chart a
          // keyboard would land on something a screen reader does not see (the table says it all).
          rootTabIndex={-1}
        >
          {shown.map((row) => (
            <Cell key={row.key} fill={SERIES_COLORS[rows.indexOf(row) % SERIES_COLORS.length]} />
          ))}
        </Pie>
        <Tooltip formatter={(value) => formatNumber(Number(value))} />
        <Legend {...legendProps} />
      </PieChart>
    </div>
  );
}

/** Two measures side by side for each row (producers and their products, by legal form). */
export function PairChart({ rows, names }: { rows: PairRow[]; names: [string, string] }) {
  const { formatNumber } = useI18n();
  const height = Math.max(160, rows.length * 58 + 60);
  return (
    <div className="chart" aria-hidden="true">
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={112} tick={AXIS_TICK} interval={0} />
        <Tooltip cursor={{ fill: 'rgb(0 0 0 / 4%)' }} formatter={(value) => formatNumber(Number(value))} />
        <Legend {...legendProps} />
        <Bar
          dataKey="first"
          name={names[0]}
          fill={SERIES_COLORS[0]}
          radius={[0, 4, 4, 0]}
          isAnimationActive={false}
        >
          <LabelList dataKey="first" position="right" formatter={(value) => formatNumber(Number(value))} />
        </Bar>
        <Bar
          dataKey="second"
          name={names[1]}
          fill={SERIES_COLORS[1]}
          radius={[0, 4, 4, 0]}
          isAnimationActive={false}
        >
          <LabelList dataKey="second" position="right" formatter={(value) => formatNumber(Number(value))} />
        </Bar>
      </BarChart>
    </div>
  );
}
