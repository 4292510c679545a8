import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { DulyRequestError, problemMessage } from '../api/client';

interface ErrorAlertProps {
  error: Error;
  /** What was being attempted, as a heading: "Could not load your settings". */
  title: string;
  onRetry?: () => void;
}

/** A failed call, said plainly: main's message (already written for people), and a way to try again. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const message = problemMessage(error);
  return (
    <Alert
      color="red"
      variant="light"
      radius="lg"
      title={title}
      icon={<IconAlertTriangle size={20} stroke={1.6} />}
    >
      <Text size="sm">{message}</Text>
      {error instanceof DulyRequestError && error.problems.length > 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          {error.problems.length} problem{error.problems.length === 1 ? '' : 's'} found.
        </Text>
      ) : null}
      {onRetry ? (
        <Group mt="sm">
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} />}
            onClick={onRetry}
          >
            Try again
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
