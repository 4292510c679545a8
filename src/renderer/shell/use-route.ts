import { useEffect, useState } from 'react';
import { SECTION_IDS, type SectionId } from './sections';

// Where the owner is, kept in the URL hash: "#/customers/12" is the customers section, showing
// customer 12. Works the same under app:// and http://, survives a reload, and gives Back a meaning
// in browser mode. Besides the navbar's sections there are pages reached from within the app:
// the import wizard (#/import) and the welcome (#/welcome).

export const PAGE_IDS = [...SECTION_IDS, 'import', 'welcome', 'templates'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface Route {
  page: PageId;
  /** What follows the page in the hash: ["12"] for #/customers/12. */
  rest: string[];
  /** True once the owner has moved around: pages then take focus on opening. */
  navigated: boolean;
  go(path: string): void;
}

export function parseHash(hash: string): { page: PageId; rest: string[] } {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const page = (PAGE_IDS as readonly string[]).includes(parts[0] ?? '') ? (parts[0] as PageId) : 'dashboard';
  return { page, rest: page === parts[0] ? parts.slice(1) : [] };
}

/** "#/customers/12" for go('customers/12'). */
export const hrefTo = (path: string): string => `#/${path.replace(/^[#/]+/, '')}`;

export function useRoute(): Route {
  const [where, setWhere] = useState(() => parseHash(window.location.hash));
  const [navigated, setNavigated] = useState(false);
  useEffect(() => {
    const onHashChange = () => {
      setWhere(parseHash(window.location.hash));
      setNavigated(true);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return {
    ...where,
    navigated,
    go: (path) => {
      window.location.hash = hrefTo(path);
    },
  };
}

export const isSection = (page: PageId): page is SectionId =>
  (SECTION_IDS as readonly string[]).includes(page);
