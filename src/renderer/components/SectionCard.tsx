import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface SectionCardProps {
  title: string;
  /** One or two sentences under the title: what this part of the screen is for. */
  description?: ReactNode;
  /** Buttons beside the title, for the card's main actions. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * One titled part of a page (settings, a customer's details): a quiet bordered card whose title is a
 * level-2 heading, so screen readers can jump from part to part, and whose region is named by it.
 */
export function SectionCard({ title, description, actions, children }: SectionCardProps) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="lg" p="xl">
      <Group justify="space-between" align="flex-start" gap="md" mb="lg" wrap="wrap">
        <Stack gap={4} maw={560}>
          <Title order={2} fz="lg" id={id}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
      {children}
    </Paper>
  );
}
