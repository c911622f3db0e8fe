import type { PresetSource, PresetTree } from './define-preset.js';
import { TAILWIND_PALETTE, TAILWIND_STEPS } from './tailwind-palette.js';

/**
 * Tailwind CSS v4's default theme (tailwindcss 4.3 theme.css): the full
 * oklch palette, spacing unit, radius, font stacks, text sizes with their
 * line heights, weights, leading, tracking, shadows, breakpoints and easing.
 * Our roles alias the utilities a Tailwind developer would reach for
 * (bg-blue-600 buttons, gray-900 text, gray-200 borders).
 */
const palette: PresetTree = { $type: 'color', black: '#000', white: '#fff' };
for (const [name, values] of Object.entries(TAILWIND_PALETTE)) {
  palette[name] = Object.fromEntries(TAILWIND_STEPS.map((step, i) => [String(step), `oklch(${values[i]})`]));
}

const TEXT: ReadonlyArray<[size: string, fontSize: string, lineHeight: string]> = [
  ['xs', '0.75rem', 'calc(1 / 0.75)'],
  ['sm', '0.875rem', 'calc(1.25 / 0.875)'],
  ['base', '1rem', 'calc(1.5 / 1)'],
  ['lg', '1.125rem', 'calc(1.75 / 1.125)'],
  ['xl', '1.25rem', 'calc(1.75 / 1.25)'],
  ['2xl', '1.5rem', 'calc(2 / 1.5)'],
  ['3xl', '1.875rem', 'calc(2.25 / 1.875)'],
  ['4xl', '2.25rem', 'calc(2.5 / 2.25)'],
  ['5xl', '3rem', '1'],
  ['6xl', '3.75rem', '1'],
  ['7xl', '4.5rem', '1'],
  ['8xl', '6rem', '1'],
  ['9xl', '8rem', '1'],
];

export const tailwindDefault: PresetSource = {
  name: 'Tailwind CSS',
  tree: {
    color: {
      ...palette,
      primary: '{color.blue.600}',
      'primary-hover': '{color.blue.700}',
      'on-primary': '{color.white}',
      secondary: '{color.gray.700}',
      'on-secondary': '{color.white}',
      accent: '{color.indigo.500}',
      background: '{color.white}',
      surface: '{color.white}',
      'surface-muted': '{color.gray.50}',
      text: '{color.gray.900}',
      'text-muted': '{color.gray.500}',
      border: '{color.gray.200}',
      focus: '{color.blue.500}',
      success: '{color.green.600}',
      warning: '{color.amber.500}',
      danger: '{color.red.600}',
      'on-danger': '{color.white}',
    },
    space: { $type: 'dimension', unit: '0.25rem', xs: '0.25rem', sm: '0.5rem', md: '1rem', lg: '1.5rem', xl: '2rem' },
    radius: {
      $type: 'dimension',
      xs: '0.125rem',
      sm: '0.25rem',
      md: '0.375rem',
      lg: '0.5rem',
      xl: '0.75rem',
      '2xl': '1rem',
      '3xl': '1.5rem',
      '4xl': '2rem',
      full: '9999px',
    },
    border: { width: { $type: 'dimension', $value: '1px' } },
    font: {
      family: {
        $type: 'fontFamily',
        sans: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',
        serif: 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif',
        mono: 'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "Courier New", monospace',
        base: '{font.family.sans}',
        heading: '{font.family.sans}',
      },
      size: { $type: 'dimension', ...Object.fromEntries(TEXT.map(([size, fontSize]) => [size, fontSize])), md: '{font.size.base}' },
      // Written as Tailwind writes them; stored as the computed ratio.
      'line-height': { $type: 'number', ...Object.fromEntries(TEXT.map(([size, , lineHeight]) => [size, lineHeight])) },
      weight: {
        $type: 'fontWeight',
        thin: 100,
        extralight: 200,
        light: 300,
        normal: 400,
        medium: 500,
        semibold: 600,
        bold: 700,
        extrabold: 800,
        black: 900,
        regular: '{font.weight.normal}',
      },
    },
    'line-height': { $type: 'number', tight: 1.25, snug: 1.375, normal: 1.5, relaxed: 1.625, loose: 2 },
    'letter-spacing': { $type: 'dimension', tighter: '-0.05em', tight: '-0.025em', normal: '0em', wide: '0.025em', wider: '0.05em', widest: '0.1em' },
    shadow: {
      $type: 'shadow',
      '2xs': '0 1px rgb(0 0 0 / 0.05)',
      xs: '0 1px 2px 0 rgb(0 0 0 / 0.05)',
      sm: '0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)',
      md: '0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)',
      lg: '0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1)',
      xl: '0 20px 25px -5px rgb(0 0 0 / 0.1), 0 8px 10px -6px rgb(0 0 0 / 0.1)',
      '2xl': '0 25px 50px -12px rgb(0 0 0 / 0.25)',
    },
    breakpoint: { $type: 'dimension', sm: '40rem', md: '48rem', lg: '64rem', xl: '80rem', '2xl': '96rem' },
    duration: { $type: 'duration', fast: '150ms', normal: '300ms' },
    ease: { $type: 'cubicBezier', in: [0.4, 0, 1, 1], out: [0, 0, 0.2, 1], 'in-out': [0.4, 0, 0.2, 1] },
  },
};
