import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { CustomerPage } from '../../../../shared/contract/customers';
import { Money } from '../../../components/Money';
import classes from './customer-detail.module.css';

/**
 * The three figures the owner looks at first: what the customer owes, how much of it is late, and
 * any money of theirs not yet set against an invoice.
 */
export function CustomerFigures({ page, overdue }: { page: CustomerPage; overdue: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" mb="md">
      <Figure label="Balance" testId="balance">
        {page.balance < 0 ? (
          <Text component="span" inherit c="teal">
            <Money value={-page.balance} /> in credit
          </Text>
        ) : (
          <Money value={page.balance} />
        )}
        <Text size="xs" c="dimmed" fw={400} mt={2}>
          {page.balance > 0 ? 'Owed to you today' : page.balance < 0 ? 'You owe them' : 'Nothing owed'}
        </Text>
      </Figure>
      <Figure label="Overdue" testId="overdue">
        <Money value={overdue} />
        <Text size="xs" c={overdue > 0 ? 'orange' : 'dimmed'} fw={400} mt={2}>
          {overdue > 0 ? 'Past its due date' : 'Nothing late'}
        </Text>
      </Figure>
      <Figure label="Unapplied credit" testId="credit">
        <Money value={page.credit} c={page.credit > 0 ? 'teal' : undefined} />
        <Text size="xs" c="dimmed" fw={400} mt={2}>
          {page.credit > 0 ? 'Paid, not yet set against an invoice' : 'None'}
        </Text>
      </Figure>
    </SimpleGrid>
  );
}

function Figure({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="lg" className={classes.figure} role="group" aria-label={label}>
      <Text className={classes.figureLabel} aria-hidden>
        {label}
      </Text>
      <div className={classes.figureValue} data-testid={`figure-${testId}`}>
        {children}
      </div>
    </Paper>
  );
}
