import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';

/** The small "done" note after a save: brief, quiet, and dismissable by name. */
export function notifySaved(title: string, message: string): void {
  notifications.show({
    title,
    message,
    color: 'petrol',
    icon: <IconCheck size={16} stroke={2} />,
    autoClose: 3500,
    closeButtonProps: { 'aria-label': 'Dismiss' },
  });
}
