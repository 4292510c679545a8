import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm, trustworthy look for a money tool: a deep petrol teal as the one accent (neither alarm red
// nor bank blue), the system's own fonts (native, fast, no font files), generous radius, quiet shadows.

const petrol: MantineColorsTuple = [
  '#e8f6f5',
  '#d3ebe9',
  '#a6d5d1',
  '#76beb8',
  '#4faba4',
  '#369f97',
  '#269990',
  '#13857d',
  '#00766f',
  '#00665f',
];

const SYSTEM_FONTS =
  '-apple-system, BlinkMacSystemFont, "Segoe UI Variable Text", "Segoe UI", system-ui, Roboto, ' +
  '"Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

const SYSTEM_MONO = 'ui-monospace, "Cascadia Mono", "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

export const theme = createTheme({
  primaryColor: 'petrol',
  colors: { petrol },
  primaryShade: { light: 7, dark: 5 },
  fontFamily: SYSTEM_FONTS,
  fontFamilyMonospace: SYSTEM_MONO,
  headings: { fontFamily: SYSTEM_FONTS, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  autoContrast: true,
});
