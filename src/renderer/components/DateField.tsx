import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { type DateFormat, formatDate } from '../../shared/dates';
import { useAppData } from '../app-data';
import { dateHint, readDateText } from './date-text';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** The text as typed (the form keeps text; readDateText turns it into 'YYYY-MM-DD' on saving). */
  value?: string;
  onChange: (text: string) => void;
}

/**
 * A date typed in the owner's format (or ISO), with a calendar to pick from. The form holds the
 * text, so a half-typed or impossible date stays on screen with its message at the field instead of
 * silently snapping back, and nothing but a 'YYYY-MM-DD' string ever leaves the form.
 */
export function DateField({ value = '', onChange, label, ...input }: DateFieldProps) {
  const { settings, info } = useAppData();
  const format = (settings?.dateFormat ?? 'DD/MM/YYYY') as DateFormat;
  const [opened, setOpened] = useState(false);
  const iso = readDateText(value, format);
  const labelText = typeof label === 'string' ? label : 'date';
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <TextInput
          label={label}
          placeholder={format}
          autoComplete="off"
          inputMode="numeric"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
          rightSection={
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => setOpened((o) => !o)}
              aria-label={`Choose the ${labelText.toLowerCase()} from a calendar`}
            >
              <IconCalendar size={16} stroke={1.6} />
            </ActionIcon>
          }
          {...input}
        />
      </Popover.Target>
      <Popover.Dropdown
        // Escape in the calendar closes the calendar, not the dialog around it: Mantine's modal
        // leaves alone key presses on elements marked so.
        onFocus={(e) => e.target.setAttribute('data-mantine-stop-propagation', 'true')}
      >
        <DatePicker
          value={iso}
          // Open on the chosen date, or on main's today: never the renderer's own clock.
          defaultDate={iso ?? info?.today}
          onChange={(picked) => {
            if (picked) onChange(formatDate(picked, format));
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}

export interface DateReader {
  /** Typed text → 'YYYY-MM-DD', or null. */
  read(text: string): string | null;
  /** 'YYYY-MM-DD' → the text the owner would type, for defaults. */
  write(iso: string): string;
  /** The message for text that is not a date. */
  hint: string;
}

/** Reads and writes dates in the owner's format (Settings), for forms that hold dates as text. */
export function useDateReader(): DateReader {
  const { settings } = useAppData();
  const format = (settings?.dateFormat ?? 'DD/MM/YYYY') as DateFormat;
  return {
    read: (text) => readDateText(text, format),
    write: (iso) => formatDate(iso, format),
    // The 31st shows which number is the day, whatever the format.
    hint: dateHint(format, '2026-01-31'),
  };
}
