import { notifications } from '@mantine/notifications';
import { IconBook2 } from '@tabler/icons-react';
import type { BooksStatus } from '../../../shared/contract/books';

/** After other books are open: a calm word that it happened, and the start page for them. */
export function showSwitched(status: BooksStatus): void {
  // The dashboard, or the welcome when the books are empty; a customer of the old books would not exist.
  window.location.hash = '#/';
  if (status.open) {
    notifications.show({
      message: `Now showing ${status.open.name}.`,
      icon: <IconBook2 size={18} stroke={1.6} />,
      autoClose: 3000,
    });
  }
}
