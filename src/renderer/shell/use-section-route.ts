import { useEffect, useState } from 'react';
import { hrefOf, type SectionId, sectionFromHash } from './sections';

export interface SectionRoute {
  section: SectionId;
  /** True once the owner has moved between sections: pages then take focus on opening. */
  navigated: boolean;
  go(id: SectionId): void;
}

/**
 * The open section, kept in the URL hash: works the same under app:// and http://, survives a reload,
 * and gives the browser's Back button a meaning in browser mode. No router library needed for five pages.
 */
export function useSectionRoute(): SectionRoute {
  const [section, setSection] = useState(() => sectionFromHash(window.location.hash));
  const [navigated, setNavigated] = useState(false);
  useEffect(() => {
    const onHashChange = () => {
      setSection(sectionFromHash(window.location.hash));
      setNavigated(true);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return {
    section,
    navigated,
    go: (id) => {
      window.location.hash = hrefOf(id);
    },
  };
}
