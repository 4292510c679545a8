import {
  ActionIcon,
  CloseButton,
  Group,
  Kbd,
  SegmentedControl,
  Select,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconSearch, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { type RefObject, useEffect } from 'react';
import {
  BEHAVIOUR_CLASSES,
  BEHAVIOUR_LABELS,
  type BehaviourClass,
} from '../../../../shared/contract/behaviour';
import type { CustomerSort } from '../../../../shared/contract/customers';
import { SORT_OPTIONS } from './list-view';

interface CustomerListToolbarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  search: string;
  onSearch: (text: string) => void;
  sort: CustomerSort;
  onSort: (sort: CustomerSort) => void;
  reverse: boolean;
  onReverse: (reverse: boolean) => void;
  /** Every tag in the books; the filter shows only when there are some. */
  tags: string[];
  tag: string | null;
  onTag: (tag: string | null) => void;
  behaviour: BehaviourClass | null;
  onBehaviour: (behaviour: BehaviourClass | null) => void;
}

/**
 * "Any payer" is a choice of its own rather than a clear button: Mantine's clear button is hidden from
 * keyboards and screen readers, and this way the way back is in the same list as the way in.
 */
const ANY = 'any';
const BEHAVIOUR_OPTIONS = [
  { value: ANY, label: 'Any payer' },
  ...BEHAVIOUR_CLASSES.map((c) => ({ value: c, label: BEHAVIOUR_LABELS[c] })),
];
const isBehaviourClass = (v: string | null): v is BehaviourClass => BEHAVIOUR_CLASSES.some((c) => c === v);

/** Search, order, and filters by how they pay and by tag, above the customers list. "/" jumps to the search from anywhere. */
export function CustomerListToolbar(props: CustomerListToolbarProps) {
  const { searchRef, search, onSearch, sort, onSort, reverse, onReverse, tags, tag, onTag } = props;
  const { behaviour, onBehaviour } = props;
  useSlashToSearch(searchRef);
  const Arrow = reverse ? IconSortAscending : IconSortDescending;
  return (
    <Group gap="sm" mb="md" wrap="wrap" align="center">
      <TextInput
        ref={searchRef}
        type="search"
        aria-label="Search customers"
        placeholder="Name, reference, email or invoice number"
        leftSection={<IconSearch size={16} stroke={1.6} />}
        rightSectionWidth={search ? undefined : 36}
        rightSection={
          search ? (
            <CloseButton size="sm" aria-label="Clear the search" onClick={() => onSearch('')} />
          ) : (
            <Kbd size="xs" aria-hidden>
              /
            </Kbd>
          )
        }
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && search) {
            e.preventDefault();
            onSearch('');
          }
        }}
        style={{ flex: '1 1 200px' }}
      />
      <Group gap={6} wrap="nowrap">
        <SegmentedControl
          aria-label="Order"
          value={sort}
          onChange={(v) => onSort(v as CustomerSort)}
          data={SORT_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
        />
        <Tooltip label={reverse ? 'Back to the usual order' : 'Reverse the order'} openDelay={300}>
          <ActionIcon
            variant={reverse ? 'light' : 'default'}
            size={36}
            aria-label="Reverse the order"
            aria-pressed={reverse}
            onClick={() => onReverse(!reverse)}
          >
            <Arrow size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Select
        aria-label="How they pay"
        data={BEHAVIOUR_OPTIONS}
        value={behaviour ?? ANY}
        onChange={(v) => onBehaviour(isBehaviourClass(v) ? v : null)}
        allowDeselect={false}
        w={170}
        comboboxProps={{ withinPortal: true }}
      />
      {tags.length > 0 ? (
        <Select
          aria-label="Tag"
          placeholder="All tags"
          data={tags}
          value={tag}
          onChange={onTag}
          clearable
          w={140}
          comboboxProps={{ withinPortal: true }}
        />
      ) : null}
    </Group>
  );
}

/** "/" anywhere but in a text field focuses the search, as in most apps with a list to search. */
function useSlashToSearch(ref: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      e.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
}
