import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';

// Short notices in the corner, after something finished ("Saved") or failed outside a form. One
// notice per id at a time: doing the same thing twice replaces the notice rather than stacking it.

interface Notice {
  /** The same id for the same kind of news, so a repeat replaces the earlier notice. */
  id: string;
  title: string;
  message: string;
}

const closeButtonProps = { 'aria-label': 'Close this notice' };

function show(notice: Notice, color: string, icon: React.ReactNode): void {
  notifications.hide(notice.id);
  notifications.show({ ...notice, color, icon, closeButtonProps });
}

/** Something the owner asked for is done. */
export function notifyDone(notice: Notice): void {
  show(notice, 'petrol', <IconCheck size={18} />);
}

/** Something went wrong where no form or card can show it (a dialog, reading a file). */
export function notifyProblem(notice: Notice): void {
  show(notice, 'red', <IconAlertTriangle size={18} />);
}
