import { AppShell, Kbd, NavLink, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { AppInfo } from '../../shared/contract/app';
import { hrefOf, SECTIONS, type SectionId } from './sections';
import classes from './shell.module.css';

interface AppNavbarProps {
  /** The section on show; none while a page outside the navbar is (the import wizard, say). */
  active: SectionId | undefined;
  info: AppInfo | undefined;
  onNavigate: () => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Up/Down (and Home/End) move between sections; Enter or Space opens one, as links do. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? links.length - 1
        : (at + (event.key === 'ArrowDown' ? 1 : -1) + links.length) % links.length;
  event.preventDefault();
  links[next]?.focus();
}

export function AppNavbar({ active, info, onNavigate }: AppNavbarProps) {
  return (
    <>
      <AppShell.Section grow component="nav" aria-label="Sections" px="sm" pt="md" onKeyDown={moveFocus}>
        {SECTIONS.map((section) => (
          <NavLink
            key={section.id}
            href={hrefOf(section.id)}
            label={section.label}
            leftSection={<section.icon size={19} stroke={1.6} aria-hidden />}
            active={section.id === active}
            aria-current={section.id === active ? 'page' : undefined}
            className={classes.navLink}
            onClick={onNavigate}
          />
        ))}
      </AppShell.Section>
      <AppShell.Section component={Stack} gap={6} p="md">
        {info?.transport === 'electron' ? (
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">1</Kbd>–<Kbd size="xs">5</Kbd> switch
            sections
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {info ? `Duly ${info.version}` : '\u00a0'}
        </Text>
      </AppShell.Section>
    </>
  );
}
