import { Grid, Group, Paper, SegmentedControl, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconSeedling } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { BehaviourSummary, CustomerBehaviour } from '../../../../shared/contract/behaviour';
import type { Query } from '../../../api/use-query';
import { useDateFormat } from '../../../components/DateText';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { plural } from '../words';
import { BehaviourBadge } from './BehaviourBadge';
import { BehaviourFigureList } from './BehaviourFigureList';
import { LatenessChart } from './LatenessChart';
import { LatenessTable } from './LatenessTable';

interface BehaviourPanelProps {
  /** The class and reason that came with the customer's page: shown at once, before the figures. */
  summary: BehaviourSummary;
  /** behaviour.customer, read alongside the page. */
  behaviour: Query<CustomerBehaviour>;
}

/** "How they pay": the class and why, the figures behind it, and days late invoice by invoice. */
export function BehaviourPanel({ summary, behaviour }: BehaviourPanelProps) {
  const id = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const data = behaviour.data;
  const shown = data ?? summary;
  const charted = data !== undefined && data.class !== 'new' && data.points.length > 0;

  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="lg" p="lg" mb="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ flex: '1 1 320px' }}>
          <Group gap="sm" align="center">
            <Title order={2} fz="lg" id={id}>
              How they pay
            </Title>
            <BehaviourBadge behaviourClass={shown.class} label={shown.label} />
          </Group>
          <Text data-testid="behaviour-reason">{shown.reason}</Text>
        </Stack>
        {charted ? (
          <SegmentedControl
            size="xs"
            aria-label="Show days late as"
            value={view}
            onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
            data={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
          />
        ) : null}
      </Group>

      {behaviour.status === 'error' ? (
        <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          <ErrorAlert
            error={behaviour.error}
            title="Could not read how they pay"
            onRetry={behaviour.reload}
          />
        </div>
      ) : data === undefined ? (
        <Grid gap="lg" mt="md" aria-busy="true" aria-label="Loading how they pay">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Skeleton height={200} radius="md" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Skeleton height={200} radius="md" />
          </Grid.Col>
        </Grid>
      ) : (
        <Grid gap="xl" mt="md">
          {/* A new customer has fewer figures and a table rather than a chart: give the table the room. */}
          <Grid.Col span={{ base: 12, md: charted ? 6 : 5 }}>
            <BehaviourFigureList figures={data.figures} brief={data.class === 'new'} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: charted ? 6 : 7 }}>
            {!charted ? (
              <TooEarly data={data} />
            ) : view === 'chart' ? (
              <ChartWithSummary data={data} />
            ) : (
              <LatenessTable points={data.points} />
            )}
          </Grid.Col>
        </Grid>
      )}
    </Paper>
  );
}

function ChartWithSummary({ data }: { data: CustomerBehaviour }) {
  const date = useDateFormat();
  const points = data.points;
  const first = points[0]!;
  const last = points.at(-1)!;
  const onTime = points.filter((p) => p.daysLate === 0).length;
  const longest = Math.max(...points.map((p) => p.daysLate));
  const unpaid = points.filter((p) => p.open).length;
  const summary =
    `Bar chart of days late for ${plural(points.length, 'invoice')} due from ${date(first.dueDate)} to ` +
    `${date(last.dueDate)}: ${onTime} paid by the due date, the longest ${plural(longest, 'day')} late` +
    `${unpaid > 0 ? `, ${unpaid} not paid yet` : ''}. The table view lists each one.`;
  return (
    <LatenessChart points={points} summary={summary} recent={data.figures.trend?.recentInvoices ?? null} />
  );
}

/** A new customer: too little history for a picture, said kindly, with what there is so far. */
function TooEarly({ data }: { data: CustomerBehaviour }) {
  const none = data.points.length === 0;
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color="gray" radius="xl" size="lg" aria-hidden>
          <IconSeedling size={18} stroke={1.6} />
        </ThemeIcon>
        <Text size="sm" c="dimmed">
          {none
            ? 'Nothing to draw yet. Each invoice shows here once it is paid, or once it runs past its due date, with how late it came.'
            : 'Too early to see a habit. After a few more invoices, a chart of how late each one came will show here. So far:'}
        </Text>
      </Group>
      {none ? null : <LatenessTable points={data.points} />}
    </Stack>
  );
}
