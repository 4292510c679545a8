import { Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { bucketHeading } from '../../../../shared/contract/ageing';
import type { CustomerPage } from '../../../../shared/contract/customers';
import { bucketColour, cssColour } from '../../../components/bucket-style';
import { Money, useMoneyFormat } from '../../../components/Money';
import classes from './customer-detail.module.css';

/**
 * This customer's open invoices by age, as main buckets them (as many as Settings has); the amounts
 * add up to the open total. Coloured as the dashboard colours them, the oldest always the reddest.
 */
export function CustomerAgeing({ ageing, open }: { ageing: CustomerPage['ageing']; open: number }) {
  const format = useMoneyFormat();
  const labels = ageing.map((b) => b.label);
  const colours = labels.map((_, i) => cssColour(bucketColour(labels, i)));
  return (
    <Paper withBorder radius="lg" p="lg" h="100%">
      <Text fw={600} mb="sm">
        Ageing
      </Text>
      <div className={classes.bar} aria-hidden>
        {open > 0
          ? ageing.map((b, i) =>
              b.amount > 0 ? (
                <Tooltip key={b.label} label={`${bucketHeading(b.label)}: ${format(b.amount)}`}>
                  <div style={{ flexGrow: b.amount, flexBasis: 0, minWidth: 4, background: colours[i] }} />
                </Tooltip>
              ) : null,
            )
          : null}
      </div>
      <Stack component="ul" gap={6} mt="md" className={classes.plainList} aria-label="Open invoices by age">
        {ageing.map((b, i) => (
          <Group component="li" key={b.label} justify="space-between" wrap="nowrap">
            <Text size="sm" c={b.amount > 0 ? undefined : 'dimmed'}>
              <span className={classes.swatch} style={{ background: colours[i] }} />
              {bucketHeading(b.label)}
            </Text>
            <Text size="sm" c={b.amount > 0 ? undefined : 'dimmed'}>
              <Money value={b.amount} dashForZero />
            </Text>
          </Group>
        ))}
        <Group component="li" justify="space-between" wrap="nowrap" className={classes.totalLine}>
          <Text size="sm" fw={600}>
            Open invoices
          </Text>
          <Text size="sm" fw={600}>
            <Money value={open} />
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
