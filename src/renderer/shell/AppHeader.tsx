import { Burger, Group, Skeleton, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBook2, IconLock } from '@tabler/icons-react';
import type { AppInfo } from '../../shared/contract/app';
import { DulyMark } from './DulyMark';
import classes from './shell.module.css';

interface AppHeaderProps {
  info: AppInfo | undefined;
  /** The open books' file, once known. */
  booksPath: string | undefined;
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}

/** The books' file name without its folder, whichever separator the system uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) || path;
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
      {booksPath ? (
        <Tooltip label={booksPath} openDelay={400} maw={520} multiline>
          <div className={classes.pill}>
            <IconBook2 size={16} stroke={1.6} aria-hidden />
            <span className={classes.pillText}>
              <VisuallyHidden>Open books: </VisuallyHidden>
              {fileNameOf(booksPath)}
            </span>
          </div>
        </Tooltip>
      ) : (
        <Skeleton height={26} width={140} radius="xl" />
      )}
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
