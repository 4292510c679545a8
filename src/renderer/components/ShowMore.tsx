import { Button, Group } from '@mantine/core';
import { useState } from 'react';

/** The first `initial` items, and a button for the rest: long histories stay quick and readable. */
export function useShowMore<T>(items: T[], initial: number): { shown: T[]; more: React.ReactNode } {
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, items.length - initial);
  return {
    shown: hidden > 0 ? items.slice(0, initial) : items,
    more:
      hidden > 0 ? (
        <Group justify="center" mt="sm">
          <Button variant="subtle" size="compact-sm" onClick={() => setAll(true)}>
            Show {hidden} more
          </Button>
        </Group>
      ) : null,
  };
}
