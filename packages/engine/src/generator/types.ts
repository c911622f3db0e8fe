import type { ComponentSpec } from '../spec/schema.js';

/**
 * What the offline generator understood from a prompt, handed to an
 * archetype. Every field has a neutral value, so an archetype can always be
 * built from `defaultSlots()` alone.
 */
export type Lang = 'en' | 'es';
export type Tone = 'primary' | 'secondary' | 'accent' | 'success' | 'warning' | 'danger';
export type Status = 'info' | 'success' | 'warning' | 'danger';
export type Mood = 'elegant' | 'playful' | 'minimal' | 'bold';
export type Size = 'sm' | 'md' | 'lg';
export type Shape = 'default' | 'rounded' | 'pill' | 'sharp';
export type ButtonVariant = 'primary' | 'secondary' | 'outline' | 'ghost' | 'icon';
export type ControlState = 'disabled' | 'loading';
/** Which item is emphasised: an ordinal position or a 0-based index. */
export type Highlight = 'first' | 'middle' | 'last' | number;

export interface Slots {
  language: Lang;
  /** Quoted texts from the prompt, in order: titles, labels, CTA text. */
  texts: string[];
  /** Requested number of repeated items ("3 plans"); undefined: the archetype's default. */
  count?: number;
  /** A percentage from the prompt ("at 75%"), for progress values. */
  percent?: number;
  /** Emphasised item; undefined: the archetype's default. */
  highlight?: Highlight;
  /** Colour role of the main action; undefined: the archetype's (or mood's) default. */
  tone?: Tone;
  /** Feedback kind for alerts, toasts and badges ("error", "éxito"). */
  status?: Status;
  mood?: Mood;
  size: Size;
  dark: boolean;
  shape: Shape;
  /** Requested state of the main control. */
  state?: ControlState;
  /** Requested button variant. */
  variant?: ButtonVariant;
}

export const defaultSlots = (language: Lang = 'en', overrides: Partial<Slots> = {}): Slots => ({
  language,
  texts: [],
  size: 'md',
  dark: false,
  shape: 'default',
  ...overrides,
});

/** A weighted keyword table: normalised phrase (lower-case, no accents) → weight. */
export type KeywordTable = Readonly<Record<string, number>>;

/** One entry of the catalogue: how to recognise it and how to build it. */
export interface Archetype {
  /** Stable kebab-case id ("pricing-table"). */
  id: string;
  title: Readonly<Record<Lang, string>>;
  keywords: Readonly<Record<Lang, KeywordTable>>;
  /** What quoted texts fill, in order (for notes and docs). */
  textSlots: Readonly<Record<Lang, readonly string[]>>;
  /**
   * Archetypes this one contains as parts (a navbar has a dropdown, a file
   * upload has progress bars): a prompt that names both is about this one.
   */
  includes?: readonly string[];
  /** How many repeated items it can show, for archetypes that take a count. */
  counts?: { min: number; max: number };
  build(slots: Slots): ComponentSpec;
}
