import type { Stylesheet } from './css.js';
import type { ElementModel } from './model.js';

/**
 * How a target styles elements. The markup emitters (html, react, vue,
 * svelte, angular, web component) take a strategy instead of hard-coding the
 * CSS approach, so a utility-class or CSS-in-JS target reuses them:
 *
 * - CSS (`cssStrategy`): each element carries its semantic class, and the
 *   stylesheet from css.ts ships with the component (a <style>, a .css file,
 *   Vue/Svelte scoped styles, Angular `styles`, a shadow-root sheet).
 * - Tailwind: `classOf` returns the element's utility list (states and
 *   breakpoints as variants); no stylesheet.
 * - Chakra (JSX only): `jsx.tagOf` renders `chakra.button` instead of
 *   `button`, `jsx.propsOf` adds style props, `jsx.imports` their imports.
 *
 * Contract: `classOf` returns plain class names (the emitter escapes the
 * attribute; '' means no class attribute). `JsxProp.expression` is a
 * TypeScript expression the emitter prints as `name={expression}` verbatim,
 * so the strategy must build it from escaped parts (escape.ts `jsString`).
 */
export interface StylingStrategy {
  /** The class attribute of an element: its semantic class, or its utilities. */
  classOf(element: ElementModel): string;
  /** The stylesheet the component ships, or undefined when the classes carry the styles. */
  readonly stylesheet?: Stylesheet | undefined;
  /** JSX targets only: render elements as components with style props. */
  readonly jsx?: JsxStyling | undefined;
}

export interface JsxProp {
  readonly name: string;
  readonly expression: string;
}

export interface JsxStyling {
  /** The JSX tag of an element, e.g. `chakra.article`; default: the HTML tag. */
  tagOf?(element: ElementModel): string;
  /** The JSX name of an HTML attribute, after React's renaming (htmlFor); default: unchanged. */
  attributeName?(name: string): string;
  /** Props printed after the element's attributes, e.g. `{ name: 'bg', expression: "'primary'" }`. */
  propsOf?(element: ElementModel): readonly JsxProp[];
  /** Import lines the component file needs, e.g. `import { chakra } from '@chakra-ui/react';`. */
  readonly imports?: readonly string[];
}

/** The CSS targets' strategy: the semantic class on every element, plus the component's stylesheet. */
export const cssStrategy = (stylesheet: Stylesheet): StylingStrategy => ({
  classOf: (element) => element.className,
  stylesheet,
});
