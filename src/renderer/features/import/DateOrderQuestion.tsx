import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarQuestion } from '@tabler/icons-react';
import type { ImportAnalysis } from '../../../shared/contract/imports';
import type { DateOrder } from './use-analysis';

interface DateOrderQuestionProps {
  ambiguous: ImportAnalysis['ambiguousDates'];
  onAnswer: (order: DateOrder) => void;
  pending: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The example read both ways ("3 April 2026" / "March 4, 2026"), so the owner answers by
 * recognising a date, not by decoding DD/MM. For display only: main reads the dates.
 */
export function readBothWays(example: string): { dayFirst: string; monthFirst: string } | undefined {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$/.exec(example.trim());
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]!.length === 2 ? `20${m[3]}` : m[3]!];
  const dayFirst = MONTHS[b - 1] ? `${a} ${MONTHS[b - 1]} ${year}` : undefined;
  const monthFirst = MONTHS[a - 1] ? `${MONTHS[a - 1]} ${b}, ${year}` : undefined;
  return dayFirst && monthFirst ? { dayFirst, monthFirst } : undefined;
}

/** Asks, once for all the files, whether 03/04/2026 is the 3rd of April or the 4th of March. */
export function DateOrderQuestion({ ambiguous, onAnswer, pending }: DateOrderQuestionProps) {
  const example = ambiguous[0]?.examples[0] ?? '03/04/2026';
  const both = readBothWays(example);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="date-order-question">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={40} radius="md" variant="light" color="yellow" aria-hidden>
          <IconCalendarQuestion size={22} stroke={1.5} />
        </ThemeIcon>
        <Stack gap="sm">
          <div>
            <Title order={2} fz="md" id="date-order-question">
              Are dates like {example} day/month or month/day?
            </Title>
            {ambiguous.map((a) => (
              <Text key={a.file} size="sm" c="dimmed" mt={4}>
                {a.file} has dates such as {a.examples.join(', ')}, which could be read either way.
              </Text>
            ))}
          </div>
          <Group gap="sm">
            <Button variant="light" loading={pending} onClick={() => onAnswer('DMY')}>
              Day/month{both ? ` (${both.dayFirst})` : ''}
            </Button>
            <Button variant="light" loading={pending} onClick={() => onAnswer('MDY')}>
              Month/day{both ? ` (${both.monthFirst})` : ''}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
