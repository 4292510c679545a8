import { Button } from '@mantine/core';
import { IconFiles, IconMailForward } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { hrefTo } from '../../shell/use-route';

export function FollowUpsPage({ takeFocus }: { takeFocus: boolean }) {
  return (
    <>
      <PageHeader title="Follow-ups" subtitle="Reminders for money that is overdue." takeFocus={takeFocus} />
      <EmptyState
        icon={<IconMailForward size={30} stroke={1.5} />}
        title="Coming soon"
        description="Kind, timely reminders — one per customer, listing everything overdue, sent only when you say so. Until then, reminder letters for everyone overdue can be made in one go."
        actions={
          <Button component="a" href={hrefTo('letters')} leftSection={<IconFiles size={16} stroke={1.6} />}>
            Letters and statements
          </Button>
        }
      />
    </>
  );
}
