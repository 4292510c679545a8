import { Drawer, Group, Loader, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DrillInput } from '../../../../shared/contract/dashboard';
import { useQuery } from '../../../api/use-query';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Money } from '../../../components/Money';
import { counted, drillAgreement, type Say } from '../words';
import { DrillControls, type DrillOrder } from './DrillControls';
import { DrillTable } from './DrillTable';
import type { DrillRequest } from './drill-request';

interface DrillDrawerProps {
  /** What was clicked; null while closed. */
  request: DrillRequest | null;
  asOf: string;
  say: Say;
  onClose: () => void;
}

/**
 * What stands behind a figure: the customers and their open invoices, from dashboard.drill. It says
 * the list adds up to the figure clicked; a tag narrows it, the order can change, each customer
 * opens to their invoices, and each name opens the customer's page.
 */
export function DrillDrawer({ request, asOf, say, onClose }: DrillDrawerProps) {
  // The drawer slides out with what it showed, rather than emptying first.
  const [shown, setShown] = useState(request);
  if (request !== null && request !== shown) setShown(request);
  return (
    <Drawer
      opened={request !== null}
      onClose={onClose}
      position="right"
      size={760}
      padding="xl"
      title={shown?.figureName ?? ''}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 600 } }}
      transitionProps={{ duration: 150 }}
      onExitTransitionEnd={() => setShown(null)}
    >
      {shown ? <DrillContent key={JSON.stringify(shown)} request={shown} asOf={asOf} say={say} /> : null}
    </Drawer>
  );
}

function DrillContent({ request, asOf, say }: { request: DrillRequest; asOf: string; say: Say }) {
  const [tag, setTag] = useState<string | null>(null);
  const [order, setOrder] = useState<DrillOrder>({ sort: 'amount', reverse: false });
  const input: DrillInput = { asOf, slice: request.slice, ...order, ...(tag ? { tag } : {}) };
  const drill = useQuery('dashboard.drill', input);

  if (drill.status === 'error') {
    return <ErrorAlert error={drill.error} title="Could not list the invoices" onRetry={drill.reload} />;
  }
  if (drill.status === 'loading') {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading the invoices">
        <Skeleton height={20} width="60%" />
        <Skeleton height={36} />
        {Array.from({ length: 6 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
          <Skeleton key={i} height={44} />
        ))}
      </Stack>
    );
  }
  const data = drill.data;
  const overdue = data.customers
    .flatMap((c) => c.invoices)
    .reduce((sum, i) => sum + (i.daysOverdue > 0 ? i.open : 0), 0);
  return (
    <Stack gap="md">
      <div>
        <Group gap="xs" align="baseline">
          <Text fz={24} fw={600} data-testid="drill-total">
            <Money value={data.total} />
          </Text>
          <Text c="dimmed" size="sm">
            in {counted(data.invoiceCount, 'invoice', say.locale)} from{' '}
            {counted(data.customers.length, 'customer', say.locale)}, as of {say.date(data.asOf)}
          </Text>
          {drill.refreshing ? <Loader size={12} type="oval" aria-label="Updating" /> : null}
        </Group>
        <Text size="sm" mt={4} aria-live="polite" data-testid="drill-agreement">
          {drillAgreement(request, { total: data.total, overdue }, tag, say)}
        </Text>
      </div>
      <DrillControls tags={data.tags} tag={tag} onTag={setTag} order={order} onOrder={setOrder} />
      {data.customers.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" py="xl">
          {tag ? `No customer tagged “${tag}” owes any of this.` : 'Nothing is owed here on this date.'}
        </Text>
      ) : (
        <DrillTable key={JSON.stringify(input)} customers={data.customers} say={say} />
      )}
    </Stack>
  );
}
