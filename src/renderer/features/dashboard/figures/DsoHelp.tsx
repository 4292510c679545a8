import { ActionIcon, Popover, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { dayCount, dsoExplanation, type Say } from '../words';

/**
 * How DSO was counted on this date, step by step: from what is owed, back through this month's
 * sales, then whole months, until they add up to it. A popover (not a hover tooltip), so it can be
 * opened by keyboard and read at leisure.
 */
export function DsoHelp({ data, say }: { data: Dashboard; say: Say }) {
  const { dso, open, asOf } = data;
  return (
    <Popover width={360} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label="How days sales outstanding is counted"
        >
          <IconInfoCircle size={16} stroke={1.6} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" data-testid="dso-explanation">
          <Text size="sm" fw={600}>
            Days sales outstanding
          </Text>
          <Text size="sm">{dsoExplanation(dso, open, asOf, say)}</Text>
          <Text size="xs" c="dimmed">
            Each month's sales cover part of what is still owed, newest first; the days counted add up to{' '}
            {dso.days === null ? 'more than a year' : dayCount(dso.days, say.locale)}. Unlike a plain average,
            one busy or quiet month does not throw it.
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
