import { Burger, Group, Skeleton, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { AppInfo } from '../../shared/contract/app';
import { BooksSwitcher } from '../features/books/BooksSwitcher';
import { DulyMark } from './DulyMark';
import classes from './shell.module.css';

export { fileNameOf } from '../features/books/books-paths';

interface AppHeaderProps {
  info: AppInfo | undefined;
  /** The open books' file, once known. */
  booksPath: string | undefined;
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}

export function AppHeader({ info, booksPath, navbarOpened, onToggleNavbar }: AppHeaderProps) {
  return (
    <div className={classes.header}>
      <Burger
        opened={navbarOpened}
        onClick={onToggleNavbar}
        hiddenFrom="sm"
        size="sm"
        aria-label={navbarOpened ? 'Hide sections' : 'Show sections'}
      />
      <Group gap={10} wrap="nowrap">
        <DulyMark />
        <span className={classes.wordmark}>Duly</span>
      </Group>
      {/* The books switcher: the open books' name, and a menu to switch, create or open others. */}
      {booksPath || info ? <BooksSwitcher /> : <Skeleton height={26} width={140} radius="xl" />}
      {info?.transport === 'http' ? (
        <Tooltip
          label="Only browsers on this computer, opened with Duly's own link, can see these books."
          maw={300}
          multiline
        >
          <div className={classes.pill} style={{ marginLeft: 'auto' }}>
            <IconLock size={15} stroke={1.6} aria-hidden />
            <span className={classes.pillText}>Browser mode</span>
          </div>
        </Tooltip>
      ) : null}
    </div>
  );
}
