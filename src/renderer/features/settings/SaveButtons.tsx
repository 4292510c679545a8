import { Button, Group } from '@mantine/core';

interface SaveButtonsProps {
  /** Something differs from what is saved: saving is possible, and so is putting it back. */
  dirty: boolean;
  pending: boolean;
  onDiscard(): void;
  /** "Save changes", "Save buckets"… */
  label: string;
  mt?: string;
}

/** The foot of a settings card: "Discard changes" once something is edited, and the save button. */
export function SaveButtons({ dirty, pending, onDiscard, label, mt }: SaveButtonsProps) {
  return (
    <Group justify="flex-end" gap="sm" mt={mt}>
      {dirty ? (
        <Button variant="subtle" color="gray" onClick={onDiscard} disabled={pending}>
          Discard changes
        </Button>
      ) : null}
      <Button type="submit" loading={pending} disabled={!dirty}>
        {label}
      </Button>
    </Group>
  );
}
