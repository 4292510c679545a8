import { IconHeartHandshake } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';

export function WelcomePage({ takeFocus }: PageProps) {
  return (
    <>
      <PageHeader
        title="Welcome to Duly"
        subtitle="Get paid without losing the customer."
        takeFocus={takeFocus}
      />
      <EmptyState
        icon={<IconHeartHandshake size={28} stroke={1.6} />}
        title="Coming soon"
        description="The first-run welcome is being built."
      />
    </>
  );
}
