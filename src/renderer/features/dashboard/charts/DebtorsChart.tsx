import { BarChart } from '@mantine/charts';
import { Table, Text, UnstyledButton } from '@mantine/core';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import classes from '../dashboard.module.css';
import type { OpenDrill } from '../drill/drill-request';
import { compactMoney, dayCount, type Say } from '../words';
import { ChartCard } from './ChartCard';

interface DebtorsChartProps {
  data: Dashboard;
  say: Say;
  onDrill: OpenDrill;
}

/** Long names would squeeze the bars: the axis shows the start, the tooltip and table the whole. */
const shortName = (name: string): string => (name.length > 26 ? `${name.slice(0, 25)}…` : name);

/** The ten largest overdue balances, largest at the top; a bar or a name opens that customer's invoices. */
export function DebtorsChart({ data, say, onDrill }: DebtorsChartProps) {
  const rows = data.topOverdue;
  const open = (row: Dashboard['topOverdue'][number]) =>
    onDrill({
      slice: { kind: 'customer', customerId: row.customerId },
      figure: row.overdue,
      measure: 'overdue',
      figureName: row.name,
    });
  const summary =
    rows.length === 0
      ? 'Nobody owes anything overdue on this date.'
      : `Bar chart of the largest overdue balances: ${rows.map((r) => `${r.name} ${say.money(r.overdue)}`).join(', ')}.`;

  return (
    <ChartCard
      title="Largest overdue balances"
      description="The ten customers with the most past due. Choose one to see their invoices."
      summary={summary}
      testId="debtors-chart"
      chart={
        rows.length === 0 ? (
          <Text c="dimmed" size="sm" ta="center" py="xl">
            Nobody owes anything overdue on this date.
          </Text>
        ) : (
          <BarChart
            h={Math.max(120, rows.length * 34 + 40)}
            className={classes.clickable}
            // Only what the bars need: recharts hands each row's fields to its SVG shapes, where a
            // customer's `ref` would be taken for a React ref.
            data={rows.map((r) => ({ label: shortName(r.name), name: r.name, overdue: r.overdue }))}
            dataKey="label"
            orientation="vertical"
            series={[{ name: 'overdue', label: 'Overdue', color: 'orange.6' }]}
            valueFormatter={say.money}
            xAxisProps={{ tickFormatter: (v: number) => compactMoney(v, data.currency, say.locale) }}
            // Recharts wraps a tick to the width it is given: room enough that a name stays on one line.
            yAxisProps={{
              width: 200,
              tick: { transform: 'translate(-10, 0)', fontSize: 12, fill: 'currentColor', width: 400 },
            }}
            gridAxis="y"
            maxBarWidth={22}
            accessibilityLayer={false}
            tooltipProps={{
              labelFormatter: (label, payload) =>
                (payload[0]?.payload as { name?: string } | undefined)?.name ?? String(label),
            }}
            barProps={{ onClick: (_item, index) => rows[index] && open(rows[index]) }}
          />
        )
      }
      table={
        <Table className={nt.table} verticalSpacing="xs" aria-label="Largest overdue balances">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Oldest overdue</Table.Th>
              <Table.Th className={nt.numbers}>Overdue</Table.Th>
              <Table.Th className={nt.numbers}>Balance</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.customerId}>
                <Table.Td className={nt.wrap}>
                  <UnstyledButton
                    onClick={() => open(r)}
                    c="petrol.7"
                    fw={500}
                    fz="sm"
                    aria-label={`${r.name}: show their open invoices`}
                  >
                    {r.name}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{dayCount(r.oldestDaysOverdue, say.locale)}</Table.Td>
                <Table.Td className={nt.numbers}>
                  <Money value={r.overdue} />
                </Table.Td>
                <Table.Td className={nt.numbers}>
                  <Money value={r.balance} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
