import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { DulyRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

interface ResetModalProps {
  opened: boolean;
  /** "Friendly reminder". */
  title: string;
  pending: boolean;
  error: DulyRequestError | undefined;
  onConfirm(): void;
  onClose(): void;
}

/** Putting Duly's wording back replaces the owner's for good: asked first, Cancel in focus. */
export function ResetModal({ opened, title, pending, error, onConfirm, onClose }: ResetModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={pending ? () => undefined : onClose}
      title="Put back Duly’s wording?"
      centered
      radius="lg"
      padding="xl"
      size="md"
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="lg">
        <Text size="sm">
          Your wording of the {title.toLowerCase()} (subject, letter and email) is replaced by Duly’s own.
          Your version is not kept.
        </Text>
        {error ? <ErrorAlert error={error} title="The wording was not reset" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending} data-autofocus>
            Cancel
          </Button>
          <Button color="red" variant="light" onClick={onConfirm} loading={pending}>
            Reset to Duly’s wording
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
