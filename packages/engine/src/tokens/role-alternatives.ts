import type { RoleToken } from './model.js';

/**
 * Where other design systems keep what our roles mean. A role's candidates
 * are every group synonym × every name below, tried in order (names first:
 * "primary" in any colour group beats "brand" anywhere). The table is small
 * on purpose — it covers the common conventions (Tailwind, shadcn/ui, MUI,
 * Material, Bootstrap, Style Dictionary's CTI examples) and nothing clever.
 */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  color: ['color', 'colors', 'colour', 'colours', 'palette', 'theme.color', 'semantic.color', 'sys.color'],
  space: ['space', 'spacing', 'spacings', 'spacer', 'spacers', 'size.spacing', 'sizes.spacing', 'gap'],
  radius: ['radius', 'radii', 'rounded', 'border-radius', 'border.radius', 'corner', 'shape.corner', 'size.radius'],
  'border.width': ['border-width', 'border.width', 'border-widths', 'stroke.width', 'size.border'],
  'font.family': ['font.family', 'font-family', 'font-families', 'fonts', 'font', 'typography.font-family', 'typeface'],
  'font.size': ['font.size', 'font-size', 'font-sizes', 'text', 'size.font', 'typography.font-size', 'typography.size'],
  'font.weight': ['font.weight', 'font-weight', 'font-weights', 'typography.font-weight', 'weight'],
  'line-height': ['line-height', 'line-heights', 'leading', 'font.line-height', 'typography.line-height'],
  shadow: ['shadow', 'shadows', 'box-shadow', 'elevation', 'effect.shadow'],
  breakpoint: ['breakpoint', 'breakpoints', 'screen', 'screens', 'media', 'viewport'],
  duration: ['duration', 'durations', 'transition.duration', 'motion.duration', 'animation.duration', 'time', 'timing'],
};

const NAMES: Readonly<Record<RoleToken, readonly string[]>> = {
  'color.primary': ['primary', 'brand.primary', 'brand-primary', 'primary.default', 'primary.base', 'primary.main', 'primary.500', 'primary.600', 'brand', 'brand.default', 'brand.500', 'brand.600', 'action.primary'],
  'color.primary-hover': ['primary.hover', 'primary-dark', 'primary.dark', 'primary.700', 'brand.primary-hover', 'brand.700', 'action.primary-hover'],
  'color.on-primary': ['on.primary', 'primary-foreground', 'primary.foreground', 'primary.contrast', 'primary.contrast-text', 'primary-contrast', 'primary.on', 'text.on-primary', 'text.inverse'],
  'color.secondary': ['secondary', 'secondary.default', 'secondary.main', 'secondary.500', 'secondary.600', 'brand.secondary'],
  'color.on-secondary': ['on.secondary', 'secondary-foreground', 'secondary.foreground', 'secondary.contrast', 'secondary.contrast-text'],
  'color.accent': ['accent', 'accent.default', 'accent.500', 'brand.accent', 'tertiary', 'highlight'],
  'color.background': ['background', 'background.default', 'background.primary', 'bg', 'bg.default', 'bg.canvas', 'canvas', 'body-bg', 'body.bg', 'page'],
  'color.surface': ['surface', 'surface.default', 'surface.primary', 'background.surface', 'background.paper', 'bg.surface', 'card', 'paper'],
  'color.surface-muted': ['surface.muted', 'surface.secondary', 'surface.subtle', 'surface-variant', 'surface.variant', 'background.muted', 'background.subtle', 'background.secondary', 'bg.muted', 'bg.subtle', 'muted'],
  'color.text': ['text.default', 'text.primary', 'text.base', 'text.body', 'foreground', 'fg', 'fg.default', 'body-color', 'body.color', 'content.primary', 'on-background', 'on-surface'],
  'color.text-muted': ['text.muted', 'text.secondary', 'text.subtle', 'text.subdued', 'text.tertiary', 'muted-foreground', 'foreground.muted', 'fg.muted', 'content.secondary', 'on-surface-variant'],
  'color.border': ['border.default', 'border.base', 'border.primary', 'border-color', 'outline', 'stroke', 'divider', 'input'],
  'color.focus': ['focus-ring', 'focus.ring', 'ring', 'outline.focus', 'border.focus'],
  'color.success': ['success.default', 'success.500', 'success.600', 'status.success', 'feedback.success', 'positive', 'green.600', 'green.500'],
  'color.warning': ['warning.default', 'warning.500', 'status.warning', 'feedback.warning', 'caution', 'amber.500', 'yellow.500', 'orange.500'],
  'color.danger': ['error', 'destructive', 'danger.default', 'danger.500', 'danger.600', 'error.default', 'error.500', 'error.600', 'status.error', 'status.danger', 'feedback.error', 'negative', 'red.600', 'red.500'],
  'color.on-danger': ['on.danger', 'on-error', 'on.error', 'destructive-foreground', 'danger.contrast', 'error.contrast-text', 'danger-foreground'],
  // Numeric steps follow Tailwind's scale (1 = 0.25rem … 8 = 2rem).
  'space.xs': ['xs', 'x-small', 'extra-small', '1', '100'],
  'space.sm': ['sm', 'small', '2', '200'],
  'space.md': ['md', 'medium', 'base', 'default', '4', '300'],
  'space.lg': ['lg', 'large', '6', '400'],
  'space.xl': ['xl', 'x-large', 'extra-large', '8', '500'],
  'radius.sm': ['sm', 'small', 'extra-small'],
  'radius.md': ['md', 'medium', 'base', 'default'],
  'radius.lg': ['lg', 'large'],
  'radius.full': ['full', 'pill', 'round', 'circle'],
  'border.width': ['default', 'base', 'thin', '1', 'sm'],
  'font.family.base': ['base', 'body', 'sans', 'text', 'default', 'primary', 'regular'],
  'font.family.heading': ['heading', 'headings', 'display', 'title', 'headline', 'brand'],
  'font.family.mono': ['mono', 'code', 'monospace'],
  'font.size.xs': ['xs', 'x-small', 'caption', '100'],
  'font.size.sm': ['sm', 'small', '200'],
  'font.size.md': ['md', 'base', 'body', 'medium', 'default', '300'],
  'font.size.lg': ['lg', 'large', '400'],
  'font.size.xl': ['xl', 'x-large', '500'],
  'font.size.2xl': ['2xl', 'xxl', 'xx-large', '600'],
  'font.size.3xl': ['3xl', 'xxxl', 'xxx-large', '700'],
  'font.weight.regular': ['regular', 'normal', 'book', '400'],
  'font.weight.medium': ['medium', '500'],
  'font.weight.semibold': ['semibold', 'semi-bold', 'demibold', 'demi-bold', '600'],
  'font.weight.bold': ['bold', 'strong', '700'],
  'line-height.tight': ['tight', 'heading', 'snug', 'dense', 'sm'],
  'line-height.normal': ['normal', 'base', 'body', 'default', 'md', 'regular'],
  'shadow.sm': ['sm', 'small', 'low', '1', 'level1', 'xs'],
  'shadow.md': ['md', 'medium', 'base', 'default', '2', 'level2'],
  'shadow.lg': ['lg', 'large', 'high', '3', 'level3'],
  'breakpoint.sm': ['sm', 'small', 'mobile'],
  'breakpoint.md': ['md', 'medium', 'tablet'],
  'breakpoint.lg': ['lg', 'large', 'desktop'],
  'breakpoint.xl': ['xl', 'x-large', 'wide'],
  'duration.fast': ['fast', 'quick', 'short', '150', '100', '200'],
  'duration.normal': ['normal', 'base', 'default', 'medium', '250', '300'],
};

/** The group of a role: "font.size" for font.size.md, "border.width" for the role itself. */
function groupOf(role: RoleToken): string {
  if (role === 'border.width') return role;
  const two = role.split('.').slice(0, 2).join('.');
  return GROUPS[two] ? two : role.split('.')[0]!;
}

/** Candidate paths for a role, best first; the role's own path is not among them. */
export function roleCandidates(role: RoleToken): string[] {
  const group = groupOf(role);
  const groups = GROUPS[group] ?? [group];
  const out: string[] = [];
  for (const name of NAMES[role]) {
    for (const g of groups) out.push(`${g}.${name}`);
  }
  if (role === 'border.width') out.push('border-width', 'stroke-width');
  return out.filter((path, i) => path !== role && out.indexOf(path) === i);
}

/** Multiples of a spacing unit (Tailwind's --spacing) for the space roles, as Tailwind's p-1 … p-8. */
export const SPACE_MULTIPLES: Readonly<Partial<Record<RoleToken, number>>> = { 'space.xs': 1, 'space.sm': 2, 'space.md': 4, 'space.lg': 6, 'space.xl': 8 };
export const SPACE_UNITS = ['space.unit', 'spacing', 'spacing.unit', 'space.base-unit', 'spacing.base'] as const;
