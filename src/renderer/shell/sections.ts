import {
  type Icon,
  IconCalendarDollar,
  IconFiles,
  IconLayoutDashboard,
  IconMailForward,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';

// The app's sections, in navbar order. The hash route (#/customers) is the id; Ctrl/⌘ + the position
// number jumps to a section in the desktop app.

export const SECTION_IDS = [
  'dashboard',
  'customers',
  'follow-ups',
  'letters',
  'payment-plans',
  'settings',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  id: SectionId;
  label: string;
  icon: Icon;
}

export const SECTIONS: readonly Section[] = [
  { id: 'dashboard', label: 'Dashboard', icon: IconLayoutDashboard },
  { id: 'customers', label: 'Customers', icon: IconUsers },
  { id: 'follow-ups', label: 'Follow-ups', icon: IconMailForward },
  { id: 'letters', label: 'Letters', icon: IconFiles },
  { id: 'payment-plans', label: 'Payment plans', icon: IconCalendarDollar },
  { id: 'settings', label: 'Settings', icon: IconSettings },
];

export const hrefOf = (id: SectionId): string => `#/${id}`;
