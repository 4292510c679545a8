import { Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { JobStatus } from '../../../shared/contract/jobs';
import { JobProgress } from '../../components/JobProgress';
import { cancelJob } from '../../components/job-tracker';
import { BATCH_PHASES } from './selection';

/** A batch under way, in main's worker threads: the phase, how far, and a way to stop it. */
export function BatchRun({ job, title }: { job: JobStatus; title: string }) {
  const [cancelling, setCancelling] = useState(false);
  return (
    <Paper withBorder radius="lg" p="xl" data-testid="batch-run">
      <Stack gap="md">
        <JobProgress
          title={title}
          progress={job.progress}
          phases={BATCH_PHASES}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            void cancelJob(job.id).finally(() => setCancelling(false));
          }}
        />
        <Text size="sm" c="dimmed">
          You can keep using Duly meanwhile. Nothing is recorded and no folder is left behind until the very
          end, so cancelling changes nothing.
        </Text>
      </Stack>
    </Paper>
  );
}
