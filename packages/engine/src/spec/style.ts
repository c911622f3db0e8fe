import { z } from 'zod';

/**
 * Style properties a spec may set, camelCase as in CSS-in-JS. Each has a
 * category: "design" properties take design-token values and count toward
 * token compliance; "layout" properties take CSS keywords or sizes.
 */
export const DESIGN_PROPERTIES = {
  color: 'color',
  backgroundColor: 'color',
  borderColor: 'color',
  outlineColor: 'color',
  fill: 'color',
  stroke: 'color',
  padding: 'spacing',
  paddingTop: 'spacing',
  paddingRight: 'spacing',
  paddingBottom: 'spacing',
  paddingLeft: 'spacing',
  paddingInline: 'spacing',
  paddingBlock: 'spacing',
  margin: 'spacing',
  marginTop: 'spacing',
  marginRight: 'spacing',
  marginBottom: 'spacing',
  marginLeft: 'spacing',
  marginInline: 'spacing',
  marginBlock: 'spacing',
  gap: 'spacing',
  rowGap: 'spacing',
  columnGap: 'spacing',
  borderRadius: 'radius',
  borderWidth: 'borderWidth',
  outlineWidth: 'borderWidth',
  outlineOffset: 'spacing',
  boxShadow: 'shadow',
  fontFamily: 'fontFamily',
  fontSize: 'fontSize',
  fontWeight: 'fontWeight',
  lineHeight: 'lineHeight',
  letterSpacing: 'letterSpacing',
  transitionDuration: 'duration',
} as const;

export const LAYOUT_PROPERTIES = [
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'inset',
  'zIndex',
  'flexDirection',
  'flexWrap',
  'flex',
  'flexGrow',
  'flexShrink',
  'flexBasis',
  'alignItems',
  'alignSelf',
  'justifyContent',
  'justifyItems',
  'placeItems',
  'gridTemplateColumns',
  'gridColumn',
  'width',
  'minWidth',
  'maxWidth',
  'height',
  'minHeight',
  'maxHeight',
  'aspectRatio',
  'overflow',
  'overflowX',
  'overflowY',
  'textAlign',
  'textDecoration',
  'textTransform',
  'whiteSpace',
  'textOverflow',
  'verticalAlign',
  'borderStyle',
  'borderTopWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderRightWidth',
  'outlineStyle',
  'opacity',
  'cursor',
  'objectFit',
  'listStyle',
  'transitionProperty',
  'transitionTimingFunction',
  'transform',
  'visibility',
  'pointerEvents',
  'userSelect',
  'boxSizing',
] as const;

export type DesignProperty = keyof typeof DESIGN_PROPERTIES;
export type LayoutProperty = (typeof LAYOUT_PROPERTIES)[number];
export type StyleProperty = DesignProperty | LayoutProperty;
export type DesignCategory = (typeof DESIGN_PROPERTIES)[DesignProperty];

export const STYLE_PROPERTIES: readonly StyleProperty[] = [
  ...(Object.keys(DESIGN_PROPERTIES) as DesignProperty[]),
  ...LAYOUT_PROPERTIES,
];

export const isDesignProperty = (p: string): p is DesignProperty => Object.hasOwn(DESIGN_PROPERTIES, p);

/** A token reference inside a value: "{color.primary}" (the DTCG alias syntax). */
export const TOKEN_REF = /\{([a-z0-9]+(?:[.-][a-z0-9]+)*)\}/g;
const TOKEN_REF_ONLY = /^\{[a-z0-9]+(?:[.-][a-z0-9]+)*\}$/;

/**
 * A style value: one or more space-separated parts, each a token reference
 * ("{space.md}") or a literal CSS value ("auto", "100%", "12px"). Literals are
 * checked against a conservative grammar so a value can never close the
 * declaration or smuggle markup or a URL into the stylesheet.
 */
export const SAFE_LITERAL = /^[-+#%.,/()a-zA-Z0-9 ]*$/;
const FORBIDDEN_LITERAL = /(url|expression|image-set|@import|javascript)\s*\(?/i;

export const StyleValue = z
  .string()
  .min(1)
  .max(200)
  .refine((v) => {
    const literal = v.replace(TOKEN_REF, '');
    return SAFE_LITERAL.test(literal) && !FORBIDDEN_LITERAL.test(literal);
  }, 'must be token references like {color.primary} or a plain CSS value (no ;{}<>"\' or url())');

export const splitValue = (value: string): string[] => value.trim().split(/\s+/);
export const isTokenRef = (part: string): boolean => TOKEN_REF_ONLY.test(part);
export const tokenPathOf = (part: string): string => part.slice(1, -1);

const declarationShape = Object.fromEntries(STYLE_PROPERTIES.map((p) => [p, StyleValue.optional()])) as Record<
  StyleProperty,
  z.ZodOptional<typeof StyleValue>
>;
export const Declarations = z.strictObject(declarationShape);
export type Declarations = z.infer<typeof Declarations>;

/** Interaction states, in the order their rules are emitted. */
export const STATES = ['hover', 'focusVisible', 'active', 'disabled'] as const;
export type StyleState = (typeof STATES)[number];

/** Mobile-first breakpoints: overrides apply from the breakpoint token's width up. */
export const BREAKPOINTS = ['sm', 'md', 'lg', 'xl'] as const;
export type Breakpoint = (typeof BREAKPOINTS)[number];

export const StyleBlock = z.strictObject({
  base: Declarations.optional(),
  hover: Declarations.optional(),
  focusVisible: Declarations.optional(),
  active: Declarations.optional(),
  disabled: Declarations.optional(),
  responsive: z.strictObject({ sm: Declarations.optional(), md: Declarations.optional(), lg: Declarations.optional(), xl: Declarations.optional() }).optional(),
  /**
   * The button an `<input type="file">` draws (`::file-selector-button`).
   * Styled, it looks the same in every target: left unstyled it is the
   * browser's control, which Tailwind's preflight and Chakra's global CSS
   * restyle differently.
   */
  file: Declarations.optional(),
});
export type StyleBlock = z.infer<typeof StyleBlock>;
