import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useAppData } from '../../app-data';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/job-tracker';
import { ChoiceCard } from './ChoiceCard';
import { cancelDemo, clearDemoFailure, startDemo, useDemoRun } from './demo-run';

/** The demo job's phases, as the owner reads them. */
const DEMO_PHASES: Readonly<Record<string, string>> = {
  starting: 'Getting the shop ready',
  customers: 'Adding customers',
  invoices: 'Writing invoices',
  'credit notes': 'Writing credit notes',
  payments: 'Recording payments',
  allocating: 'Working out who has paid what',
};

const NOT_STARTED = { phase: 'starting', done: 0, total: 0 };

/** "Explore a demo shop": a made-up shop in books of its own, with progress while it is made. */
export function DemoChoice() {
  const { changed, books } = useAppData();
  const run = useDemoRun();
  const job = useJob(run.state === 'running' ? run.jobId : undefined);
  const busy = run.state === 'creating' || run.state === 'running';
  const ownBooks = books?.open && !books.open.name.startsWith('Demo shop') ? books.open.name : undefined;

  const footer = busy ? (
    <JobProgress
      title={run.size === 'large' ? 'Building the large demo shop' : 'Building the demo shop'}
      progress={job?.progress ?? NOT_STARTED}
      phases={DEMO_PHASES}
      {...(run.state === 'running' ? { onCancel: cancelDemo } : {})}
    />
  ) : (
    <Stack gap="xs" align="flex-start">
      {run.state === 'failed' ? (
        <Alert
          color="red"
          variant="light"
          radius="md"
          withCloseButton
          onClose={clearDemoFailure}
          title="The demo shop could not be made"
          w="100%"
        >
          {run.message}
        </Alert>
      ) : null}
      <Button size="md" variant="light" onClick={() => void startDemo('small', changed)}>
        Explore a demo shop
      </Button>
    </Stack>
  );

  return (
    <ChoiceCard icon={<IconBuildingStore size={26} stroke={1.5} />} title="A demo shop" footer={footer}>
      <Text inherit>
        Look around Harbour Lane Hardware, a made-up shop in Falmouth: 60 customers, two years of invoices and
        payments, and the usual late payers.
      </Text>
      <Text inherit mt={8}>
        It opens as separate books called “Demo shop”, so your own books{ownBooks ? ` (“${ownBooks}”)` : ''}{' '}
        stay exactly as they are. Switch back any time from the books menu at the top.
      </Text>
      {busy ? null : (
        <Text inherit mt={8}>
          To see Duly with a big shop, try{' '}
          <Anchor component="button" type="button" inherit onClick={() => void startDemo('large', changed)}>
            the large one
          </Anchor>
          : 5,000 customers over ten years.
        </Text>
      )}
    </ChoiceCard>
  );
}
