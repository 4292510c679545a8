import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './welcome.module.css';

interface ChoiceCardProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  /** The buttons (or the progress) at the foot of the card, aligned across both cards. */
  footer: ReactNode;
}

/** One of the welcome's two big choices. */
export function ChoiceCard({ icon, title, children, footer }: ChoiceCardProps) {
  return (
    <Paper withBorder radius="lg" p="xl" className={classes.choice}>
      <Stack gap="md" h="100%">
        <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <div>
          <Title order={2} fz={19} mb={6}>
            {title}
          </Title>
          <Text component="div" size="sm" c="dimmed" lh={1.55}>
            {children}
          </Text>
        </div>
        <div className={classes.footer}>{footer}</div>
      </Stack>
    </Paper>
  );
}
