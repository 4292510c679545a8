import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconUsers } from '@tabler/icons-react';
import type { ImportSummary } from '../../../shared/contract/imports';
import { ImportTotals } from './ImportTotals';
import { NotesAlert, ProblemList } from './ProblemList';
import { capitalise, countsPhrase } from './words';

interface SummaryStepProps {
  summary: ImportSummary;
  booksName: string | undefined;
  onCustomers: () => void;
  onMore: () => void;
}

/** Step 4: what was added, what was already there, and where to go next. */
export function SummaryStep({ summary, booksName, onCustomers, onMore }: SummaryStepProps) {
  return (
    <Stack gap="xl">
      <Paper withBorder radius="lg" p="xl">
        <Stack gap="lg">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconCircleCheck size={28} stroke={1.6} />
            </ThemeIcon>
            <div>
              <Title order={2} fz="xl">
                Import finished
              </Title>
              <Text size="sm" c="dimmed">
                Everything is saved{booksName ? ` in ${booksName}` : ''}, and every payment is applied to its
                invoices.
              </Text>
            </div>
          </Group>
          <ImportTotals addLabel="Added" toAdd={summary.toAdd} alreadyThere={summary.alreadyThere} />
          <Stack gap={4}>
            {summary.files.map((f) => (
              <Text key={f.name} size="sm" c="dimmed">
                {f.name}
                {f.layout ? ` — ${capitalise(f.layout)}` : ''}: {countsPhrase(f.found)}
              </Text>
            ))}
          </Stack>
          <Group gap="sm">
            <Button leftSection={<IconUsers size={16} />} onClick={onCustomers}>
              Go to customers
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onMore}>
              Import more
            </Button>
          </Group>
        </Stack>
      </Paper>
      <NotesAlert notes={summary.notes} />
      {summary.warnings.length > 0 ? (
        <ProblemList problems={summary.warnings} title="Kept as your books have them" tone="warning" />
      ) : null}
    </Stack>
  );
}
