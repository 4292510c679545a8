import { Anchor, Group, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import type { BatchKind } from '../../../shared/contract/batch';
import { TONES, type Tone } from '../../../shared/contract/templates';
import { useAppData } from '../../app-data';
import { DateField } from '../../components/DateField';
import { SectionCard } from '../../components/SectionCard';
import { hrefTo } from '../../shell/use-route';
import { TONE_LABELS } from '../customers/detail/documents/tone';

export interface BatchOptionsValue {
  kind: BatchKind;
  tone: Tone;
  asOfText: string;
  email: boolean;
}

interface BatchOptionsProps {
  value: BatchOptionsValue;
  onChange: (next: BatchOptionsValue) => void;
  dateProblem: string | null;
}

const KINDS: { value: BatchKind; label: string }[] = [
  { value: 'statement', label: 'Statements' },
  { value: 'letter', label: 'Reminder letters' },
];

/** What the batch makes: statements or letters in one tone, on a date, with or without email drafts. */
export function BatchOptions({ value, onChange, dateProblem }: BatchOptionsProps) {
  const { settings } = useAppData();
  const set = (part: Partial<BatchOptionsValue>) => onChange({ ...value, ...part });
  const paper = settings?.paper === 'letter' ? 'US Letter' : 'A4';
  return (
    <SectionCard
      title="What to make"
      description="One combined PDF to print, and a PDF for each customer in a folder of its own. Each document goes on its customer’s history."
    >
      <Stack gap="md">
        <SegmentedControl
          aria-label="Which documents"
          value={value.kind}
          onChange={(k) => set({ kind: k as BatchKind })}
          data={KINDS}
          w="fit-content"
        />
        <Group align="flex-start" gap="md">
          <DateField
            label={value.kind === 'letter' ? 'Letter date' : 'As of'}
            value={value.asOfText}
            onChange={(t) => set({ asOfText: t })}
            error={dateProblem}
            w={180}
          />
          {value.kind === 'letter' ? (
            <Select
              label="Tone"
              w={280}
              allowDeselect={false}
              value={value.tone}
              onChange={(t) => t && set({ tone: t as Tone })}
              data={TONES.map((t) => ({ value: t, label: TONE_LABELS[t] }))}
            />
          ) : null}
        </Group>
        <Switch
          label="Also make an email draft for each customer with an email address"
          description="A .eml file beside each PDF, with the PDF attached, to open in your own mail program."
          checked={value.email}
          onChange={(e) => set({ email: e.currentTarget.checked })}
        />
        <Text size="sm" c="dimmed">
          On {paper} paper, with your wording for each tone.{' '}
          <Anchor href={hrefTo('settings')} size="sm">
            Paper and envelopes
          </Anchor>{' '}
          ·{' '}
          <Anchor href={hrefTo('templates')} size="sm">
            Wording
          </Anchor>
        </Text>
      </Stack>
    </SectionCard>
  );
}
