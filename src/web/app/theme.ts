import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A calm municipal blue; shade 7 is the filled colour and keeps 7:1 against white text.
const brand: MantineColorsTuple = [
  '#e9f2fb',
  '#d2e3f5',
  '#a6c6ea',
  '#77a7de',
  '#4f8cd3',
  '#347bcc',
  '#1f67b5',
  '#0f569f',
  '#0a4783',
  '#063866',
];

// Darker than Mantine's defaults so that error text and destructive buttons pass WCAG AA.
const red: MantineColorsTuple = [
  '#fdeded',
  '#f9d5d5',
  '#f0aaaa',
  '#e77c7c',
  '#de5656',
  '#d43d3d',
  '#c02b2b',
  '#a92323',
  '#8f1c1c',
  '#741515',
];

const green: MantineColorsTuple = [
  '#e7f5ec',
  '#cdebd7',
  '#9dd6b1',
  '#6bc189',
  '#43ae68',
  '#2b9d53',
  '#1f8a46',
  '#18753b',
  '#116331',
  '#0a5027',
];

// Mantine's yellow and orange end in shades too light for the text of light badges and alerts.
const yellow: MantineColorsTuple = [
  '#fff9db',
  '#fff3bf',
  '#ffec99',
  '#ffe066',
  '#ffd43b',
  '#fcc419',
  '#fab005',
  '#e09600',
  '#9c6200',
  '#6e4500',
];

const orange: MantineColorsTuple = [
  '#fff4e6',
  '#ffe8cc',
  '#ffd8a8',
  '#ffc078',
  '#ffa94d',
  '#ff922b',
  '#e8590c',
  '#c2470a',
  '#a13c0a',
  '#7c2e08',
];

/** The Samverkan look: system fonts, municipal blue, generous spacing, AA-contrast text. */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 5 },
  colors: { brand, red, green, yellow, orange },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { fw: 600 } },
    Badge: { defaultProps: { radius: 'sm', tt: 'none' } },
    Modal: { styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } },
    Fieldset: { styles: { legend: { fontWeight: 650, fontSize: 'var(--mantine-font-size-md)' } } },
  },
});

/** Overrides Mantine's lightest text colours, which fall below 4.5:1 contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-disabled-color': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-7)',
  },
  dark: {},
});
