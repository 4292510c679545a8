import { IconUsers } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function CustomersPage({ takeFocus }: { takeFocus: boolean }) {
  return (
    <>
      <PageHeader
        title="Customers"
        subtitle="The people and businesses who buy from you on account."
        takeFocus={takeFocus}
      />
      <EmptyState
        icon={<IconUsers size={30} stroke={1.5} />}
        title="Coming soon"
        description="Everyone who owes you, with their invoices, payments and promises to pay in one place."
      />
    </>
  );
}
