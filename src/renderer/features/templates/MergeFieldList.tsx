import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { MERGE_FIELDS, type MergeField, type TemplatePart } from '../../../shared/contract/templates';
import { PART_LABELS } from './template-draft';
import classes from './templates.module.css';

interface MergeFieldListProps {
  /** Where a field goes: the part the cursor was last in. */
  target: TemplatePart;
  onInsert(field: MergeField): void;
}

const FIELDS = Object.entries(MERGE_FIELDS) as [MergeField, string][];

/**
 * Every field Duly fills, each a button that puts it at the cursor of the part last edited. The
 * press keeps the focus in the text (mouse down does not take it), so typing carries on after it.
 */
export function MergeFieldList({ target, onInsert }: MergeFieldListProps) {
  return (
    <Stack gap={6} role="group" aria-label="Fields to insert">
      <Text size="sm" fw={500}>
        Fields{' '}
        <Text component="span" size="xs" c="dimmed" fw={400}>
          · insert at the cursor in the {PART_LABELS[target].toLowerCase()}
        </Text>
      </Text>
      <Group gap={6}>
        {FIELDS.map(([field, description]) => (
          <Tooltip key={field} label={description} openDelay={300} withArrow>
            <Button
              size="compact-xs"
              variant="light"
              color="gray"
              className={classes.fieldButton}
              aria-label={`Insert ${field.replaceAll('_', ' ')}: ${description}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInsert(field)}
            >
              {`{{${field}}}`}
            </Button>
          </Tooltip>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        A line naming a field with nothing to fill it (no payment link set, say) is left out of the letter.
      </Text>
    </Stack>
  );
}
