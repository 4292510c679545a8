import { Loader, Menu, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconBook2,
  IconBookOff,
  IconChevronDown,
  IconFolderOpen,
  IconFolderSearch,
  IconPlus,
} from '@tabler/icons-react';
import { MENU_EVENT, type MenuAction } from '../../../shared/contract/events';
import { invoke } from '../../api/client';
import { useEvent } from '../../api/use-event';
import { useAppData } from '../../app-data';
import classes from './books.module.css';
import { fileNameOf, folderOf } from './books-paths';
import { useBooksActions } from './use-books-actions';

/**
 * The open books' name in the header, and behind it everything about which books are open: where
 * they are, the recent ones (one click to switch), new books and any books file. A menu, so the
 * keyboard can do all of it: Tab to the pill, Enter, arrows, Enter.
 */
export function BooksSwitcher() {
  const { info, books } = useAppData();
  const actions = useBooksActions();
  // The desktop menu's "New books…" opens the same dialog, wherever the owner is.
  useEvent<MenuAction>(MENU_EVENT, (action) => {
    if (action === 'new-books') actions.startNew();
  });
  const open = books?.open ?? null;
  const recent = (books?.recent ?? []).filter((r) => r.path !== open?.path);

  return (
    <>
      <Menu position="bottom-start" width={380} shadow="md" radius="md" offset={8} withinPortal>
        <Menu.Target>
          <UnstyledButton className={classes.switcher}>
            <IconBook2 size={16} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
            <span className={classes.switcherText}>
              <VisuallyHidden>Open books: </VisuallyHidden>
              {open ? fileNameOf(open.path) : 'No books open'}
            </span>
            {actions.opening ? (
              <Loader size={12} aria-label="Opening books" />
            ) : (
              <IconChevronDown size={14} stroke={1.8} aria-hidden style={{ flexShrink: 0 }} />
            )}
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          {open ? (
            <>
              <Menu.Label>Open now</Menu.Label>
              <div className={classes.current}>
                <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
                  <IconBook2 size={18} stroke={1.6} />
                </ThemeIcon>
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm">
                    {open.name}
                  </Text>
                  <Text size="xs" c="dimmed" className={classes.path}>
                    {open.path}
                  </Text>
                </div>
              </div>
              {info?.nativeDialogs ? (
                <Menu.Item
                  leftSection={<IconFolderSearch size={16} stroke={1.6} />}
                  onClick={() => void invoke('host.reveal', { path: open.path }).catch(() => undefined)}
                >
                  Show in its folder
                </Menu.Item>
              ) : null}
            </>
          ) : null}
          {recent.length > 0 ? (
            <>
              <Menu.Divider />
              <Menu.Label>Recent books</Menu.Label>
              {recent.map((r) => (
                <Menu.Item
                  key={r.path}
                  disabled={!r.exists}
                  leftSection={
                    r.exists ? <IconBook2 size={16} stroke={1.6} /> : <IconBookOff size={16} stroke={1.6} />
                  }
                  onClick={() => void actions.openPath(r.path)}
                >
                  <div className={classes.recentItem}>
                    <Text size="sm" truncate>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {r.exists ? folderOf(r.path) : 'Moved or deleted'}
                    </Text>
                  </div>
                </Menu.Item>
              ))}
            </>
          ) : null}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} stroke={1.6} />} onClick={actions.startNew}>
            New books…
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFolderOpen size={16} stroke={1.6} />}
            onClick={() => void actions.chooseAndOpen()}
          >
            Open books…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {actions.dialogs}
    </>
  );
}
