import { IconFileImport } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';

export function ImportPage({ takeFocus }: PageProps) {
  return (
    <>
      <PageHeader
        title="Import"
        subtitle="Bring in the files your accounts tool exports."
        takeFocus={takeFocus}
      />
      <EmptyState
        icon={<IconFileImport size={28} stroke={1.6} />}
        title="Coming soon"
        description="The import wizard is being built."
      />
    </>
  );
}
