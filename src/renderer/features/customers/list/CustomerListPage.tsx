import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSearchOff, IconUsers } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BehaviourClass } from '../../../../shared/contract/behaviour';
import type { CustomerSort } from '../../../../shared/contract/customers';
import { useQuery } from '../../../api/use-query';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { PageProps } from '../../../shell/page';
import { CustomerFormModal } from '../forms/CustomerFormModal';
import { CustomerGrid } from './CustomerGrid';
import { CustomerListSummary } from './CustomerListSummary';
import { CustomerListToolbar } from './CustomerListToolbar';
import { onlyPaying, savedListView, saveListView } from './list-view';

/**
 * #/customers: everyone who buys on account, what they owe, how late and how they usually pay;
 * searchable, sortable, and filtered by tag or by how they pay.
 */
export function CustomerListPage({ takeFocus, route }: PageProps) {
  const [view] = useState(savedListView);
  const [search, setSearch] = useState(view.search);
  const [sort, setSort] = useState<CustomerSort>(view.sort);
  const [reverse, setReverse] = useState(view.reverse);
  const [tag, setTag] = useState<string | null>(view.tag);
  const [behaviour, setBehaviour] = useState<BehaviourClass | null>(view.behaviour);
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  // Search as the owner types, but ask main only once they pause: one query per word, not per key.
  const [searched] = useDebouncedValue(search.trim(), 200);

  const input = { search: searched, sort, reverse, ...(tag ? { tag } : {}) };
  const list = useQuery('customers.list', input);
  const resetKey = JSON.stringify({ ...input, behaviour });
  const shown = useMemo(
    () => (list.data ? onlyPaying(list.data, behaviour) : undefined),
    [list.data, behaviour],
  );

  const onActiveChange = useCallback((id: number) => saveListView({ lastOpenedId: id }), []);
  const open = useCallback((id: number) => route.go(`customers/${id}`), [route.go]);

  // Tags come with the rows: read them from an unfiltered answer, and keep them while filtering.
  const unfiltered = list.data && searched === '' && !tag ? list.data : undefined;
  const freshTags = useMemo(
    () =>
      unfiltered
        ? [...new Set(unfiltered.rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b))
        : undefined,
    [unfiltered],
  );
  const [knownTags, setKnownTags] = useState(view.tags);
  useEffect(() => {
    if (!freshTags) return;
    setKnownTags(freshTags);
    saveListView({ tags: freshTags });
  }, [freshTags]);
  const tags = freshTags ?? knownTags;

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PageHeader
          title="Customers"
          subtitle="Everyone who buys from you on account, and what they owe today."
          takeFocus={takeFocus}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} mt={4}>
          New customer
        </Button>
      </Group>

      {list.status === 'error' ? (
        <ErrorAlert error={list.error} title="Could not load your customers" onRetry={list.reload} />
      ) : list.status === 'loading' || !shown ? (
        <ListSkeleton />
      ) : shown.total === 0 ? (
        <EmptyState
          icon={<IconUsers size={30} stroke={1.5} />}
          title="No customers yet"
          description="Bring them in from your accounting tool with their invoices and payments, or add one by hand."
          actions={
            <>
              <Button
                component="a"
                href="#/import"
                variant="default"
                leftSection={<IconFileImport size={16} />}
              >
                Import customers
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New customer
              </Button>
            </>
          }
        />
      ) : (
        <>
          <CustomerListToolbar
            searchRef={searchRef}
            search={search}
            onSearch={(s) => {
              setSearch(s);
              saveListView({ search: s });
            }}
            sort={sort}
            onSort={(s) => {
              setSort(s);
              saveListView({ sort: s });
            }}
            reverse={reverse}
            onReverse={(r) => {
              setReverse(r);
              saveListView({ reverse: r });
            }}
            tags={tags}
            tag={tag}
            onTag={(t) => {
              setTag(t);
              saveListView({ tag: t });
            }}
            behaviour={behaviour}
            onBehaviour={(b) => {
              setBehaviour(b);
              saveListView({ behaviour: b });
            }}
          />
          <CustomerListSummary list={shown} refreshing={list.refreshing} />
          {shown.rows.length === 0 ? (
            <EmptyState
              icon={<IconSearchOff size={30} stroke={1.5} />}
              title={
                searched
                  ? `No customer matches “${searched}”`
                  : tag
                    ? 'No customer has this tag'
                    : 'No customer pays this way today'
              }
              description={
                searched
                  ? 'The search looks at names, references, email addresses and invoice numbers.'
                  : 'Try another filter above, or show everyone.'
              }
              actions={
                <Button
                  variant="default"
                  onClick={() => {
                    setSearch('');
                    setTag(null);
                    setBehaviour(null);
                    saveListView({ search: '', tag: null, behaviour: null });
                    searchRef.current?.focus();
                  }}
                >
                  Show all customers
                </Button>
              }
            />
          ) : (
            <CustomerGrid
              rows={shown.rows}
              sort={sort}
              reverse={reverse}
              resetKey={resetKey}
              initialId={view.lastOpenedId}
              onActiveChange={onActiveChange}
              onOpen={open}
            />
          )}
        </>
      )}

      <CustomerFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(customer) => {
          // Back on the list, the new customer is the one to show.
          saveListView({ lastOpenedId: customer.id });
          route.go(`customers/${customer.id}`);
        }}
      />
    </>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading customers">
      <Skeleton height={36} radius="md" />
      <Text size="sm" c="dimmed">
        Loading customers…
      </Text>
      {Array.from({ length: 6 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
        <Skeleton key={i} height={48} radius="md" />
      ))}
    </Stack>
  );
}
