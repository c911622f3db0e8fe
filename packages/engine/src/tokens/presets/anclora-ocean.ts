import type { PresetSource } from './define-preset.js';

/**
 * Anclora Ocean, the product's own design system (PRODUCT.md): primary
 * #0B6477, primary-light #0AD1C8, accent #45DFB1, success #80ED99, text
 * #0F172A, muted #64748B, border #E2E8F0, radius 8px, spacing 0.5/1/1.5rem.
 * The rest is chosen to match: the deep navy of the same ocean palette as
 * secondary, slate neutrals, a darker teal for hover, and text/fill pairs
 * that pass WCAG AA.
 */
export const ancloraOcean: PresetSource = {
  name: 'Anclora Ocean',
  tree: {
    color: {
      $type: 'color',
      primary: '#0B6477',
      'primary-hover': '#09505F',
      'primary-light': '#0AD1C8',
      'on-primary': '#FFFFFF',
      secondary: '#213A58',
      'on-secondary': '#FFFFFF',
      accent: '#45DFB1',
      'on-accent': '#0F172A',
      background: '#F8FAFC',
      surface: '#FFFFFF',
      'surface-muted': '#F1F5F9',
      text: '#0F172A',
      'text-muted': '#64748B',
      border: '#E2E8F0',
      focus: '#14919B',
      success: '#80ED99',
      'on-success': '#0F172A',
      warning: '#F59E0B',
      'on-warning': '#0F172A',
      danger: '#DC2626',
      'on-danger': '#FFFFFF',
    },
    space: { $type: 'dimension', xs: '0.25rem', sm: '0.5rem', md: '1rem', lg: '1.5rem', xl: '2rem', '2xl': '3rem' },
    radius: { $type: 'dimension', sm: '4px', md: '8px', lg: '12px', xl: '16px', full: '9999px' },
    border: { width: { $type: 'dimension', $value: '1px' } },
    font: {
      family: {
        $type: 'fontFamily',
        base: ['Inter', 'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
        heading: '{font.family.base}',
        mono: ['JetBrains Mono', 'ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
      size: {
        $type: 'dimension',
        xs: '0.75rem',
        sm: '0.875rem',
        md: '1rem',
        lg: '1.125rem',
        xl: '1.25rem',
        '2xl': '1.5rem',
        '3xl': '1.875rem',
        '4xl': '2.25rem',
      },
      weight: { $type: 'fontWeight', regular: 400, medium: 500, semibold: 600, bold: 700 },
      body: {
        $type: 'typography',
        $value: {
          fontFamily: '{font.family.base}',
          fontSize: '{font.size.md}',
          fontWeight: '{font.weight.regular}',
          lineHeight: '{line-height.normal}',
        },
      },
      heading: {
        $type: 'typography',
        $value: {
          fontFamily: '{font.family.heading}',
          fontSize: '{font.size.2xl}',
          fontWeight: '{font.weight.bold}',
          lineHeight: '{line-height.tight}',
          letterSpacing: '-0.01em',
        },
      },
    },
    'line-height': { $type: 'number', tight: 1.25, normal: 1.5, relaxed: 1.625 },
    shadow: {
      $type: 'shadow',
      sm: '0 1px 2px 0 rgb(15 23 42 / 0.06)',
      md: '0 4px 6px -1px rgb(15 23 42 / 0.1), 0 2px 4px -2px rgb(15 23 42 / 0.06)',
      lg: '0 10px 15px -3px rgb(15 23 42 / 0.1), 0 4px 6px -4px rgb(15 23 42 / 0.05)',
    },
    breakpoint: { $type: 'dimension', sm: '640px', md: '768px', lg: '1024px', xl: '1280px' },
    duration: { $type: 'duration', fast: '150ms', normal: '250ms', slow: '400ms' },
    easing: { standard: { $type: 'cubicBezier', $value: [0.4, 0, 0.2, 1] } },
  },
};
