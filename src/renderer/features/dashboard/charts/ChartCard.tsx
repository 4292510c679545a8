import { Group, SegmentedControl } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { SectionCard } from '../../../components/SectionCard';

interface ChartCardProps {
  title: string;
  description?: ReactNode;
  /** Controls beside the chart/table switch (the trend's 12 or 24 months). */
  actions?: ReactNode;
  /** What the chart shows, in one sentence, for screen readers (the chart itself is a picture). */
  summary: string;
  chart: ReactNode;
  /** The same figures as a table: for keyboards, screen readers and anyone who prefers numbers. */
  table: ReactNode;
  /** Shown under either (the buckets' legend buttons). */
  footer?: ReactNode;
  testId: string;
}

/** A titled chart with a "Chart / Table" switch: every chart on the dashboard can be read as a table. */
export function ChartCard({
  title,
  description,
  actions,
  summary,
  chart,
  table,
  footer,
  testId,
}: ChartCardProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <SectionCard
      title={title}
      description={description}
      actions={
        <Group gap="xs">
          {actions}
          <SegmentedControl
            size="xs"
            aria-label={`Show “${title}” as`}
            value={view}
            onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
            data={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
          />
        </Group>
      }
    >
      <div data-testid={testId}>
        {view === 'chart' ? (
          <div role="img" aria-label={summary}>
            {chart}
          </div>
        ) : (
          table
        )}
        {footer}
      </div>
    </SectionCard>
  );
}
