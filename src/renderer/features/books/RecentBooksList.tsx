import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBook2, IconBookOff } from '@tabler/icons-react';
import type { RecentBooks } from '../../../shared/contract/books';
import { folderOf } from './books-paths';

interface RecentBooksListProps {
  recent: readonly RecentBooks[];
  onOpen: (path: string) => void;
  /** The path being opened, to show its button busy. */
  opening: string | undefined;
}

/** Books opened before, most recent first; one button each to open them again. */
export function RecentBooksList({ recent, onOpen, opening }: RecentBooksListProps) {
  return (
    <Paper withBorder radius="lg">
      <Stack gap={0}>
        {recent.map((r, i) => (
          <Group
            key={r.path}
            justify="space-between"
            wrap="nowrap"
            px="md"
            py="sm"
            style={i > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
          >
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              {r.exists ? (
                <IconBook2 size={18} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
              ) : (
                <IconBookOff size={18} stroke={1.6} aria-hidden style={{ flexShrink: 0, opacity: 0.5 }} />
              )}
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} c={r.exists ? undefined : 'dimmed'} truncate>
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {r.exists ? folderOf(r.path) : 'Moved or deleted'}
                </Text>
              </div>
            </Group>
            <Button
              variant="default"
              size="xs"
              disabled={!r.exists}
              loading={opening === r.path}
              onClick={() => onOpen(r.path)}
              aria-label={`Open ${r.name}`}
            >
              Open
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
