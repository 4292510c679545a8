import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { BehaviourPoint } from '../../../../shared/contract/behaviour';
import { cssColour } from '../../../components/bucket-style';
import { useDateFormat } from '../../../components/DateText';
import { useMoneyFormat } from '../../../components/Money';
import classes from './behaviour.module.css';
import { pointLateWords } from './behaviour-words';
import { daysScale } from './days-scale';

/** Paid ones in the app's calm teal; ones still unpaid (late so far) in red, and said so in words. */
const PAID_COLOUR = 'petrol.6';
const UNPAID_COLOUR = 'red.6';
/** Behind the last few bars (the trend's "last 6"); Mantine draws reference areas at 20% opacity. */
const SHADE_COLOUR = 'gray.5';

interface Bar {
  key: string;
  daysLate: number;
  color: string;
  point: BehaviourPoint;
}

interface LatenessChartProps {
  points: BehaviourPoint[];
  /** What the chart shows, in one sentence, for screen readers (the chart itself is a picture). */
  summary: string;
  /** How many of the last bars the trend figure calls "the last few": shaded, to tie the two together. */
  recent: number | null;
}

/**
 * Days late for each judged invoice, oldest on the left. An invoice paid on time is a sliver at 0, so
 * it still shows as a payment. The table behind the panel's switch has every figure.
 */
export function LatenessChart({ points, summary, recent }: LatenessChartProps) {
  const date = useDateFormat();
  const bars = useMemo(
    (): Bar[] =>
      points.map((p) => ({
        key: String(p.invoiceId),
        daysLate: p.daysLate,
        color: p.open ? UNPAID_COLOUR : PAID_COLOUR,
        point: p,
      })),
    [points],
  );
  const dueOf = useMemo(() => new Map(points.map((p) => [String(p.invoiceId), p.dueDate])), [points]);
  const anyUnpaid = points.some((p) => p.open);
  const ticks = daysScale(Math.max(0, ...points.map((p) => p.daysLate)));
  const from = recent !== null && points.length > recent ? points[points.length - recent] : undefined;
  const to = points.at(-1);
  const shade =
    from && to
      ? [
          {
            x1: String(from.invoiceId),
            x2: String(to.invoiceId),
            color: SHADE_COLOUR,
            strokeOpacity: 0,
            // Kept, and clipped to the plot, when the last band's edge lands a hair past the axis.
            ifOverflow: 'hidden' as const,
          },
        ]
      : [];

  return (
    <div>
      <div role="img" aria-label={summary}>
        <BarChart
          h={240}
          data={bars}
          dataKey="key"
          series={[{ name: 'daysLate', label: 'Days late', color: PAID_COLOUR }]}
          minBarSize={3}
          maxBarWidth={28}
          gridAxis="x"
          tickLine="none"
          yAxisLabel="Days late"
          xAxisLabel="Due date"
          yAxisProps={{
            allowDecimals: false,
            width: 48,
            domain: [0, ticks.at(-1) ?? 0],
            ticks,
          }}
          referenceAreas={shade}
          xAxisProps={{ tickFormatter: (key: string) => date(dueOf.get(key) ?? ''), minTickGap: 24 }}
          tooltipAnimationDuration={0}
          tooltipProps={{
            content: ({ payload }) => <PointTooltip bar={payload?.[0]?.payload as Bar | undefined} />,
          }}
          accessibilityLayer={false}
        />
      </div>
      <Group gap="md" mt={4} justify="center" aria-hidden>
        <Text size="xs" c="dimmed">
          <span className={classes.swatch} style={{ background: cssColour(PAID_COLOUR) }} />
          Paid
        </Text>
        {anyUnpaid ? (
          <Text size="xs" c="dimmed">
            <span className={classes.swatch} style={{ background: cssColour(UNPAID_COLOUR) }} />
            Not paid yet (late so far)
          </Text>
        ) : null}
        {shade.length > 0 ? (
          <Text size="xs" c="dimmed">
            <span className={classes.swatch} style={{ background: cssColour(SHADE_COLOUR), opacity: 0.35 }} />
            Last {recent}
          </Text>
        ) : null}
      </Group>
    </div>
  );
}

function PointTooltip({ bar }: { bar: Bar | undefined }) {
  const date = useDateFormat();
  const money = useMoneyFormat();
  if (!bar) return null;
  const p = bar.point;
  return (
    <Paper withBorder shadow="md" radius="md" px="sm" py={6} fz="sm">
      <Text fw={600} size="sm">
        {p.number} · {money(p.amount)}
      </Text>
      <Text size="xs" c="dimmed">
        Due {date(p.dueDate)} · {p.paidOn ? `paid ${date(p.paidOn)}` : 'not paid yet'}
      </Text>
      <Text size="sm" c={p.open ? 'red.7' : undefined} fw={500}>
        {pointLateWords(p.daysLate, p.open)}
      </Text>
    </Paper>
  );
}
