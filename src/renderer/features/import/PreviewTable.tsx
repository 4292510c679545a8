import { Table } from '@mantine/core';
import classes from './import.module.css';
import { fieldLabel } from './words';

interface PreviewTableProps {
  /** Names the table for screen readers: "First rows of invoices.csv". */
  label: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Field key → column name: what Duly reads each column as. */
  columns: Readonly<Record<string, string>>;
}

/** Which field each column name is read as (inverted from field → column). */
function readsAs(columns: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(columns).map(([key, column]) => [column, fieldLabel(key)]));
}

/** The header and first rows as Duly read them, each column tagged with the field it becomes. */
export function PreviewTable({ label, header, rows, columns }: PreviewTableProps) {
  const reads = readsAs(columns);
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table
        className={classes.preview}
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        aria-label={label}
      >
        <Table.Thead>
          <Table.Tr>
            {header.map((name, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions; names may repeat or be blank.
              <Table.Th key={i} className={reads.has(name) ? undefined : classes.unread}>
                {name || '(no name)'}
                <span className={classes.fieldTag}>{reads.get(name) ?? 'Not used'}</span>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity but their place.
            <Table.Tr key={r}>
              {header.map((_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions.
                <Table.Td key={c} title={row[c]}>
                  {row[c]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface RawRowsTableProps {
  label: string;
  rows: readonly (readonly string[])[];
  headerRow: number;
  /** Field key → column name on the header row. */
  columns: Readonly<Record<string, string>>;
  headerCells: readonly string[];
}

const AROUND_HEADER = { before: 3, after: 5 };

/**
 * The file as written, with the spreadsheet's row numbers, for a file Duly did not recognise: the
 * owner sees the title rows, which row holds the column names (highlighted), and what each column
 * will be read as once chosen.
 */
export function RawRowsTable({ label, rows, headerRow, columns, headerCells }: RawRowsTableProps) {
  const reads = readsAs(columns);
  const first = Math.max(1, headerRow - AROUND_HEADER.before);
  const shown = rows.slice(first - 1, headerRow + AROUND_HEADER.after);
  const width = Math.max(headerCells.length, ...shown.map((r) => r.length));
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table
        className={classes.preview}
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        aria-label={label}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.rowNumber}>Row</Table.Th>
            {Array.from({ length: width }, (_, c) => {
              const tag = reads.get(headerCells[c] ?? '');
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions.
                <Table.Th key={c} className={tag ? undefined : classes.unread}>
                  <span className={classes.fieldTag}>{tag ?? 'Not used'}</span>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row, i) => {
            const n = first + i;
            return (
              <Table.Tr key={n} className={n === headerRow ? classes.headerRow : undefined}>
                <Table.Td className={classes.rowNumber}>{n}</Table.Td>
                {Array.from({ length: width }, (_, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions.
                  <Table.Td key={c} title={row[c]}>
                    {row[c]}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
