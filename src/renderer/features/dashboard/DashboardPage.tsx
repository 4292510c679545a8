import '@mantine/charts/styles.css';
import { Button, Group, Loader, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconFileImport, IconFiles, IconLayoutDashboard, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useQuery } from '../../api/use-query';
import { useAppData } from '../../app-data';
import { useDateFormat } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMoneyFormat } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';
import { hrefTo } from '../../shell/use-route';
import { AsOfField } from './AsOfField';
import { BucketsChart } from './charts/BucketsChart';
import { DebtorsChart } from './charts/DebtorsChart';
import { TrendChart } from './charts/TrendChart';
import { DrillDrawer } from './drill/DrillDrawer';
import type { DrillRequest } from './drill/drill-request';
import { ExportButtons } from './ExportButtons';
import { HeadlineFigures } from './figures/HeadlineFigures';
import { useDashboardView } from './use-dashboard-view';
import type { Say } from './words';

/**
 * #/dashboard (or #/dashboard/2026-06-30): what is owed, how late, by whom, and whether it is getting
 * better, as of any date. One request (dashboard.summary) draws all of it; while a new date is read
 * the last answer stays on screen, so changing the date redraws without flashing.
 */
export function DashboardPage({ takeFocus, route }: PageProps) {
  const view = useDashboardView(route.rest[0]);
  const { books, settings } = useAppData();
  const money = useMoneyFormat();
  const date = useDateFormat();
  const say: Say = { money, date, locale: settings?.locale ?? 'en-GB' };
  const summary = useQuery('dashboard.summary', {
    months: view.months,
    ...(view.asOf ? { asOf: view.asOf } : {}),
  });
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const empty = books?.open?.empty === true;

  return (
    <>
      <PageHeader
        title="Dashboard"
        subtitle="What you are owed, how late, and by whom — as of any date."
        takeFocus={takeFocus}
      />
      {empty ? (
        <EmptyState
          icon={<IconLayoutDashboard size={30} stroke={1.5} />}
          title="Nothing to show yet"
          description="Once your invoices and payments are in, this page shows what you are owed, how late it is and who owes the most."
          actions={
            <>
              <Button component="a" href="#/welcome" variant="default">
                Explore a demo shop
              </Button>
              <Button component="a" href="#/import" leftSection={<IconFileImport size={16} />}>
                Import your data
              </Button>
            </>
          }
        />
      ) : (
        <>
          <Paper withBorder radius="lg" px="lg" py="md" mb="lg">
            <Group justify="space-between" align="flex-end" gap="md">
              <Group gap="sm" align="flex-end">
                <AsOfField asOf={view.asOf} onChange={view.setAsOf} />
                {summary.refreshing && summary.status === 'success' ? (
                  <Loader size={16} type="oval" aria-label="Updating" mb={10} />
                ) : null}
              </Group>
              <Group gap="sm">
                {/* From "how much is overdue" straight to the letters and statements that ask for it. */}
                <Button
                  component="a"
                  href={hrefTo('letters')}
                  variant="default"
                  leftSection={<IconFiles size={16} stroke={1.6} />}
                >
                  Letters and statements
                </Button>
                <ExportButtons asOf={view.asOf} />
              </Group>
            </Group>
          </Paper>
          {summary.status === 'error' ? (
            <ErrorAlert error={summary.error} title="Could not read the dashboard" onRetry={summary.reload} />
          ) : summary.status === 'loading' ? (
            <DashboardSkeleton />
          ) : (
            <Stack
              gap="lg"
              data-testid="dashboard"
              data-as-of={summary.data.asOf}
              aria-busy={summary.refreshing}
            >
              <div>
                <HeadlineFigures data={summary.data} say={say} onDrill={setDrill} />
                {summary.data.open === 0 && summary.data.credit === 0 ? <NothingOwed /> : null}
              </div>
              <BucketsChart data={summary.data} say={say} onDrill={setDrill} />
              <TrendChart data={summary.data} say={say} months={view.months} onMonths={view.setMonths} />
              <DebtorsChart data={summary.data} say={say} onDrill={setDrill} />
            </Stack>
          )}
          <DrillDrawer
            request={drill}
            asOf={summary.data?.asOf ?? view.asOf ?? ''}
            say={say}
            onClose={() => setDrill(null)}
          />
        </>
      )}
    </>
  );
}

/** A date before the first invoice, or everything paid: say so, kindly, instead of a page of zeros. */
function NothingOwed() {
  return (
    <Group gap="xs" c="dimmed" mt={-4}>
      <IconUsers size={16} stroke={1.6} />
      <Text size="sm">
        Nobody owed you anything on this date. Choose a later date, or look at your customers.
      </Text>
    </Group>
  );
}

function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading the dashboard">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        {Array.from({ length: 6 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
          <Skeleton key={i} height={104} radius="lg" />
        ))}
      </SimpleGrid>
      <Skeleton height={380} radius="lg" />
      <Skeleton height={360} radius="lg" />
    </Stack>
  );
}
