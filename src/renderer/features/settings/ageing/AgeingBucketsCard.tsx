import { Group, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AgeingBasis } from '../../../../shared/contract/ageing';
import type { SettingsDto } from '../../../../shared/contract/settings';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { notifyDone } from '../../../components/notify';
import { SectionCard } from '../../../components/SectionCard';
import { SaveButtons } from '../SaveButtons';
import { limitIndexOf, limitsProblem, readLimits } from './ageing-form';
import { BucketPreview } from './BucketPreview';
import { LimitFields } from './LimitFields';

const TITLE = 'Ageing buckets';
const DESCRIPTION =
  'How what you are owed is grouped by age on the dashboard, on customers’ pages and in every report.';

export function AgeingBucketsCard() {
  const { settings } = useAppData();
  if (!settings) {
    return (
      <SectionCard title={TITLE} description={DESCRIPTION}>
        <Stack gap="md" aria-hidden>
          <Skeleton height={36} width="50%" />
          <Skeleton height={56} />
        </Stack>
      </SectionCard>
    );
  }
  return <AgeingBucketsForm settings={settings} />;
}

const textsOf = (limits: readonly number[]): string[] => limits.map(String);

/**
 * The day limits (one to six, each larger than the one before) and whether invoices age from their
 * due date or their invoice date, with a live preview of the buckets they make. Main checks the
 * limits with the contract's schema; its message stands under the limits when it refuses them.
 */
function AgeingBucketsForm({ settings }: { settings: SettingsDto }) {
  const save = useMutation('settings.update');
  const savedKey = `${settings.ageingLimits.join(',')}|${settings.ageingBasis}`;
  const [texts, setTexts] = useState(() => textsOf(settings.ageingLimits));
  const [basis, setBasis] = useState<AgeingBasis>(settings.ageingBasis);
  const [localProblem, setLocalProblem] = useState<{ message: string; index: number | null } | null>(null);

  // Settings can change under the form (a restore, another window): show what the books now hold.
  // biome-ignore lint/correctness/useExhaustiveDependencies: savedKey stands for the saved limits and basis.
  useEffect(() => {
    setTexts(textsOf(settings.ageingLimits));
    setBasis(settings.ageingBasis);
  }, [savedKey]);

  const dirty = texts.join(',') !== settings.ageingLimits.join(',') || basis !== settings.ageingBasis;
  const refusal = save.error;
  const problem =
    localProblem ?? (refusal ? { message: refusal.message, index: limitIndexOf(refusal.field) } : null);

  const edit = (next: string[]) => {
    setTexts(next);
    setLocalProblem(null);
    save.reset();
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const read = readLimits(texts);
    if (!read.ok) {
      setLocalProblem({ message: read.message, index: read.index });
      return;
    }
    // Sent as typed: main checks the rules and says what is wrong, in the words the preview uses too.
    const answer = await save.run({ ageingLimits: read.limits, ageingBasis: basis });
    if (!answer) return;
    notifyDone({
      id: 'ageing-saved',
      title: 'Buckets saved',
      message: 'The dashboard and every report group what is owed this way from now on.',
    });
  };

  const discard = () => {
    setTexts(textsOf(settings.ageingLimits));
    setBasis(settings.ageingBasis);
    setLocalProblem(null);
    save.reset();
  };

  const read = readLimits(texts);
  const livePrompt = read.ok ? limitsProblem(read.limits) : null;
  return (
    <SectionCard title={TITLE} description={DESCRIPTION}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Radio.Group
            label="Age invoices from"
            value={basis}
            onChange={(v) => {
              setBasis(v === 'issue' ? 'issue' : 'due');
              save.reset();
            }}
          >
            <Group gap="xl" mt={6}>
              <Radio value="due" label="Their due date (the usual)" />
              <Radio value="issue" label="Their invoice date" />
            </Group>
          </Radio.Group>
          <LimitFields texts={texts} onChange={edit} problem={problem} />
          <BucketPreview texts={texts} basis={basis} />
          {livePrompt && !problem ? (
            <Text size="sm" c="orange.8">
              {livePrompt.message}
            </Text>
          ) : null}
          <SaveButtons dirty={dirty} pending={save.pending} onDiscard={discard} label="Save buckets" />
        </Stack>
      </form>
    </SectionCard>
  );
}
