import { EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  /** One sentence: what will be here, in the owner's words. */
  description: ReactNode;
  /** Buttons or links offering the next step, when there is one. */
  actions?: ReactNode;
}

/** A friendly panel for a screen with nothing to show yet. */
export function EmptyState({ icon, title, description, actions }: EmptyStateProps) {
  return (
    <Paper withBorder radius="lg" px="xl" py={64}>
      <MantineEmptyState
        icon={icon}
        variant="light"
        size="md"
        title={title}
        description={description}
        maw={460}
        mx="auto"
      >
        {actions ? <MantineEmptyState.Actions>{actions}</MantineEmptyState.Actions> : null}
      </MantineEmptyState>
    </Paper>
  );
}
