import { Group, Progress, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { BehaviourFigures } from '../../../../shared/contract/behaviour';
import { useMoneyFormat } from '../../../components/Money';
import classes from './behaviour.module.css';
import {
  averageWords,
  type ExposureTone,
  exposureWords,
  longestWords,
  medianWords,
  onTimeWords,
  type TrendWay,
  trendWords,
} from './behaviour-words';

const TREND_LOOK: Record<TrendWay, { icon: typeof IconArrowRight; color: string | undefined }> = {
  later: { icon: IconArrowUpRight, color: 'orange.8' },
  earlier: { icon: IconArrowDownRight, color: 'teal.8' },
  same: { icon: IconArrowRight, color: undefined },
};

const BAR_COLOUR: Record<ExposureTone, string> = {
  calm: 'petrol',
  credit: 'teal',
  near: 'orange',
  over: 'red',
};

/**
 * A customer's payment figures as halves of plain sentences ("On time" — "9 of the last 10"), in a
 * definition list so screen readers pair each label with its value. Brief (a new customer): averages
 * of one or two invoices say nothing, so only the count, the longest delay and what they owe.
 */
export function BehaviourFigureList({ figures, brief }: { figures: BehaviourFigures; brief: boolean }) {
  const trend = trendWords(figures.trend);
  const judged = figures.recent > 0;
  return (
    <dl className={classes.figures} aria-label="How they pay, in figures">
      <Figure label="On time" note={judged ? 'By the due date, or within a few days' : undefined}>
        {onTimeWords(figures.onTime, figures.recent)}
      </Figure>
      {judged && !brief ? (
        <>
          <Figure label="Late on average" note="Weighted by amount: big invoices count for more">
            {averageWords(figures.averageDaysLate)}
          </Figure>
          <Figure label="Half the money came">{medianWords(figures.medianDaysLate)}</Figure>
        </>
      ) : null}
      {judged ? (
        <Figure label="Longest delay">{longestWords(figures.longestDaysLate, figures.longestUnpaid)}</Figure>
      ) : null}
      {trend ? <TrendFigure {...trend} /> : null}
      <ExposureFigure figures={figures} />
    </dl>
  );
}

function Figure({ label, note, children }: { label: string; note?: ReactNode; children: ReactNode }) {
  return (
    <div className={classes.figure}>
      <dt>{label}</dt>
      <dd>
        {children}
        {note ? <span className={classes.note}>{note}</span> : null}
      </dd>
    </div>
  );
}

function TrendFigure({ label, value, note, way }: NonNullable<ReturnType<typeof trendWords>>) {
  const { icon: Arrow, color } = TREND_LOOK[way];
  return (
    <Figure label={label} note={note}>
      <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
        <Text component="span" inherit c={color}>
          <Arrow size={14} stroke={2} aria-hidden style={{ verticalAlign: -2 }} />
        </Text>
        {value}
      </Group>
    </Figure>
  );
}

function ExposureFigure({ figures }: { figures: BehaviourFigures }) {
  const money = useMoneyFormat();
  const e = exposureWords(figures.exposure, money);
  return (
    <Figure
      label="Owed today"
      note={
        <>
          {e.bar !== null ? (
            <Progress
              value={e.bar}
              color={BAR_COLOUR[e.tone]}
              size="sm"
              radius="xl"
              my={6}
              aria-label="Share of their credit limit used"
            />
          ) : null}
          {e.tone === 'over' ? (
            <Text component="span" inherit c="red.8" fw={600}>
              <IconAlertTriangle
                size={13}
                stroke={2}
                aria-hidden
                style={{ verticalAlign: -2, marginRight: 4 }}
              />
              {e.note}
            </Text>
          ) : (
            e.note
          )}
        </>
      }
    >
      {e.value}
    </Figure>
  );
}
