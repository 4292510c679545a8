import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileAlert, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Problem } from '../../../shared/errors';
import { plural } from './words';

interface ProblemListProps {
  problems: readonly Problem[];
  /** "Problems to fix" or, for warnings, "Kept as your books have them". */
  title: string;
  tone: 'problem' | 'warning';
}

const FIRST_SHOWN = 50;

/** Problems by file, then in row order, as the owner will look for them in their spreadsheet. */
function byFile(problems: readonly Problem[]): [string, Problem[]][] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.file ?? '';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const list of groups.values()) list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return [...groups.entries()];
}

/**
 * Every problem, grouped by file, each with its row (as a spreadsheet numbers it), its column and
 * what is wrong in plain words. Long lists show their first rows and the rest on request, so a file
 * with thousands of bad rows does not bury the page.
 */
export function ProblemList({ problems, title, tone }: ProblemListProps) {
  const color = tone === 'problem' ? 'red' : 'yellow';
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group gap="xs">
        <Title order={2} fz="md">
          {title}
        </Title>
        <Badge color={color} variant="light" radius="sm">
          {problems.length}
        </Badge>
      </Group>
      {byFile(problems).map(([file, list]) => (
        <FileProblems key={file} file={file} problems={list} color={color} />
      ))}
    </Stack>
  );
}

function FileProblems({ file, problems, color }: { file: string; problems: Problem[]; color: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, FIRST_SHOWN);
  return (
    <Paper
      withBorder
      radius="lg"
      style={{ overflow: 'hidden' }}
      aria-label={file || 'All files'}
      component="section"
    >
      <Group
        gap="xs"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <IconFileAlert size={18} stroke={1.6} color={`var(--mantine-color-${color}-7)`} aria-hidden />
        <Text fw={600} size="sm">
          {file || 'All files'}
        </Text>
        <Text size="sm" c="dimmed">
          {plural(problems.length, 'problem')}
        </Text>
      </Group>
      <Table
        verticalSpacing={8}
        horizontalSpacing="md"
        fz="sm"
        aria-label={`Problems in ${file || 'the files'}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Row</Table.Th>
            <Table.Th w={180}>Column</Table.Th>
            <Table.Th>What is wrong</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row may have several problems; the place is the identity.
            <Table.Tr key={i}>
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                {p.row !== undefined ? (
                  `Row ${p.row}`
                ) : (
                  <Text span c="dimmed" inherit>
                    Whole file
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {p.field ?? (
                  <Text span c="dimmed" inherit>
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {problems.length > shown.length ? (
        <Group px="md" py="xs">
          <Button variant="subtle" size="compact-sm" onClick={() => setAll(true)}>
            Show all {problems.length.toLocaleString()}
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}

/** Notes that need nothing done ("Dates read as day first"), under "Good to know"; none, nothing. */
export function NotesAlert({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <Alert variant="light" color="gray" radius="lg" icon={<IconInfoCircle size={20} />} title="Good to know">
      <List size="sm" spacing={4}>
        {notes.map((n) => (
          <List.Item key={n}>{n}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
