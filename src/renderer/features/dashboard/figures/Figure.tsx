import { Paper, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from '../dashboard.module.css';

interface FigureProps {
  label: string;
  /** The figure itself, large. */
  value: ReactNode;
  /** One line under it: what it stands for, or how it moved. */
  note?: ReactNode;
  testId: string;
  /** Opens what stands behind the figure: then the whole card is a button. */
  onOpen?: () => void;
  /** Beside the label: an "i" that explains how the figure is worked out. */
  help?: ReactNode;
}

/** One headline figure on the dashboard: a label, the figure, and a note that says what it means. */
export function Figure({ label, value, note, testId, onOpen, help }: FigureProps) {
  const body = (
    <>
      <div className={classes.figureLabel}>
        <span>{label}</span>
        {onOpen ? <IconChevronRight size={14} stroke={1.8} aria-hidden /> : help}
      </div>
      <div className={classes.figureValue} data-testid={`figure-${testId}`}>
        {value}
      </div>
      {note ? (
        <Text component="div" className={classes.figureNote}>
          {note}
        </Text>
      ) : null}
    </>
  );
  if (onOpen) {
    return (
      <Paper
        component="button"
        type="button"
        withBorder
        radius="lg"
        className={`${classes.figure} ${classes.figureButton}`}
        onClick={onOpen}
      >
        {body}
        <VisuallyHidden>(show who owes it)</VisuallyHidden>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="lg" className={classes.figure} role="group" aria-label={label}>
      {body}
    </Paper>
  );
}
