import { AppShell } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { type ReactElement, useEffect } from 'react';
import { MENU_EVENT, type MenuAction } from '../shared/contract/events';
import { useEvent } from './api/use-event';
import { useAppData } from './app-data';
import { CustomersPage } from './features/customers/CustomersPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { FollowUpsPage } from './features/follow-ups/FollowUpsPage';
import { ImportPage } from './features/import/ImportPage';
import { LettersPage } from './features/letters/LettersPage';
import { PaymentPlansPage } from './features/payment-plans/PaymentPlansPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { TemplatesPage } from './features/templates/TemplatesPage';
import { WelcomePage } from './features/welcome/WelcomePage';
import { useWelcomeFirst } from './features/welcome/welcome-gate';
import { AppHeader, fileNameOf } from './shell/AppHeader';
import { AppNavbar } from './shell/AppNavbar';
import type { PageProps } from './shell/page';
import { SECTIONS } from './shell/sections';
import classes from './shell/shell.module.css';
import { isSection, type PageId, useRoute } from './shell/use-route';

const PAGES: Record<PageId, (props: PageProps) => ReactElement> = {
  dashboard: DashboardPage,
  customers: CustomersPage,
  'follow-ups': FollowUpsPage,
  letters: LettersPage,
  'payment-plans': PaymentPlansPage,
  settings: SettingsPage,
  import: ImportPage,
  welcome: WelcomePage,
  templates: TemplatesPage,
};

/** Where each desktop menu item takes the owner. */
const MENU_PAGES: Record<MenuAction, string> = {
  'new-books': 'welcome',
  import: 'import',
  settings: 'settings',
};

export function App() {
  const route = useRoute();
  const [navbarOpened, navbar] = useDisclosure(false);
  const { info, books, error } = useAppData();
  const booksPath = books?.open?.path;

  // Ctrl/⌘ + 1…6 opens the section at that position (browsers keep these keys for their tabs, so in
  // browser mode they may never arrive; the links work everywhere).
  useHotkeys(SECTIONS.map((s, i) => [`mod+${i + 1}`, () => route.go(s.id)]));
  useEvent<MenuAction>(MENU_EVENT, (action) => route.go(MENU_PAGES[action]));

  useEffect(() => {
    document.title = booksPath ? `${fileNameOf(booksPath)} — Duly` : 'Duly';
  }, [booksPath]);

  // First run: empty books open on the welcome, not on an empty dashboard (see welcome-gate.ts).
  const welcomeFirst = useWelcomeFirst(route.page, books, error !== undefined);
  const Page = welcomeFirst ? WelcomePage : PAGES[route.page];
  return (
    <>
      <a href="#main" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
        padding={0}
      >
        <AppShell.Header>
          <AppHeader
            info={info}
            booksPath={booksPath}
            navbarOpened={navbarOpened}
            onToggleNavbar={navbar.toggle}
          />
        </AppShell.Header>
        <AppShell.Navbar>
          <AppNavbar
            active={isSection(route.page) ? route.page : undefined}
            info={info}
            onNavigate={navbar.close}
          />
        </AppShell.Navbar>
        <AppShell.Main id="main" className={classes.main}>
          <div className={classes.content}>
            {welcomeFirst === undefined ? null : (
              <Page key={`${route.page}/${route.rest.join('/')}`} takeFocus={route.navigated} route={route} />
            )}
          </div>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
