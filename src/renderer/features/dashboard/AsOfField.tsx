import { Button, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useAppData } from '../../app-data';
import { DateField, useDateReader } from '../../components/DateField';

interface AsOfFieldProps {
  /** The chosen date, or undefined for today. */
  asOf: string | undefined;
  onChange: (iso: string | undefined) => void;
}

/**
 * "As of" a date: the dashboard as the books stood at the end of that day. The field holds what is
 * typed; each complete, real date redraws the dashboard, a half-typed one waits with its hint.
 * "Today" comes back to main's today.
 */
export function AsOfField({ asOf, onChange }: AsOfFieldProps) {
  const { info } = useAppData();
  const dates = useDateReader();
  const today = info?.today;
  const shown = asOf ?? today;
  const [text, setText] = useState(() => (shown ? dates.write(shown) : ''));

  // Today arrives with the app's data, and the date format can change in Settings: show the date
  // in the current format whenever the date itself changes from outside the field.
  const written = shown ? dates.write(shown) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new date from outside rewrites the field; typing alone never does.
  useEffect(() => {
    setText((typed) => (dates.read(typed) === shown ? typed : written));
  }, [written]);

  const read = dates.read(text);
  const onType = (typed: string) => {
    setText(typed);
    const iso = dates.read(typed);
    if (iso) onChange(iso === today ? undefined : iso);
  };

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <DateField
        label="As of"
        value={text}
        onChange={onType}
        error={text.trim() !== '' && read === null ? dates.hint : undefined}
        w={190}
      />
      {asOf !== undefined && asOf !== today ? (
        <Button
          variant="default"
          onClick={() => {
            onChange(undefined);
            if (today) setText(dates.write(today));
          }}
        >
          Today
        </Button>
      ) : null}
    </Group>
  );
}
