import { Alert, Button, Group, Radio, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { BatchCandidate } from '../../../shared/contract/batch';
import { SectionCard } from '../../components/SectionCard';
import { CandidateList } from './CandidateList';
import { type Purpose, recipients, searchCandidates, WHO_LABELS, type Who, whoChoices } from './selection';

/** What the documents cover, and what is said when nobody has anything of the kind. */
const WORDS: Record<Purpose, { about: string; nobody: string }> = {
  statement: {
    about:
      'A statement lists every open invoice and credit on the date, with an ageing row and a remittance slip.',
    nobody: 'Nobody has a balance on this date.',
  },
  reminder: {
    about:
      'Reminder letters cover each customer’s overdue invoices. Customers with nothing overdue on the date get none.',
    nobody: 'Nobody has anything overdue on this date. Nothing to remind anyone of.',
  },
  courtesy: {
    about:
      'Courtesy notes list each customer’s invoices not yet due, before they fall due. Customers with nothing still to fall due get none.',
    nobody: 'Nobody has anything still to fall due on this date.',
  },
};

interface RecipientsCardProps {
  purpose: Purpose;
  /** Undefined while main is reading them. */
  candidates: BatchCandidate[] | undefined;
  loadError: string | null;
  who: Who;
  onWho: (who: Who) => void;
  chosen: ReadonlySet<number>;
  onChosen: (next: Set<number>) => void;
  /** Whom the choice picks now (the list shown for "everyone…"). */
  picked: readonly BatchCandidate[];
}

/**
 * Who gets one: everyone overdue, everyone with a balance (statements), everyone with something not
 * yet due (courtesy notes), or the customers the owner
 * ticks, searchable by name, reference or email. The list shows what each would be asked and who
 * has no email address, before anything is made.
 */
export function RecipientsCard(props: RecipientsCardProps) {
  const { purpose, candidates, loadError, who, onWho, chosen, onChosen, picked } = props;
  const [search, setSearch] = useState('');
  const count = (w: Who): string =>
    !candidates || w === 'chosen' ? '' : ` (${recipients(candidates, w, chosen).length.toLocaleString()})`;
  const shown = candidates && who === 'chosen' ? searchCandidates(candidates, search) : picked;
  const tick = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChosen(next);
  };
  const tickShown = (on: boolean) => {
    const next = new Set(chosen);
    for (const c of shown) {
      if (on) next.add(c.id);
      else next.delete(c.id);
    }
    onChosen(next);
  };

  return (
    <SectionCard title="Who gets one" description={WORDS[purpose].about}>
      <Stack gap="md">
        <Radio.Group value={who} onChange={(w) => onWho(w as Who)} aria-label="Who gets one">
          <Group gap="lg">
            {whoChoices(purpose).map((w) => (
              <Radio key={w} value={w} label={`${WHO_LABELS[w]}${count(w)}`} />
            ))}
          </Group>
        </Radio.Group>
        {loadError ? (
          <Alert color="red" title="The customers could not be listed">
            {loadError}
          </Alert>
        ) : !candidates ? (
          <Skeleton height={220} radius="md" />
        ) : candidates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {WORDS[purpose].nobody}
          </Text>
        ) : (
          <>
            {who === 'chosen' ? (
              <Group gap="sm" align="flex-end">
                <TextInput
                  label="Find customers"
                  placeholder="Name, reference or email"
                  leftSection={<IconSearch size={16} stroke={1.6} />}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  w={300}
                />
                <Button variant="default" onClick={() => tickShown(true)} disabled={shown.length === 0}>
                  Tick all {search.trim() ? 'found' : ''} ({shown.length.toLocaleString()})
                </Button>
                <Button variant="subtle" onClick={() => onChosen(new Set())} disabled={chosen.size === 0}>
                  Untick all
                </Button>
              </Group>
            ) : null}
            {shown.length === 0 ? (
              <Text size="sm" c="dimmed">
                {who === 'chosen' ? 'No customer matches that search.' : 'Nobody, on this date.'}
              </Text>
            ) : (
              <CandidateList
                rows={shown}
                purpose={purpose}
                label={who === 'chosen' ? 'Customers to choose from' : 'Customers who get one'}
                {...(who === 'chosen' ? { ticked: chosen, onTick: tick } : {})}
              />
            )}
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
