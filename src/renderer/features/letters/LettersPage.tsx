import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFiles } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { BatchResult as Result } from '../../../shared/contract/batch';
import { invoke, problemMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useAppData } from '../../app-data';
import { useDateReader } from '../../components/DateField';
import { forgetJob, trackJob, useJob, usePageJob } from '../../components/job-tracker';
import { useMoneyFormat } from '../../components/Money';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';
import { BatchOptions, type BatchOptionsValue } from './BatchOptions';
import { BatchResult } from './BatchResult';
import { BatchRun } from './BatchRun';
import { RecipientsCard } from './RecipientsCard';
import {
  documentsCount,
  purposeOf,
  recipients,
  startInput,
  totalsOf,
  type Who,
  whoChoices,
} from './selection';

/**
 * Letters and statements for many customers at once: what to make, who gets one, then a batch in
 * main's worker threads with progress and cancel, and its result: one PDF to print, a folder of
 * files, the customers without email listed. The batch is tracked outside the page, so leaving and
 * coming back finds it still going, or its result.
 */
export function LettersPage({ takeFocus }: PageProps) {
  const { info } = useAppData();
  const dates = useDateReader();
  const money = useMoneyFormat();
  // The date starts as today, which main tells once it has answered (asOfText null: not typed yet).
  const [chosenOptions, setOptions] = useState<
    Omit<BatchOptionsValue, 'asOfText'> & { asOfText: string | null }
  >({
    kind: 'statement',
    tone: 'friendly',
    asOfText: null,
    email: true,
  });
  const options: BatchOptionsValue = {
    ...chosenOptions,
    asOfText: chosenOptions.asOfText ?? (info ? dates.write(info.today) : ''),
  };
  const [who, setWho] = useState<Who>('overdue');
  const [chosen, setChosen] = useState<Set<number>>(() => new Set());
  const [jobId, setJobId] = usePageJob('documents');
  const [starting, setStarting] = useState(false);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const job = useJob(jobId);

  const asOf = dates.read(options.asOfText);
  const dateProblem = asOf === null ? dates.hint : null;
  const purpose = purposeOf(options.kind, options.tone);
  const candidates = useQuery('batch.candidates', {
    kind: options.kind,
    ...(options.kind === 'letter' ? { tone: options.tone } : {}),
    ...(asOf ? { asOf } : {}),
  });
  const listed = candidates.data?.customers;
  const picked = useMemo(() => (listed ? recipients(listed, who, chosen) : []), [listed, who, chosen]);
  const totals = totalsOf(picked, purpose);

  const change = (next: BatchOptionsValue) => {
    // "Everyone…" follows what the documents are about (courtesy notes: what is not yet due).
    const choices = whoChoices(purposeOf(next.kind, next.tone));
    if (!choices.includes(who)) setWho(choices[0]!);
    setOptions(next);
    setStartProblem(null);
  };

  const input = asOf === null ? { problem: dates.hint } : startInput({ ...options, asOf, who, picked });
  const start = async () => {
    if ('problem' in input) return;
    setStarting(true);
    setStartProblem(null);
    try {
      const started = await invoke('batch.start', input);
      trackJob(started);
      setJobId(started.id);
    } catch (e) {
      setStartProblem(problemMessage(e));
    } finally {
      setStarting(false);
    }
  };
  const putAway = () => {
    if (jobId) forgetJob(jobId);
    setJobId(undefined);
  };

  const header = (
    <PageHeader
      title="Letters and statements"
      subtitle="Statements or reminder letters for many customers at once: one PDF to print, a file for each customer, and email drafts for your own mail program."
      takeFocus={takeFocus}
    />
  );

  if (job?.state === 'running') {
    return (
      <>
        {header}
        <BatchRun job={job} title={`Making ${job.about}`} />
      </>
    );
  }
  if (job?.state === 'done' && jobId) {
    return (
      <>
        {header}
        <BatchResult jobId={jobId} result={job.result as Result} onAnother={putAway} />
      </>
    );
  }

  const ended =
    job?.state === 'cancelled'
      ? { color: 'gray', title: 'Batch stopped', text: 'Nothing was made or recorded.' }
      : job?.state === 'failed'
        ? {
            color: 'red',
            // A refusal (nobody to write to) is not a breakdown: say so.
            title: job.error?.code === 'validation' ? 'Nothing to make' : 'The batch did not finish',
            text: `${job.error?.message ?? 'It stopped unexpectedly.'} Nothing was recorded.`,
          }
        : null;
  const blocked = 'problem' in input ? input.problem : null;
  return (
    <>
      {header}
      <Stack gap="lg">
        {ended ? (
          <Alert color={ended.color} title={ended.title} withCloseButton onClose={putAway}>
            {ended.text}
          </Alert>
        ) : null}
        <BatchOptions value={options} onChange={change} dateProblem={dateProblem} />
        <RecipientsCard
          purpose={purpose}
          candidates={listed}
          loadError={candidates.error ? problemMessage(candidates.error) : null}
          who={who}
          onWho={(w) => {
            setWho(w);
            setStartProblem(null);
          }}
          chosen={chosen}
          onChosen={setChosen}
          picked={picked}
        />
        <Paper withBorder radius="lg" p="lg" data-testid="batch-start">
          <Group justify="space-between" gap="md">
            <div>
              <Text fw={600}>
                {documentsCount(options.kind, totals.customers)}
                {totals.asked > 0 ? `, asking for ${money(totals.asked)}` : ''}
              </Text>
              <Text size="sm" c="dimmed">
                {blocked ??
                  (options.email && totals.withoutEmail > 0
                    ? `${totals.withoutEmail.toLocaleString()} of them ${totals.withoutEmail === 1 ? 'has' : 'have'} no email address: they get a PDF only.`
                    : 'Nothing is recorded until the whole batch is made.')}
              </Text>
            </div>
            <Button
              size="md"
              leftSection={<IconFiles size={18} stroke={1.6} />}
              onClick={start}
              loading={starting}
              disabled={blocked !== null || totals.customers === 0 || !listed}
            >
              Make {documentsCount(options.kind, totals.customers)}
            </Button>
          </Group>
          {startProblem ? (
            <Alert color="red" title="Not started" mt="md">
              {startProblem}
            </Alert>
          ) : null}
        </Paper>
      </Stack>
    </>
  );
}
