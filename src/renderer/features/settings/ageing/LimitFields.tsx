import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { MAX_LIMITS, nextLimit } from './ageing-form';

interface LimitFieldsProps {
  texts: string[];
  onChange: (texts: string[]) => void;
  /** What is wrong, and with which limit (null: the list as a whole). */
  problem: { message: string; index: number | null } | null;
}

/** The day limits, left to right: each can be changed or removed; one more can be added, up to six. */
export function LimitFields({ texts, onChange, problem }: LimitFieldsProps) {
  const labelId = useId();
  const messageId = useId();
  const set = (index: number, text: string) => onChange(texts.map((t, i) => (i === index ? text : t)));
  return (
    <Stack gap={6}>
      <Input.Label id={labelId}>Day limits</Input.Label>
      <Text size="xs" c="dimmed" mt={-4}>
        Each bucket ends at a limit; the last holds everything older. One to six limits, each larger than the
        one before.
      </Text>
      <Group gap="sm" align="flex-start" role="group" aria-labelledby={labelId}>
        {texts.map((text, index) => (
          <TextInput
            // biome-ignore lint/suspicious/noArrayIndexKey: a limit is its place in the list; its text changes as typed.
            key={index}
            aria-label={`Limit ${index + 1}, in days`}
            value={text}
            onChange={(e) => set(index, e.currentTarget.value)}
            inputMode="numeric"
            autoComplete="off"
            w={118}
            error={problem !== null && problem.index === index}
            aria-describedby={problem ? messageId : undefined}
            styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
            rightSectionWidth={64}
            rightSection={
              <Group gap={2} wrap="nowrap" pr={4}>
                <Text size="xs" c="dimmed" aria-hidden>
                  days
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Remove limit ${index + 1} (${text.trim() || 'empty'})`}
                  disabled={texts.length <= 1}
                  onClick={() => onChange(texts.filter((_, i) => i !== index))}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            }
          />
        ))}
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          disabled={texts.length >= MAX_LIMITS}
          onClick={() => onChange([...texts, nextLimit(texts)])}
        >
          Add a limit
        </Button>
      </Group>
      {problem ? (
        <Text id={messageId} size="sm" c="red.7" role="alert">
          {problem.message}
        </Text>
      ) : null}
    </Stack>
  );
}
