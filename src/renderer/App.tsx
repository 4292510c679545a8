import { AppShell } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { type ReactElement, useEffect } from 'react';
import { useQuery } from './api/use-query';
import { CustomersPage } from './features/customers/CustomersPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { FollowUpsPage } from './features/follow-ups/FollowUpsPage';
import { PaymentPlansPage } from './features/payment-plans/PaymentPlansPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { AppHeader, fileNameOf } from './shell/AppHeader';
import { AppNavbar } from './shell/AppNavbar';
import { SECTIONS, type SectionId } from './shell/sections';
import classes from './shell/shell.module.css';
import { useSectionRoute } from './shell/use-section-route';

const PAGES: Record<SectionId, (props: { takeFocus: boolean }) => ReactElement> = {
  dashboard: DashboardPage,
  customers: CustomersPage,
  'follow-ups': FollowUpsPage,
  'payment-plans': PaymentPlansPage,
  settings: SettingsPage,
};

export function App() {
  const route = useSectionRoute();
  const [navbarOpened, navbar] = useDisclosure(false);
  const info = useQuery('app.info', {});
  const books = useQuery('books.status', {});
  const booksPath = books.data?.open?.path;

  // Ctrl/⌘ + 1…5 opens the section at that position (browsers keep these keys for their tabs, so in
  // browser mode they may never arrive; the links work everywhere).
  useHotkeys(SECTIONS.map((s, i) => [`mod+${i + 1}`, () => route.go(s.id)]));

  useEffect(() => {
    document.title = booksPath ? `${fileNameOf(booksPath)} — Duly` : 'Duly';
  }, [booksPath]);

  const Page = PAGES[route.section];
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
            info={info.data}
            booksPath={booksPath}
            navbarOpened={navbarOpened}
            onToggleNavbar={navbar.toggle}
          />
        </AppShell.Header>
        <AppShell.Navbar>
          <AppNavbar active={route.section} info={info.data} onNavigate={navbar.close} />
        </AppShell.Navbar>
        <AppShell.Main id="main" className={classes.main}>
          <div className={classes.content}>
            <Page key={route.section} takeFocus={route.navigated} />
          </div>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
