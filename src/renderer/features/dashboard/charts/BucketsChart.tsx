import { BarChart } from '@mantine/charts';
import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { bucketColour, bucketName, cssColour } from '../../../components/bucket-style';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import classes from '../dashboard.module.css';
import type { OpenDrill } from '../drill/drill-request';
import { compactMoney, counted, type Say, sharePercent } from '../words';
import { ChartCard } from './ChartCard';

interface BucketsChartProps {
  data: Dashboard;
  say: Say;
  onDrill: OpenDrill;
}

/**
 * What is owed by age, one bar per bucket from Settings: not yet due in grey, older money warmer.
 * A bar, its button under the chart, or its row in the table opens the invoices behind it.
 */
export function BucketsChart({ data, say, onDrill }: BucketsChartProps) {
  const labels = data.buckets.map((b) => b.label);
  const rows = data.buckets.map((b, i) => ({
    label: b.label,
    name: bucketName(b.label, data.basis, true),
    fullName: bucketName(b.label, data.basis),
    amount: b.amount,
    invoices: b.invoices,
    color: bucketColour(labels, i),
  }));
  const open = (row: (typeof rows)[number]) =>
    onDrill({
      slice: { kind: 'bucket', label: row.label },
      figure: row.amount,
      measure: 'all',
      figureName: row.fullName,
    });

  const summary = `Bar chart of what is owed by age: ${rows
    .map((r) => `${r.fullName} ${say.money(r.amount)}`)
    .join(', ')}.`;

  return (
    <ChartCard
      title="Owed by age"
      description={
        data.basis === 'due'
          ? 'Open invoices by how long they are past their due date. Choose a bar to see who owes it.'
          : 'Open invoices by how long ago they were issued. Choose a bar to see who owes it.'
      }
      summary={summary}
      testId="buckets-chart"
      chart={
        <BarChart
          h={240}
          className={classes.clickable}
          data={rows}
          dataKey="name"
          series={[{ name: 'amount', label: 'Owed', color: 'gray.5' }]}
          valueFormatter={say.money}
          yAxisProps={{ tickFormatter: (v: number) => compactMoney(v, data.currency, say.locale), width: 70 }}
          maxBarWidth={72}
          minBarSize={data.open > 0 ? 2 : 0}
          accessibilityLayer={false}
          barProps={{ onClick: (_item, index) => rows[index] && open(rows[index]) }}
        />
      }
      table={
        <Table className={nt.table} verticalSpacing="xs" aria-label="Owed by age">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Age</Table.Th>
              <Table.Th className={nt.numbers}>Invoices</Table.Th>
              <Table.Th className={nt.numbers}>Share</Table.Th>
              <Table.Th className={nt.numbers}>Owed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Td>{r.fullName}</Table.Td>
                <Table.Td className={nt.numbers}>{r.invoices.toLocaleString(say.locale)}</Table.Td>
                <Table.Td className={nt.numbers}>
                  {sharePercent(data.open > 0 ? r.amount / data.open : 0, say.locale)}
                </Table.Td>
                <Table.Td className={nt.numbers}>
                  <Money value={r.amount} />
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={600}>
              <Table.Td>All open invoices</Table.Td>
              <Table.Td className={nt.numbers}>{data.openInvoices.toLocaleString(say.locale)}</Table.Td>
              <Table.Td className={nt.numbers}>100%</Table.Td>
              <Table.Td className={nt.numbers}>
                <Money value={data.open} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      }
      footer={
        <div className={classes.legend}>
          {rows.map((r) => (
            <UnstyledButton
              key={r.label}
              className={classes.legendItem}
              onClick={() => open(r)}
              aria-label={`${r.fullName}: ${say.money(r.amount)}, ${counted(r.invoices, 'invoice', say.locale)}. Show who owes it`}
              data-testid={`bucket-${r.label}`}
            >
              <Group gap={6} wrap="nowrap">
                <span className={classes.swatch} style={{ background: cssColour(r.color) }} />
                <Text size="xs" c="dimmed" truncate>
                  {r.name}
                </Text>
              </Group>
              <Text fw={600} size="sm" mt={2}>
                <Money value={r.amount} />
              </Text>
              <Text size="xs" c="dimmed">
                {counted(r.invoices, 'invoice', say.locale)}
              </Text>
            </UnstyledButton>
          ))}
        </div>
      }
    />
  );
}
