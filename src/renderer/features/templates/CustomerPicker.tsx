import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '../../api/use-query';

interface CustomerPickerProps {
  customerId: number | undefined;
  onChange(id: number): void;
}

/** Options shown at once: the search narrows the rest (books may hold thousands of customers). */
const SHOWN = 50;

/**
 * Whose letter to preview: searched in main by name, reference, email or invoice number (the
 * customers list's own search), most overdue first. The first of them is chosen to begin with, so
 * the preview shows a real letter at once.
 */
export function CustomerPicker({ customerId, onChange }: CustomerPickerProps) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string }>();
  // Once a customer is chosen the field shows their name: that is not a search for it.
  const [searched] = useDebouncedValue(search === chosen?.label ? '' : search.trim(), 200);
  const list = useQuery('customers.list', { search: searched, sort: 'overdue' });
  const rows = list.data?.rows;

  const first = rows?.[0];
  useEffect(() => {
    if (customerId === undefined && searched === '' && first) onChange(first.id);
  }, [customerId, searched, first, onChange]);

  const data = useMemo(() => {
    const options = (rows ?? [])
      .slice(0, SHOWN)
      .map((r) => ({ value: String(r.id), label: `${r.name} (${r.ref})` }));
    // The chosen customer stays an option while a search shows others, so its name stays in the field.
    if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
    return options;
  }, [rows, chosen]);

  useEffect(() => {
    const row = rows?.find((r) => r.id === customerId);
    if (row) setChosen({ value: String(row.id), label: `${row.name} (${row.ref})` });
  }, [rows, customerId]);

  return (
    <Select
      label="Preview for"
      placeholder={list.data?.total === 0 ? 'No customers yet' : 'Search customers'}
      data={data}
      value={customerId === undefined ? null : String(customerId)}
      onChange={(value) => {
        if (value) onChange(Number(value));
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // Choosing (even the customer already chosen) or leaving the field shows the chosen name again.
      onOptionSubmit={(value) => setSearch(data.find((o) => o.value === value)?.label ?? '')}
      onBlur={() => setSearch(chosen?.label ?? '')}
      // Main has already searched: show what it found.
      filter={({ options }) => options}
      allowDeselect={false}
      nothingFoundMessage={list.status === 'loading' ? 'Looking…' : 'No customer matches'}
      maxDropdownHeight={280}
      disabled={list.data?.total === 0}
    />
  );
}
