import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import {
  type ColumnMapping,
  type FileReport,
  IMPORT_FIELDS,
  IMPORT_KINDS,
  type ImportKind,
} from '../../../shared/contract/imports';
import {
  guessColumns,
  headerCellsAt,
  initialMapping,
  KIND_LABELS,
  keepValid,
  missingFields,
} from './mapping';
import { RawRowsTable } from './PreviewTable';
import type { PickedFile } from './picked-files';

interface ColumnMappingEditorProps {
  file: PickedFile;
  report: FileReport | undefined;
  /** A complete mapping to read the file with; undefined to go back to what Duly recognised. */
  onApply: (mapping: ColumnMapping | undefined) => void;
}

/**
 * The owner tells Duly how to read a file: what it holds, which row has the column names and which
 * column is which field. Every change that leaves nothing required unchosen is applied at once (main
 * reads the file again), so the preview, the counts and the problems follow the owner's choices.
 */
export function ColumnMappingEditor({ file, report, onApply }: ColumnMappingEditorProps) {
  const kindLabel = useId();
  const [draft, setDraft] = useState<ColumnMapping>(() => initialMapping(file, report));
  // The file's first rows as main read them (its decoding and delimiter), from the latest analysis.
  const rows = report?.rawRows ?? [];
  const headerRow = draft.headerRow ?? 1;
  const header = headerCellsAt(rows, headerRow);
  const options = [...new Set(header.filter((h) => h !== ''))];
  const missing = missingFields(draft);

  const change = (next: ColumnMapping) => {
    setDraft(next);
    if (missingFields(next).length === 0) onApply(next);
  };
  /** A new kind or header row: keep the choices that still make sense, and guess the plain ones. */
  const rebase = (kind: ImportKind, row: number) => {
    const cells = headerCellsAt(rows, row);
    const kept = keepValid(kind, draft.columns, cells);
    change({ kind, headerRow: row, columns: { ...guessColumns(kind, cells), ...kept } });
  };
  const choose = (key: string, column: string | null) => {
    const columns = { ...draft.columns };
    if (column) columns[key] = column;
    else delete columns[key];
    change({ ...draft, columns });
  };

  return (
    <Stack gap="md">
      <Group gap="xl" align="flex-end" wrap="wrap">
        <div>
          <Text size="sm" fw={500} mb={6} id={kindLabel}>
            This file holds
          </Text>
          <SegmentedControl
            aria-labelledby={kindLabel}
            value={draft.kind}
            onChange={(kind) => rebase(kind as ImportKind, headerRow)}
            data={IMPORT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          />
        </div>
        <NumberInput
          label="Column names are on row"
          value={headerRow}
          min={1}
          max={Math.max(1, rows.length)}
          clampBehavior="strict"
          allowDecimal={false}
          w={240}
          onChange={(value) => {
            if (typeof value === 'number' && value >= 1) rebase(draft.kind, value);
          }}
        />
      </Group>

      <RawRowsTable
        label={`The first rows of ${file.name}, as written`}
        rows={rows}
        headerRow={headerRow}
        headerCells={header}
        columns={draft.columns}
      />

      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        {IMPORT_FIELDS[draft.kind].map((field) => (
          <Select
            key={field.key}
            label={field.label}
            withAsterisk={field.required}
            placeholder={field.required ? 'Choose a column' : 'Not in this file'}
            data={options}
            value={draft.columns[field.key] ?? null}
            onChange={(column) => choose(field.key, column)}
            clearable={!field.required}
            searchable
            nothingFoundMessage="No column of that name"
            comboboxProps={{ shadow: 'md' }}
          />
        ))}
      </SimpleGrid>

      <Group justify="space-between" wrap="wrap" gap="sm">
        {missing.length > 0 ? (
          <Group gap={6} wrap="nowrap">
            <IconAlertCircle size={18} stroke={1.6} color="var(--mantine-color-orange-7)" aria-hidden />
            <Text size="sm">Still to choose: {missing.join(', ')}.</Text>
          </Group>
        ) : (
          <Group gap={6} wrap="nowrap">
            <IconCircleCheck size={18} stroke={1.6} color="var(--mantine-color-petrol-7)" aria-hidden />
            <Text size="sm">Duly reads the file with these columns.</Text>
          </Group>
        )}
        {file.mapping ? (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconArrowBackUp size={14} />}
            onClick={() => onApply(undefined)}
          >
            Let Duly recognise it again
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
