import type { Token, TokenSet, TypographyValue } from './model.js';

/**
 * The custom-property (or SCSS variable) declarations of a token set, shared
 * by the CSS, SCSS and Tailwind exporters. An alias is written as a
 * reference to its target (`var(--color-primary-light)`), so the cascade —
 * and a theme that overrides the target — keeps the relation. Typography
 * has no single CSS value: it becomes one declaration per part
 * (--font-body-font-family, --font-body-font-size, …).
 */
export interface Declaration {
  path: string;
  name: string;
  value: string;
  /** The typography part this declares, for exporters that group them. */
  part?: TypographyPart;
}

export const TYPOGRAPHY_PARTS = [
  ['fontFamily', 'font-family'],
  ['fontSize', 'font-size'],
  ['fontWeight', 'font-weight'],
  ['lineHeight', 'line-height'],
  ['letterSpacing', 'letter-spacing'],
] as const satisfies ReadonlyArray<[keyof TypographyValue, string]>;
export type TypographyPart = (typeof TYPOGRAPHY_PARTS)[number][1];

export interface DeclarationStyle {
  /** The variable name of a token path: "--color-primary", "$color-primary". */
  nameOf: (path: string) => string;
  /** How a value refers to another variable: "var(--x)" in CSS, "$x" in SCSS. */
  reference: (name: string) => string;
  /** SCSS variables resolve when declared: refer only to targets written earlier. */
  backwardOnly?: boolean;
}

export function tokenDeclarations(set: TokenSet, style: DeclarationStyle): Declaration[] {
  const out: Declaration[] = [];
  const written = new Set<string>();
  for (const token of Object.values(set.tokens)) {
    const target: Token | undefined = token.aliasOf === undefined ? undefined : set.tokens[token.aliasOf];
    const refers = target !== undefined && target.type === token.type && (!style.backwardOnly || written.has(target.path));
    const name = style.nameOf(token.path);
    if (token.type === 'typography') {
      const value = token.value as TypographyValue;
      for (const [key, part] of TYPOGRAPHY_PARTS) {
        if (value[key] === undefined) continue;
        const text = refers ? style.reference(`${style.nameOf(target.path)}-${part}`) : String(value[key]);
        out.push({ path: token.path, name: `${name}-${part}`, value: text, part });
      }
    } else {
      out.push({ path: token.path, name, value: refers ? style.reference(style.nameOf(target.path)) : token.css });
    }
    written.add(token.path);
  }
  return out;
}

/** Declarations as indented "name: value;" lines. */
export const declarationLines = (declarations: readonly Declaration[], indent = '  '): string =>
  declarations.map((d) => `${indent}${d.name}: ${d.value};`).join('\n');
