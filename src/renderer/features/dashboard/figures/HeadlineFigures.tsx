import { Group, SimpleGrid, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { Money } from '../../../components/Money';
import type { OpenDrill } from '../drill/drill-request';
import { collectedWords, counted, dayCount, latenessNote, type Say, sharePercent } from '../words';
import { DsoHelp } from './DsoHelp';
import { Figure } from './Figure';

const ARROWS = { up: IconArrowUpRight, down: IconArrowDownRight, same: IconArrowRight } as const;

/**
 * The six figures the owner reads first: what customers owe (after their credits), how much is late,
 * credit not yet used, how many days of sales are outstanding, how late payments come, and what came
 * in this month. What is owed and what is overdue open the invoices behind them.
 */
export function HeadlineFigures({ data, say, onDrill }: { data: Dashboard; say: Say; onDrill: OpenDrill }) {
  const collected = collectedWords(data.collected, data.asOf, say);
  const Arrow = ARROWS[collected.direction];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" mb="lg">
      <Figure
        label="Owed to you"
        testId="owed"
        value={<Money value={data.receivable} />}
        note={
          data.credit > 0 ? (
            <>
              <Money value={data.open} /> on {counted(data.openInvoices, 'open invoice', say.locale)}, less{' '}
              <Money value={data.credit} /> credit
            </>
          ) : (
            <>
              {counted(data.openInvoices, 'open invoice', say.locale)} from{' '}
              {counted(data.customersOwing, 'customer', say.locale)}
            </>
          )
        }
        onOpen={() =>
          onDrill({
            slice: { kind: 'open' },
            figure: data.open,
            measure: 'all',
            figureName: 'Open invoices, before credits',
          })
        }
      />
      <Figure
        label="Overdue"
        testId="overdue"
        value={<Money value={data.overdue} c={data.overdue > 0 ? 'orange.8' : undefined} />}
        note={`${sharePercent(data.overdueShare, say.locale)} of what is owed is past its due date`}
        onOpen={() =>
          onDrill({ slice: { kind: 'overdue' }, figure: data.overdue, measure: 'all', figureName: 'Overdue' })
        }
      />
      <Figure
        label="Unapplied credit"
        testId="credit"
        value={<Money value={data.credit} />}
        note={
          data.credit > 0 ? 'Paid or credited, not yet set against an invoice' : 'None waiting to be used'
        }
      />
      <Figure
        label="Days sales outstanding"
        testId="dso"
        value={data.dso.days === null ? 'Over a year' : dayCount(data.dso.days, say.locale)}
        note="How many days of recent sales are still unpaid"
        help={<DsoHelp data={data} say={say} />}
      />
      <Figure
        label="Average days late"
        testId="lateness"
        value={
          data.lateness.averageDaysLate === null ? '—' : dayCount(data.lateness.averageDaysLate, say.locale)
        }
        note={latenessNote(data.lateness, say)}
      />
      <Figure
        label="Collected this month"
        testId="collected"
        value={<Money value={data.collected.thisMonth.amount} />}
        note={
          <>
            <Group gap={4} wrap="nowrap" align="flex-start" data-testid="collected-comparison">
              <Arrow size={14} stroke={2} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
              <Text component="span" inherit>
                {collected.comparison}
              </Text>
            </Group>
            <Text component="span" inherit>
              {collected.lastMonth} brought in <Money value={data.collected.lastMonth.amount} />
            </Text>
          </>
        }
      />
    </SimpleGrid>
  );
}
