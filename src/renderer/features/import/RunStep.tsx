import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import type { JobStatus } from '../../../shared/contract/jobs';
import { JobProgress } from '../../components/JobProgress';
import { cancelJob } from '../../components/job-tracker';
import { ProblemList } from './ProblemList';
import { IMPORT_PHASES } from './words';

interface RunStepProps {
  job: JobStatus;
  onBack: () => void;
}

/**
 * Step 3: the import under way, in its own thread in main, so the window stays free; and how it
 * ended when it did not finish: stopped, or refused with every problem. Either way nothing was
 * saved, because an import is one transaction.
 */
export function RunStep({ job, onBack }: RunStepProps) {
  const [cancelling, setCancelling] = useState(false);

  if (job.state === 'running') {
    return (
      <Paper withBorder radius="lg" p="xl">
        <Stack gap="md">
          <JobProgress
            title="Importing your files"
            progress={job.progress}
            phases={IMPORT_PHASES}
            cancelling={cancelling}
            onCancel={() => {
              setCancelling(true);
              void cancelJob(job.id).finally(() => setCancelling(false));
            }}
          />
          <Text size="sm" c="dimmed">
            You can keep using Duly meanwhile. Nothing is saved until the very end, so cancelling leaves your
            books exactly as they were.
          </Text>
        </Stack>
      </Paper>
    );
  }

  const back = (
    <Group>
      <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
        Back to the check
      </Button>
    </Group>
  );

  if (job.state === 'cancelled') {
    return (
      <Paper withBorder radius="lg" p="xl">
        <Stack gap="md">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={40} radius="xl" variant="light" color="gray" aria-hidden>
              <IconPlayerStop size={22} stroke={1.6} />
            </ThemeIcon>
            <div>
              <Title order={2} fz="lg">
                Import stopped
              </Title>
              <Text size="sm" c="dimmed">
                Nothing was saved: your books are exactly as they were.
              </Text>
            </div>
          </Group>
          {back}
        </Stack>
      </Paper>
    );
  }

  // Failed: main refused the files (they changed since the check, or something else was wrong).
  const problems = job.error?.problems ?? [];
  return (
    <Stack gap="lg">
      <Alert color="red" variant="light" radius="lg" title="Nothing was imported">
        {job.error?.message ?? 'The import stopped unexpectedly.'}
      </Alert>
      {problems.length > 0 ? (
        <ProblemList problems={problems} title="Problems to fix" tone="problem" />
      ) : null}
      {back}
    </Stack>
  );
}
