import { IconLayoutDashboard } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function DashboardPage({ takeFocus }: { takeFocus: boolean }) {
  return (
    <>
      <PageHeader title="Dashboard" subtitle="The money owed to you, at a glance." takeFocus={takeFocus} />
      <EmptyState
        icon={<IconLayoutDashboard size={30} stroke={1.5} />}
        title="Coming soon"
        description="What you are owed, how late, and by whom — as of any date."
      />
    </>
  );
}
