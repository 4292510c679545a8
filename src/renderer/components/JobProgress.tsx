import { Button, Group, Loader, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import type { JobProgress as Progressed } from '../../shared/contract/jobs';

interface JobProgressProps {
  /** What is being done, as a heading: "Importing your files". */
  title: string;
  progress: Progressed;
  /** Main's phase word → what the owner reads: "allocating" → "Working out payments". */
  phases: Readonly<Record<string, string>>;
  /** Offers to stop; omitted when the job cannot be stopped. */
  onCancel?: () => void;
  cancelling?: boolean;
}

const counted = new Intl.NumberFormat();

/**
 * A long job under way: the phase in words, a bar, and how far it has got. The bar moves by the
 * job's own count, so the owner sees it is alive even when a phase takes a while; a phase with no
 * count yet shows a gently moving stripe instead of a bar stuck at zero.
 */
export function JobProgress({ title, progress, phases, onCancel, cancelling = false }: JobProgressProps) {
  const phase = phases[progress.phase] ?? capitalise(progress.phase);
  // Nothing counted yet (a phase just begun): a moving stripe says "working", where an empty bar
  // would look stuck.
  const known = progress.total > 0 && progress.done > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 100;
  return (
    <Stack gap="sm">
      {/* Screen readers hear each new phase, not every tick of the count. */}
      <VisuallyHidden aria-live="polite">{`${title}: ${phase}`}</VisuallyHidden>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap">
          <Loader size={18} type="oval" aria-hidden />
          <div>
            <Text fw={600}>{title}</Text>
            <Text size="sm" c="dimmed">
              {phase}
              {progress.total > 0
                ? ` — ${counted.format(progress.done)} of ${counted.format(progress.total)}`
                : '…'}
            </Text>
          </div>
        </Group>
        {onCancel ? (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlayerStop size={14} />}
            onClick={onCancel}
            loading={cancelling}
          >
            Cancel
          </Button>
        ) : null}
      </Group>
      <Progress
        value={percent}
        size="md"
        radius="xl"
        striped={!known}
        animated={!known}
        transitionDuration={200}
        aria-label={`${phase}${known ? `, ${percent}%` : ''}`}
      />
    </Stack>
  );
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
