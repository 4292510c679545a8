import { ActionIcon, Group, SegmentedControl, Select, Tooltip } from '@mantine/core';
import { IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { DRILL_SORTS } from '../../../../shared/contract/dashboard';

export interface DrillOrder {
  sort: (typeof DRILL_SORTS)[number];
  reverse: boolean;
}

/** The "no filter" choice: a value no tag can have (tags are trimmed, so never start with a space). */
const ALL = ' all';

const SORT_LABELS: Record<DrillOrder['sort'], string> = {
  amount: 'Amount',
  oldest: 'Oldest due',
  name: 'Name',
};

interface DrillControlsProps {
  tags: string[];
  tag: string | null;
  onTag: (tag: string | null) => void;
  order: DrillOrder;
  onOrder: (order: DrillOrder) => void;
}

/** The drill-down's order (largest first, oldest due first, A to Z, or reversed) and tag filter. */
export function DrillControls({ tags, tag, onTag, order, onOrder }: DrillControlsProps) {
  const Arrow = order.reverse ? IconSortAscending : IconSortDescending;
  return (
    <Group gap="sm" wrap="wrap">
      <Group gap={6} wrap="nowrap">
        <SegmentedControl
          aria-label="Order"
          value={order.sort}
          onChange={(v) => {
            const sort = DRILL_SORTS.find((s) => s === v);
            if (sort) onOrder({ ...order, sort });
          }}
          data={DRILL_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
        />
        <Tooltip label={order.reverse ? 'Back to the usual order' : 'Reverse the order'} openDelay={300}>
          <ActionIcon
            variant={order.reverse ? 'light' : 'default'}
            size={36}
            aria-label="Reverse the order"
            aria-pressed={order.reverse}
            onClick={() => onOrder({ ...order, reverse: !order.reverse })}
          >
            <Arrow size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {tags.length > 0 || tag ? (
        <Select
          aria-label="Tag"
          // "All tags" is an option like the others (a clear button would be out of the keyboard's reach).
          data={[{ value: ALL, label: 'All tags' }, ...(tag && !tags.includes(tag) ? [...tags, tag] : tags)]}
          value={tag ?? ALL}
          onChange={(v) => onTag(v === null || v === ALL ? null : v)}
          allowDeselect={false}
          w={160}
          comboboxProps={{ withinPortal: true }}
        />
      ) : null}
    </Group>
  );
}
