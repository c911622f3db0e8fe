import type { ElementNode, Tag } from '../../spec/schema.js';
import { icon } from '../icons.js';
import { el, isState, on, set, when, type Child } from '../nodes.js';
import { bodyText, border, eyebrow as eyebrowStyle, heading, iconBox, interactive, row, space, stack, tok, type Decl, type FontSizeKey, type Style } from '../styles.js';
import type { Theme } from '../theme.js';

/**
 * Pieces several archetypes share: section headers and bands, avatars, star
 * ratings, icon tiles, segmented controls (form fields live in form-parts).
 * Each takes a name prefix so element names stay unique within a component.
 */
export interface HeaderCopy {
  eyebrow?: string;
  title: string;
  subtitle?: string;
}

export function sectionHeader(
  th: Theme,
  prefix: string,
  copy: HeaderCopy,
  options: { level?: Tag; size?: FontSizeKey; center?: boolean; titleId?: string } = {},
): ElementNode {
  const center: Decl = options.center ? { textAlign: 'center', alignItems: 'center' } : {};
  const children: Child[] = [];
  if (copy.eyebrow) children.push(el('p', `${prefix}-eyebrow`, { style: { base: eyebrowStyle(th) } }, [copy.eyebrow]));
  children.push(
    el(
      options.level ?? 'h2',
      `${prefix}-title`,
      { attrs: options.titleId ? { id: options.titleId } : undefined, style: { base: heading(th, options.size ?? '2xl'), responsive: { md: { fontSize: tok('font.size.3xl') } } } },
      [copy.title],
    ),
  );
  if (copy.subtitle) children.push(el('p', `${prefix}-subtitle`, { style: { base: bodyText(th, 'lg', true, { maxWidth: tok('breakpoint.sm') }) } }, [copy.subtitle]));
  return el('header', `${prefix}-header`, { style: { base: stack('sm', center) } }, children);
}

/** Initials in a token-coloured circle: the avatar that renders without an image. */
export function initialsAvatar(th: Theme, name: string, initials: Child, size = '{space.xl}', tone: 'primary' | 'secondary' | 'raised' = 'primary'): ElementNode {
  // Only role pairs made to be read together: primary/on-primary, secondary/on-secondary, raised/text.
  const [bg, fg] =
    tone === 'primary' ? ([tok('color.primary'), tok('color.on-primary')] as const) : tone === 'secondary' ? ([tok('color.secondary'), tok('color.on-secondary')] as const) : ([th.raised, th.text] as const);
  return el('span', name, { a11y: { hidden: true }, style: { base: iconBox(th, bg, fg, size, { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.semibold') }) } }, [initials]);
}

/** Five stars with the rating as the accessible name. */
export function stars(th: Theme, name: string, label: string, filled = 5): ElementNode {
  const children = Array.from({ length: 5 }, (_, i) =>
    i < filled ? icon('star', 16, undefined, true) : el('span', `${name}-empty-${i}`, { style: { base: { display: 'inline-flex', color: th.border } } }, [icon('star', 16)]),
  );
  return el('span', name, { a11y: { role: 'img', label }, style: { base: { ...row('xs', { gap: '0' }), color: tok('color.warning') } } }, children);
}

/** The rounded square that holds a feature or notification icon. */
export const iconTile = (th: Theme, name: string, child: ElementNode, toneBg = th.tone.bg, toneFg = th.tone.fg): ElementNode =>
  el('span', name, { a11y: { hidden: true }, style: { base: iconBox(th, toneBg, toneFg, '{space.xl}', { borderRadius: th.shape === 'sharp' ? '0' : th.radius.control, padding: space('xs') }) } }, [child]);

/** The outer band of page-level sections (hero, pricing, features): page colour and generous padding. */
export const sectionStyle = (th: Theme, extra: Decl = {}): Style => ({
  base: {
    ...stack('xl'),
    boxSizing: 'border-box',
    width: '100%',
    padding: '{space.xl} {space.md}',
    backgroundColor: th.page,
    color: th.text,
    fontFamily: tok('font.family.base'),
    ...extra,
  },
  responsive: { md: { padding: '{space.xl} {space.xl}' } },
});

/**
 * A segmented control over a string state: one button per option, the
 * current one rendered pressed. (Specs compare state to literals only, so
 * each option is its own pair of branches.)
 */
export function segmented(th: Theme, prefix: string, stateName: string, options: ReadonlyArray<{ value: string; label: string }>, label: string): ElementNode {
  const base: Decl = {
    padding: '{space.xs} {space.md}',
    ...border('transparent'),
    borderRadius: th.radius.control,
    fontSize: tok('font.size.sm'),
    fontWeight: tok('font.weight.semibold'),
    lineHeight: tok('line-height.tight'),
  };
  // Muted text is too faint on the raised track, so idle options differ by weight and fill.
  const idle = interactive({ ...base, backgroundColor: 'transparent', color: th.text, fontWeight: tok('font.weight.medium') }, { backgroundColor: th.hoverStrong });
  const active = interactive({ ...base, backgroundColor: th.surface, color: th.text, boxShadow: tok('shadow.sm') }, { color: th.text });
  return el(
    'div',
    prefix,
    { a11y: { role: 'group', label }, style: { base: { ...row('xs'), alignSelf: 'center', padding: space('xs'), backgroundColor: th.raised, borderRadius: th.radius.control } } },
    options.map((o) =>
      when(
        isState(stateName, o.value),
        [el('button', `${prefix}-${o.value}-active`, { attrs: { type: 'button' }, a11y: { pressed: true }, style: active }, [o.label])],
        [el('button', `${prefix}-${o.value}`, { attrs: { type: 'button' }, a11y: { pressed: false }, events: on('click', set(stateName, o.value)), style: idle }, [o.label])],
      ),
    ),
  );
}
