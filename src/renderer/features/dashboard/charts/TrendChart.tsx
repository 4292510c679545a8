import { AreaChart } from '@mantine/charts';
import { SegmentedControl, Table } from '@mantine/core';
import { useMemo } from 'react';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import type { TrendMonths } from '../use-dashboard-view';
import { compactMoney, type Say, trendLabel } from '../words';
import { ChartCard } from './ChartCard';

interface TrendChartProps {
  data: Dashboard;
  say: Say;
  months: TrendMonths;
  onMonths: (months: TrendMonths) => void;
}

const SERIES = [
  { name: 'receivable', label: 'Owed on invoices', color: 'petrol.6' },
  { name: 'overdue', label: 'Overdue', color: 'orange.6' },
];

/** Owed and overdue at each month end, then on the date itself: is it getting better or worse? */
export function TrendChart({ data, say, months, onMonths }: TrendChartProps) {
  const points = useMemo(
    () => data.trend.map((p) => ({ ...p, label: trendLabel(p.date, say.locale) })),
    [data.trend, say.locale],
  );
  const first = data.trend[0];
  const last = data.trend.at(-1);
  const summary =
    first && last
      ? `Area chart of what was owed and overdue at each month end from ${say.date(first.date)} to ${say.date(
          last.date,
        )}: owed went from ${say.money(first.receivable)} to ${say.money(last.receivable)}, overdue from ${say.money(
          first.overdue,
        )} to ${say.money(last.overdue)}.`
      : 'Area chart of what was owed and overdue at each month end.';

  return (
    <ChartCard
      title="Owed and overdue over time"
      description="At each month end, and on the date you chose."
      summary={summary}
      testId="trend-chart"
      actions={
        <SegmentedControl
          size="xs"
          aria-label="How far back"
          value={String(months)}
          onChange={(v) => onMonths(v === '24' ? 24 : 12)}
          data={[
            { value: '12', label: '12 months' },
            { value: '24', label: '24 months' },
          ]}
        />
      }
      chart={
        <AreaChart
          h={260}
          data={points}
          dataKey="label"
          series={SERIES}
          curveType="linear"
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 36 }}
          withDots={points.length <= 13}
          fillOpacity={0.12}
          strokeWidth={2}
          valueFormatter={say.money}
          yAxisProps={{ tickFormatter: (v: number) => compactMoney(v, data.currency, say.locale), width: 70 }}
          xAxisProps={{ minTickGap: 12 }}
          tooltipProps={{
            labelFormatter: (_label, payload) => {
              const date = (payload[0]?.payload as { date?: string } | undefined)?.date;
              return date ? say.date(date) : '';
            },
          }}
          accessibilityLayer={false}
        />
      }
      table={
        <Table className={nt.table} verticalSpacing={4} aria-label="Owed and overdue over time">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>At the end of</Table.Th>
              <Table.Th className={nt.numbers}>Owed on invoices</Table.Th>
              <Table.Th className={nt.numbers}>Overdue</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.trend.map((p) => (
              <Table.Tr key={p.date}>
                <Table.Td>{say.date(p.date)}</Table.Td>
                <Table.Td className={nt.numbers}>
                  <Money value={p.receivable} />
                </Table.Td>
                <Table.Td className={nt.numbers}>
                  <Money value={p.overdue} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
