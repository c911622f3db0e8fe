import type { Decl, DesignValue, TokenRef } from './styles.js';
import type { Lang, Shape, Size, Slots, Status, Tone } from './types.js';

/**
 * The role tokens an archetype paints with, resolved once from the slots:
 * light or dark surfaces, the tone of the main action, radii from the shape
 * and shadows from the mood. Archetypes never pick a colour role directly
 * for surfaces or text, so the dark variant is one switch here.
 */
export interface ToneColors {
  /** Fill of solid controls. */
  bg: TokenRef;
  /** Text on that fill. */
  fg: TokenRef;
  hover: TokenRef;
  /** Extra hover declarations for tones without a hover role. */
  hoverExtra: Decl;
  /** The tone used as text or a border on the surface. */
  text: TokenRef;
  /** Whether `text` stays readable on the raised/hover fill too (only neutral roles are sure to). */
  readableOnRaised: boolean;
}

export interface Theme {
  lang: Lang;
  dark: boolean;
  size: Size;
  shape: Shape;
  page: TokenRef;
  surface: TokenRef;
  /** A raised or muted area on the surface (secondary buttons, wells). */
  raised: TokenRef;
  text: TokenRef;
  muted: TokenRef;
  border: TokenRef;
  /** Hover fill of quiet controls on the surface. */
  hover: TokenRef;
  /** Hover fill of controls that already sit on `raised`. */
  hoverStrong: TokenRef;
  /** Emphasised text on the surface: links, eyebrows, active items. */
  link: TokenRef;
  /** Error text on the surface (required marks, validation messages). */
  danger: TokenRef;
  tone: ToneColors;
  radius: { control: DesignValue; card: DesignValue; chip: DesignValue };
  shadow: { card: DesignValue; control: DesignValue; overlay: DesignValue };
  headingWeight: TokenRef;
}

const LIGHT = {
  page: '{color.background}',
  surface: '{color.surface}',
  raised: '{color.surface-muted}',
  text: '{color.text}',
  muted: '{color.text-muted}',
  border: '{color.border}',
  hover: '{color.surface-muted}',
  hoverStrong: '{color.surface}',
  link: '{color.primary}',
  danger: '{color.danger}',
} as const;

// Role sets have no dark palette, so the dark variant inverts the neutral roles:
// the text colour becomes the surface and the light neutrals become the text.
// Chromatic roles are tuned for light surfaces, so on dark ones emphasis and
// error text fall back to light neutrals (weight and icons carry the meaning).
const DARK = {
  page: '{color.text}',
  surface: '{color.text}',
  raised: '{color.text-muted}',
  text: '{color.surface}',
  muted: '{color.surface-muted}',
  border: '{color.text-muted}',
  hover: '{color.text-muted}',
  hoverStrong: '{color.text}',
  link: '{color.surface}',
  danger: '{color.surface}',
} as const;

export function toneColors(tone: Tone, dark = false): ToneColors {
  // Tones without a hover role lift with a shadow; opacity would cost contrast.
  const soft: Decl = { boxShadow: '{shadow.md}' };
  switch (tone) {
    case 'primary':
      return { bg: '{color.primary}', fg: '{color.on-primary}', hover: '{color.primary-hover}', hoverExtra: {}, text: dark ? '{color.surface}' : '{color.primary}', readableOnRaised: dark };
    case 'secondary':
      return { bg: '{color.secondary}', fg: '{color.on-secondary}', hover: '{color.secondary}', hoverExtra: soft, text: dark ? '{color.surface}' : '{color.text}', readableOnRaised: true };
    case 'accent':
      return { bg: '{color.accent}', fg: '{color.text}', hover: '{color.accent}', hoverExtra: soft, text: dark ? '{color.surface}' : '{color.primary}', readableOnRaised: dark };
    case 'success':
      return { bg: '{color.success}', fg: '{color.text}', hover: '{color.success}', hoverExtra: soft, text: dark ? '{color.surface}' : '{color.text}', readableOnRaised: true };
    case 'warning':
      return { bg: '{color.warning}', fg: '{color.text}', hover: '{color.warning}', hoverExtra: soft, text: dark ? '{color.surface}' : '{color.text}', readableOnRaised: true };
    case 'danger':
      return { bg: '{color.danger}', fg: '{color.on-danger}', hover: '{color.danger}', hoverExtra: soft, text: dark ? '{color.surface}' : '{color.danger}', readableOnRaised: dark };
  }
}

export const statusTone = (status: Status): Tone => (status === 'info' ? 'primary' : status);
export const toneStatus = (tone: Tone | undefined): Status | undefined =>
  tone === 'success' || tone === 'warning' || tone === 'danger' ? tone : undefined;

export function themeFor(slots: Slots, defaultTone: Tone = 'primary'): Theme {
  const palette = slots.dark ? DARK : LIGHT;
  const mood = slots.mood;
  const shape: Shape = slots.shape !== 'default' ? slots.shape : mood === 'playful' ? 'pill' : 'default';
  const tone = slots.tone ?? (mood === 'playful' ? 'accent' : defaultTone);
  const radius: Theme['radius'] =
    shape === 'sharp'
      ? { control: '0', card: '0', chip: '0' }
      : shape === 'pill'
        ? { control: '{radius.full}', card: '{radius.lg}', chip: '{radius.full}' }
        : shape === 'rounded'
          ? { control: '{radius.lg}', card: '{radius.lg}', chip: '{radius.full}' }
          : mood === 'elegant'
            ? { control: '{radius.sm}', card: '{radius.md}', chip: '{radius.sm}' }
            : { control: '{radius.md}', card: '{radius.lg}', chip: '{radius.full}' };
  const shadow: Theme['shadow'] =
    mood === 'minimal'
      ? { card: 'none', control: 'none', overlay: '{shadow.md}' }
      : mood === 'bold' || mood === 'playful'
        ? { card: '{shadow.md}', control: '{shadow.sm}', overlay: '{shadow.lg}' }
        : { card: '{shadow.sm}', control: 'none', overlay: '{shadow.lg}' };
  return {
    lang: slots.language,
    dark: slots.dark,
    size: slots.size,
    shape,
    ...palette,
    tone: toneColors(tone, slots.dark),
    radius,
    shadow,
    headingWeight: mood === 'minimal' || mood === 'elegant' ? '{font.weight.semibold}' : '{font.weight.bold}',
  };
}
