import type { Breakpoint, DesignProperty, LayoutProperty } from '../spec/style.js';
import type { RoleToken } from '../tokens/model.js';
import type { Theme } from './theme.js';
import type { ButtonVariant, Size } from './types.js';

/**
 * Style fragments shared by every archetype. The types make the house rule a
 * compile-time check: design properties (colour, spacing, radius, type,
 * shadow) take only role-token references or a neutral keyword, never a raw
 * colour or size; layout properties take CSS keywords.
 */
export type TokenRef = `{${RoleToken}}`;
export type SpaceKey = 'xs' | 'sm' | 'md' | 'lg' | 'xl';
export type FontSizeKey = 'xs' | 'sm' | 'md' | 'lg' | 'xl' | '2xl' | '3xl';
type SpacePart = `{space.${SpaceKey}}` | '0';
export const NEUTRAL_DESIGN_VALUES = ['0', 'none', 'transparent', 'inherit', 'currentColor'] as const;
export type DesignValue = TokenRef | (typeof NEUTRAL_DESIGN_VALUES)[number] | `${SpacePart} ${SpacePart}`;

export type Decl = { [K in DesignProperty]?: DesignValue } & { [K in LayoutProperty]?: string };
export interface Style {
  base?: Decl;
  hover?: Decl;
  focusVisible?: Decl;
  active?: Decl;
  disabled?: Decl;
  responsive?: { [B in Breakpoint]?: Decl };
  /** The button of an `<input type="file">`. */
  file?: Decl;
}

export const tok = <P extends RoleToken>(path: P): `{${P}}` => `{${path}}`;
export const space = <K extends SpaceKey>(k: K): `{space.${K}}` => `{space.${k}}`;
export const fontSize = <K extends FontSizeKey>(k: K): `{font.size.${K}}` => `{font.size.${k}}`;

const SIZE_STEPS: readonly FontSizeKey[] = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'];
/** A font size one step down for small variants and one up for large ones. */
export function scaled(size: Size, base: FontSizeKey): FontSizeKey {
  const i = SIZE_STEPS.indexOf(base) + (size === 'sm' ? -1 : size === 'lg' ? 1 : 0);
  return SIZE_STEPS[Math.min(SIZE_STEPS.length - 1, Math.max(0, i))]!;
}

/** Every interactive element gets the same visible focus ring. */
export const focusRing: Decl = {
  outlineWidth: tok('border.width'),
  outlineStyle: 'solid',
  outlineColor: tok('color.focus'),
  outlineOffset: space('xs'),
};
export const transition: Decl = {
  transitionProperty: 'background-color, border-color, color, box-shadow, transform, opacity',
  transitionDuration: tok('duration.fast'),
  transitionTimingFunction: 'ease-out',
};
export const pressed: Decl = { transform: 'translateY(1px)' };
export const disabledLook: Decl = { opacity: '0.55', cursor: 'not-allowed', boxShadow: 'none', transform: 'none' };

export const stack = (gap: SpaceKey, extra: Decl = {}): Decl => ({ display: 'flex', flexDirection: 'column', gap: space(gap), ...extra });
export const row = (gap: SpaceKey, extra: Decl = {}): Decl => ({ display: 'flex', alignItems: 'center', gap: space(gap), ...extra });
export const listReset: Decl = { listStyle: 'none', margin: '0', padding: '0' };
export const grid = (gap: SpaceKey, extra: Decl = {}): Decl => ({ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: space(gap), ...extra });
export const columns = (n: number): Decl => ({ gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` });
export const border = (color: DesignValue): Decl => ({ borderWidth: tok('border.width'), borderStyle: 'solid', borderColor: color });
/** A single hairline on one side (dividers between stacked regions). */
export const divider = (side: 'top' | 'bottom' | 'left' | 'right', color: DesignValue): Decl => ({
  borderWidth: '0',
  [`border${side[0]!.toUpperCase()}${side.slice(1)}Width`]: tok('border.width'),
  borderStyle: 'solid',
  borderColor: color,
});

/** The panel every card-like archetype sits on. */
export const cardSurface = (th: Theme, pad: SpaceKey = 'lg'): Decl => ({
  backgroundColor: th.surface,
  color: th.text,
  ...border(th.border),
  borderRadius: th.radius.card,
  boxShadow: th.shadow.card,
  padding: space(pad),
  boxSizing: 'border-box',
});

export const heading = (th: Theme, size: FontSizeKey, extra: Decl = {}): Decl => ({
  margin: '0',
  fontFamily: tok('font.family.heading'),
  fontSize: fontSize(scaled(th.size, size)),
  fontWeight: th.headingWeight,
  lineHeight: tok('line-height.tight'),
  color: th.text,
  ...extra,
});
export const bodyText = (th: Theme, size: FontSizeKey = 'md', muted = true, extra: Decl = {}): Decl => ({
  margin: '0',
  fontFamily: tok('font.family.base'),
  fontSize: fontSize(size),
  lineHeight: tok('line-height.normal'),
  color: muted ? th.muted : th.text,
  ...extra,
});
export const eyebrow = (th: Theme): Decl => ({
  margin: '0',
  fontSize: fontSize('sm'),
  fontWeight: tok('font.weight.semibold'),
  textTransform: 'uppercase',
  color: th.link,
});

/** Every interactive style block: hover, focus-visible, active and disabled always present. */
export function interactive(base: Decl, hover: Decl, active: Decl = pressed, responsive?: Style['responsive']): Style {
  const style: Style = {
    // Form controls do not inherit the font by default; every control here does.
    base: { cursor: 'pointer', fontFamily: 'inherit', ...transition, ...base },
    hover,
    focusVisible: focusRing,
    active,
    disabled: disabledLook,
  };
  if (responsive) style.responsive = responsive;
  return style;
}

const BUTTON_PADDING: Record<Size, DesignValue> = { sm: '{space.xs} {space.sm}', md: '{space.sm} {space.md}', lg: '{space.md} {space.lg}' };
const BUTTON_FONT: Record<Size, FontSizeKey> = { sm: 'sm', md: 'md', lg: 'lg' };

/** A button in one of the catalogue's variants, sized and shaped by the theme. */
export function buttonStyles(th: Theme, variant: ButtonVariant = 'primary', size: Size = th.size, extra: Decl = {}): Style {
  const base: Decl = {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: space('xs'),
    padding: variant === 'icon' ? space(size === 'lg' ? 'md' : 'sm') : BUTTON_PADDING[size],
    fontFamily: tok('font.family.base'),
    fontSize: fontSize(BUTTON_FONT[size]),
    fontWeight: tok('font.weight.semibold'),
    lineHeight: tok('line-height.tight'),
    borderRadius: variant === 'icon' && th.shape === 'pill' ? tok('radius.full') : th.radius.control,
    ...border('transparent'),
    textDecoration: 'none',
    whiteSpace: 'nowrap',
    userSelect: 'none',
  };
  const { tone } = th;
  // Quiet variants paint the surface in dark mode, so their light text never lands on a light page.
  const quiet: DesignValue = th.dark ? th.surface : 'transparent';
  switch (variant) {
    case 'primary':
    case 'icon':
      return interactive({ ...base, backgroundColor: tone.bg, color: tone.fg, boxShadow: th.shadow.control, ...extra }, { backgroundColor: tone.hover, ...tone.hoverExtra });
    case 'secondary':
      return interactive({ ...base, backgroundColor: th.raised, color: th.text, ...extra }, { backgroundColor: th.hoverStrong, borderColor: th.border, boxShadow: tok('shadow.sm') });
    case 'outline':
      // Outline buttons fill with their tone on hover, which keeps any tone readable.
      return interactive({ ...base, backgroundColor: quiet, color: tone.text, borderColor: tone.bg, ...extra }, { backgroundColor: tone.bg, color: tone.fg });
    case 'ghost':
      return interactive({ ...base, backgroundColor: quiet, color: tone.text, ...extra }, { backgroundColor: th.hover, color: tone.readableOnRaised ? tone.text : th.text });
  }
}

/** A quiet square button for icons (close, more, clear) that sits on a surface. */
export const iconButtonStyles = (th: Theme, extra: Decl = {}): Style =>
  interactive(
    {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      padding: space('xs'),
      ...border('transparent'),
      borderRadius: th.radius.control,
      backgroundColor: 'transparent',
      color: th.muted,
      ...extra,
    },
    { backgroundColor: th.hover, color: th.text },
  );

/** Text inputs, selects and textareas. */
export function inputStyles(th: Theme, extra: Decl = {}): Style {
  return {
    base: {
      width: '100%',
      boxSizing: 'border-box',
      padding: th.size === 'lg' ? '{space.md} {space.md}' : '{space.sm} {space.md}',
      fontFamily: tok('font.family.base'),
      fontSize: fontSize(th.size === 'sm' ? 'sm' : 'md'),
      lineHeight: tok('line-height.normal'),
      color: th.text,
      backgroundColor: th.surface,
      ...border(th.border),
      borderRadius: th.radius.control,
      ...transition,
      ...extra,
    },
    hover: { borderColor: th.muted },
    focusVisible: { ...focusRing, outlineOffset: '0', borderColor: tok('color.focus') },
    active: { borderColor: tok('color.focus') },
    disabled: { backgroundColor: th.raised, opacity: '0.7', cursor: 'not-allowed' },
  };
}

export const labelStyle = (th: Theme, extra: Decl = {}): Decl => ({
  fontSize: fontSize('sm'),
  fontWeight: tok('font.weight.medium'),
  color: th.text,
  ...extra,
});

/** Inline text links: underline on hover, ring on focus. */
export const linkStyles = (th: Theme, extra: Decl = {}): Style =>
  interactive(
    { color: th.link, fontWeight: tok('font.weight.medium'), textDecoration: 'none', borderRadius: tok('radius.sm'), ...extra },
    { textDecoration: 'underline' },
    { textDecoration: 'underline' },
  );

/** A small rounded label (badges, tags, status chips). */
export const chip = (bg: DesignValue, fg: DesignValue, th: Theme, extra: Decl = {}): Decl => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: space('xs'),
  padding: '{space.xs} {space.sm}',
  borderRadius: th.radius.chip,
  backgroundColor: bg,
  color: fg,
  fontSize: fontSize('xs'),
  fontWeight: tok('font.weight.semibold'),
  lineHeight: tok('line-height.tight'),
  whiteSpace: 'nowrap',
  ...extra,
});

/** Dark variants paint the page colour on components that have no panel of their own. */
export const onPage = (th: Theme): Decl => (th.dark ? { backgroundColor: th.page } : {});

/** A round (or square, when sharp) token-coloured box for icons and initials. */
export const iconBox = (th: Theme, bg: DesignValue, fg: DesignValue, size: string = '{space.xl}', extra: Decl = {}): Decl => ({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  flexShrink: '0',
  width: size,
  height: size,
  borderRadius: th.shape === 'sharp' ? '0' : tok('radius.full'),
  backgroundColor: bg,
  color: fg,
  ...extra,
});

/** A style with mobile-first overrides added (or merged into existing ones). */
export function withResponsive(style: Style, responsive: NonNullable<Style['responsive']>): Style {
  const merged: NonNullable<Style['responsive']> = { ...style.responsive };
  for (const bp of ['sm', 'md', 'lg', 'xl'] as const) {
    if (responsive[bp]) merged[bp] = { ...merged[bp], ...responsive[bp] };
  }
  return { ...style, responsive: merged };
}
