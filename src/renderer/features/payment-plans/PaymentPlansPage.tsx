import { IconCalendarDollar } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function PaymentPlansPage({ takeFocus }: { takeFocus: boolean }) {
  return (
    <>
      <PageHeader
        title="Payment plans"
        subtitle="Instalments agreed with a customer."
        takeFocus={takeFocus}
      />
      <EmptyState
        icon={<IconCalendarDollar size={30} stroke={1.5} />}
        title="Coming soon"
        description="A large balance split into agreed instalments, with reminders that follow the plan's own dates."
      />
    </>
  );
}
