import { Button, Group, Input, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPrinter } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { LengthUnit } from '../../../../shared/contract/settings';
import { invoke, problemMessage } from '../../../api/client';
import { useAppData } from '../../../app-data';
import { notifyDone, notifyProblem } from '../../../components/notify';
import { saveDownload, whereSaved } from '../../../components/save-download';
import { formatBytes } from '../backups/backup-words';
import {
  type LettersFormValues,
  offsetLimit,
  parseLetters,
  switchUnit,
  toMm,
  UNIT_DECIMALS,
} from './letters-form';

// How far the owner's envelopes move the address, in millimetres or inches, and a calibration page to
// print with the values on screen (saved or not), so offsets can be tried before they are kept.

export function EnvelopeFields({ form }: { form: UseFormReturnType<LettersFormValues> }) {
  const { info, settings } = useAppData();
  const [printing, setPrinting] = useState(false);
  const unitLabel = useId();
  const { envelopeUnit: unit } = form.values;
  const limit = offsetLimit(unit);
  const step = unit === 'mm' ? 0.5 : 0.05;

  const offsetProps = (field: 'offsetRight' | 'offsetDown') => ({
    ...form.getInputProps(field),
    suffix: ` ${unit}`,
    decimalScale: UNIT_DECIMALS[unit],
    step,
    min: -limit,
    max: limit,
    clampBehavior: 'none' as const,
    allowNegative: true,
    w: 170,
  });

  const print = async () => {
    const { values } = form;
    const parsed = parseLetters(values);
    if (!parsed.ok && (parsed.errors.offsetRight || parsed.errors.offsetDown)) {
      if (parsed.errors.offsetRight) form.setFieldError('offsetRight', parsed.errors.offsetRight);
      if (parsed.errors.offsetDown) form.setFieldError('offsetDown', parsed.errors.offsetDown);
      return;
    }
    setPrinting(true);
    try {
      const file = await invoke('settings.calibrationPage', {
        paper: values.paper,
        unit,
        offsetMm: { x: toMm(Number(values.offsetRight), unit), y: toMm(Number(values.offsetDown), unit) },
      });
      saveDownload(file);
      notifyDone({
        id: 'calibration-page',
        title: `Saved “${file.fileName}”`,
        message:
          `${formatBytes(file.size, settings?.locale ?? 'en-GB')}: print it at 100%, fold it and put it in one of your envelopes. ` +
          whereSaved(info?.transport),
      });
    } catch (e) {
      notifyProblem({
        id: 'calibration-page',
        title: 'The calibration page was not made',
        message: problemMessage(e),
      });
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={640}>
        Letters put the customer’s address where a window envelope shows it (DIN 5008 on A4, a #10 envelope on
        US Letter). If the window of your envelopes sits a little elsewhere, move the address: print a
        calibration page, fold it into an envelope and measure.
      </Text>
      <Group gap="md" align="flex-start" wrap="wrap">
        <Stack gap={0}>
          <Input.Label id={unitLabel}>Measure in</Input.Label>
          <SegmentedControl
            aria-labelledby={unitLabel}
            value={unit}
            onChange={(v) => {
              const next: LengthUnit = v === 'in' ? 'in' : 'mm';
              form.setValues(switchUnit(form.values, next));
              form.clearFieldError('offsetRight');
              form.clearFieldError('offsetDown');
            }}
            data={[
              { value: 'mm', label: 'Millimetres' },
              { value: 'in', label: 'Inches' },
            ]}
          />
        </Stack>
        <NumberInput label="Move right" {...offsetProps('offsetRight')} />
        <NumberInput label="Move down" {...offsetProps('offsetDown')} />
      </Group>
      <Text size="xs" c="dimmed">
        A minus moves the address left or up. At most {limit} {unit} either way.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} stroke={1.6} />}
          loading={printing}
          onClick={print}
        >
          Print a calibration page
        </Button>
      </Group>
    </Stack>
  );
}
