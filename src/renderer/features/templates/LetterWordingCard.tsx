import { Button, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { TEMPLATE_KEYS, TEMPLATE_TITLES } from '../../../shared/contract/templates';
import { SectionCard } from '../../components/SectionCard';
import { hrefTo } from '../../shell/use-route';

/** On the Settings page: where the words of reminders and statement notes are changed. */
export function LetterWordingCard() {
  return (
    <SectionCard
      title="Letter wording"
      description="The words of your reminders, from a heads-up before the due date to a final notice, and of the note that goes with a statement."
      actions={
        <Button
          component="a"
          href={hrefTo('templates')}
          variant="light"
          leftSection={<IconPencil size={16} />}
        >
          Edit letter wording
        </Button>
      }
    >
      <Text size="sm" c="dimmed">
        {TEMPLATE_KEYS.map((k) => TEMPLATE_TITLES[k].title).join(' · ')}
      </Text>
    </SectionCard>
  );
}
