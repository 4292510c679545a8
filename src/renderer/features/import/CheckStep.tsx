import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import type { ColumnMapping, ImportAnalysis } from '../../../shared/contract/imports';
import { DulyRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateOrderQuestion } from './DateOrderQuestion';
import { FileReportCard } from './FileReportCard';
import { ImportTotals } from './ImportTotals';
import classes from './import.module.css';
import { NotesAlert, ProblemList } from './ProblemList';
import type { PickedFile } from './picked-files';
import type { Analysis, DateOrder } from './use-analysis';
import { plural, totalOf } from './words';

interface CheckStepProps {
  files: readonly PickedFile[];
  check: Analysis;
  dateOrder: DateOrder | undefined;
  onDateOrder: (order: DateOrder) => void;
  onMapping: (file: string, mapping: ColumnMapping | undefined) => void;
  onBack: () => void;
  onImport: () => void;
  starting: boolean;
  startError: Error | undefined;
}

type Verdict = { ready: boolean; headline: string; detail: string };

/** Whether the files can be imported as they are, and if not, the one thing to do next. */
function verdictOf(a: ImportAnalysis): Verdict {
  if (a.ambiguousDates.length > 0) {
    return {
      ready: false,
      headline: 'One question about dates',
      detail: 'Answer the question about dates first.',
    };
  }
  if (a.problems.length > 0) {
    const n = plural(a.problems.length, 'problem');
    return {
      ready: false,
      headline: `${n} to fix before importing`,
      detail: `Fix the ${n} below first. Nothing has been saved.`,
    };
  }
  if (totalOf(a.toAdd) === 0) {
    return {
      ready: false,
      headline: 'Nothing new to add',
      detail: 'Everything in these files is already in your books.',
    };
  }
  return { ready: true, headline: 'Ready to import', detail: 'Nothing is saved until you press Import.' };
}

/** Step 2: what Duly found, every problem, and the owner's say on columns and dates. */
export function CheckStep(props: CheckStepProps) {
  const { files, check, dateOrder, onDateOrder, onMapping, onBack, onImport, starting, startError } = props;
  const { analysis, checking, error, retry } = check;

  if (!analysis) {
    return error ? (
      <ErrorAlert error={error} title="Duly could not check these files" onRetry={retry} />
    ) : (
      <Paper withBorder radius="lg" p="xl">
        <Group gap="sm">
          <Loader size="sm" />
          <Text>Reading your files and checking every row…</Text>
        </Group>
      </Paper>
    );
  }

  const verdict = verdictOf(analysis);
  const reportOf = (name: string) => analysis.files.find((r) => r.name === name);
  return (
    <Stack gap="xl">
      <Paper withBorder radius="lg" p="lg" aria-live="polite">
        <Group align="flex-start" wrap="nowrap" gap="md">
          <ThemeIcon
            size={40}
            radius="xl"
            variant="light"
            color={verdict.ready ? 'petrol' : 'orange'}
            aria-hidden
          >
            {verdict.ready ? (
              <IconCircleCheck size={22} stroke={1.6} />
            ) : (
              <IconAlertTriangle size={22} stroke={1.6} />
            )}
          </ThemeIcon>
          <Stack gap="xs" style={{ flex: 1 }}>
            <Title order={2} fz="lg">
              {verdict.headline}
            </Title>
            {analysis.ambiguousDates.length > 0 ? (
              <Text size="sm" c="dimmed">
                Duly counts what the files add once it knows how to read their dates.
              </Text>
            ) : (
              <ImportTotals
                addLabel={verdict.ready ? 'Will add' : 'Would add, once fixed'}
                toAdd={analysis.toAdd}
                alreadyThere={analysis.alreadyThere}
              />
            )}
          </Stack>
        </Group>
      </Paper>

      {error ? (
        <ErrorAlert error={error} title="Duly could not check your latest change" onRetry={retry} />
      ) : null}

      {analysis.ambiguousDates.length > 0 ? (
        <DateOrderQuestion ambiguous={analysis.ambiguousDates} onAnswer={onDateOrder} pending={checking} />
      ) : dateOrder ? (
        <Text size="sm" c="dimmed">
          Dates such as 03/04 are read as {dateOrder === 'DMY' ? 'day/month' : 'month/day'}, as you said.{' '}
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => onDateOrder(dateOrder === 'DMY' ? 'MDY' : 'DMY')}
          >
            Read them as {dateOrder === 'DMY' ? 'month/day' : 'day/month'} instead
          </Anchor>
        </Text>
      ) : null}

      {analysis.problems.length > 0 ? (
        <ProblemList problems={analysis.problems} title="Problems to fix" tone="problem" />
      ) : null}
      {analysis.warnings.length > 0 ? (
        <ProblemList problems={analysis.warnings} title="Kept as your books have them" tone="warning" />
      ) : null}
      <NotesAlert notes={analysis.notes} />

      <Stack gap="md">
        <Title order={2} fz="md">
          What Duly found in {files.length === 1 ? 'the file' : `each of the ${files.length} files`}
        </Title>
        {files.map((f) => (
          <FileReportCard
            key={f.name}
            file={f}
            report={reportOf(f.name)}
            onMapping={(m) => onMapping(f.name, m)}
          />
        ))}
      </Stack>

      {startError ? (
        <Alert color="red" variant="light" radius="lg" title="The import did not start">
          {startError instanceof DulyRequestError
            ? startError.message
            : 'Duly could not be reached. Try again.'}
        </Alert>
      ) : null}

      <Group justify="space-between" className={classes.actionBar} wrap="nowrap">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          Back
        </Button>
        <Group gap="md" wrap="nowrap">
          <Text size="sm" c="dimmed" ta="right">
            {checking ? 'Checking again…' : verdict.detail}
          </Text>
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!verdict.ready || checking || error !== undefined}
            loading={starting}
            onClick={onImport}
          >
            Import
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
