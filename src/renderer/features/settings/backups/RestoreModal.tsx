import { Button, Group, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { Mutation } from '../../../api/use-mutation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { RestoreTarget } from './use-backup-actions';

interface RestoreModalProps {
  opened: boolean;
  /** Kept while the modal closes, so its words do not vanish mid-animation. */
  target: RestoreTarget | undefined;
  /** The card's restore: it clears an earlier refusal when it opens the modal for another file. */
  restore: Mutation<'backups.restore'>;
  onClose(): void;
  onRestored(target: RestoreTarget): void;
}

/**
 * Every restore is confirmed here first, in plain words, and runs from here: while main works the
 * modal stays, and if main refuses (not a Duly backup, damaged) its message shows here, with the
 * assurance that nothing changed. Cancel has the focus, so Enter never replaces books by accident.
 */
export function RestoreModal({ opened, target, restore, onClose, onRestored }: RestoreModalProps) {
  const refusal = restore.error;

  const confirm = async () => {
    if (!target) return;
    const answer = await restore.run(target.input);
    if (answer) onRestored(target);
  };

  return (
    <Modal
      opened={opened}
      onClose={restore.pending ? () => undefined : onClose}
      title="Restore this backup?"
      centered
      radius="lg"
      padding="xl"
      size="md"
      closeOnClickOutside={!restore.pending}
      closeOnEscape={!restore.pending}
      withCloseButton={!restore.pending}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" radius="xl" size={40} aria-hidden>
            <IconArrowBackUp size={22} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={8}>
            <Text size="sm">Your books will be replaced by {target?.what}.</Text>
            <Text size="sm" c="dimmed">
              The books as they are now are copied first, so you can undo this.
            </Text>
          </Stack>
        </Group>
        {refusal ? <ErrorAlert error={refusal} title="The backup was not restored" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={restore.pending} data-autofocus>
            Cancel
          </Button>
          <Button onClick={confirm} loading={restore.pending}>
            Replace my books
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
