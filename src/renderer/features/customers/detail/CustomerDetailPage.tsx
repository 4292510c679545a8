import { Anchor, Badge, Grid, Paper, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { DulyRequestError } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { PageProps } from '../../../shell/page';
import { hrefTo } from '../../../shell/use-route';
import { BehaviourPanel } from '../behaviour/BehaviourPanel';
import { CreditNoteFormModal } from '../forms/CreditNoteFormModal';
import { CustomerFormModal } from '../forms/CustomerFormModal';
import { InvoiceFormModal } from '../forms/InvoiceFormModal';
import { PaymentFormModal } from '../forms/PaymentFormModal';
import { ContactCard } from './ContactCard';
import { CreditNotesTable } from './CreditNotesTable';
import { CustomerAgeing } from './CustomerAgeing';
import { CustomerFigures } from './CustomerFigures';
import { type CustomerAction, CustomerTitle } from './CustomerTitle';
import { DocumentsCard } from './documents/DocumentsCard';
import { InvoicesTable } from './InvoicesTable';
import { PaymentsTable } from './PaymentsTable';

type Dialog = CustomerAction | 'edit' | null;
type Tab = 'invoices' | 'payments' | 'credit-notes';

/**
 * #/customers/<id>: one customer, from customers.page, with how they pay (behaviour.customer) read at
 * the same moment, not after: the page shows at once with the class and reason it carries, and the
 * figures and chart fill in.
 */
export function CustomerDetailPage({ idText, ...props }: PageProps & { idText: string }) {
  const id = Number(idText);
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />;
  return <CustomerDetail id={id} {...props} />;
}

function CustomerDetail({ id, takeFocus }: PageProps & { id: number }) {
  const page = useQuery('customers.page', { id });
  const behaviour = useQuery('behaviour.customer', { id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState<Tab>('invoices');
  const close = () => setDialog(null);

  if (page.status === 'loading') return <DetailSkeleton />;
  if (page.status === 'error') {
    if (page.error instanceof DulyRequestError && page.error.code === 'not_found') return <NotFound />;
    return <ErrorAlert error={page.error} title="Could not open this customer" onRetry={page.reload} />;
  }
  const data = page.data;
  const { open, overdue } = data;
  const openInvoices = data.invoices.filter((i) => i.open > 0);

  return (
    <>
      <CustomerTitle customer={data.customer} takeFocus={takeFocus} onAction={setDialog} />
      <CustomerFigures page={data} overdue={overdue} />
      <BehaviourPanel summary={data.behaviour} behaviour={behaviour} />
      <Grid gap="md" mb="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <CustomerAgeing ageing={data.ageing} open={open} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ContactCard customer={data.customer} onEdit={() => setDialog('edit')} />
        </Grid.Col>
      </Grid>

      <Paper withBorder radius="lg" px="lg" pt="xs" pb="md">
        <Tabs value={tab} onChange={(t) => t && setTab(t as Tab)} keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab
              value="invoices"
              rightSection={<Count n={openInvoices.length} of={data.invoices.length} />}
            >
              Invoices
            </Tabs.Tab>
            <Tabs.Tab value="payments" rightSection={<Count n={data.payments.length} />}>
              Payments
            </Tabs.Tab>
            <Tabs.Tab value="credit-notes" rightSection={<Count n={data.creditNotes.length} />}>
              Credit notes
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="invoices">
            <InvoicesTable invoices={data.invoices} />
          </Tabs.Panel>
          <Tabs.Panel value="payments">
            <PaymentsTable payments={data.payments} />
          </Tabs.Panel>
          <Tabs.Panel value="credit-notes">
            <CreditNotesTable creditNotes={data.creditNotes} invoices={data.invoices} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
      <div style={{ marginTop: 'var(--mantine-spacing-xl)' }}>
        <DocumentsCard page={data} />
      </div>

      <CustomerFormModal opened={dialog === 'edit'} onClose={close} customer={data.customer} />
      <InvoiceFormModal
        opened={dialog === 'invoice'}
        onClose={close}
        customer={data.customer}
        onSaved={() => setTab('invoices')}
      />
      <PaymentFormModal
        opened={dialog === 'payment'}
        onClose={close}
        customer={data.customer}
        openInvoices={openInvoices}
        balance={data.balance}
        onSaved={() => setTab('payments')}
      />
      <CreditNoteFormModal
        opened={dialog === 'credit'}
        onClose={close}
        customer={data.customer}
        invoices={data.invoices}
        onSaved={() => setTab('credit-notes')}
      />
    </>
  );
}

/** "3 open" on the invoices tab; a plain count on the others. */
function Count({ n, of }: { n: number; of?: number }) {
  const label = of === undefined ? String(n) : `${n} open`;
  return (
    <Badge
      size="sm"
      variant="light"
      color={of !== undefined && n > 0 ? 'petrol' : 'gray'}
      radius="sm"
      tt="none"
    >
      {of !== undefined && n === 0 ? of : label}
    </Badge>
  );
}

function NotFound() {
  return (
    <EmptyState
      icon={<IconUserQuestion size={30} stroke={1.5} />}
      title="This customer is not in the books"
      description="They may have been in other books, or the link is out of date."
      actions={<Anchor href={hrefTo('customers')}>Back to customers</Anchor>}
    />
  );
}

function DetailSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the customer">
      <Skeleton height={14} width={140} />
      <Skeleton height={32} width={320} />
      <Grid gap="md">
        {[0, 1, 2].map((i) => (
          <Grid.Col key={i} span={4}>
            <Skeleton height={92} radius="lg" />
          </Grid.Col>
        ))}
      </Grid>
      <Skeleton height={140} radius="lg" />
      <Skeleton height={240} radius="lg" />
    </Stack>
  );
}
