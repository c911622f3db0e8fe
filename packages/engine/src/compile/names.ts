/**
 * Name helpers shared by the compile stages: case conversions and a registry
 * that hands out identifiers no spec name, keyword or generated helper can
 * collide with. Every generated identifier goes through one registry, in a
 * fixed order, so the same spec always gets the same names.
 */

/** "PricingCard" → "pricing-card", "HTMLButton" → "html-button", "maxItems" → "max-items". */
export const kebabCase = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** "pricing-card" / "pricingCard" → "PricingCard". */
export const pascalCase = (name: string): string =>
  name
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** "pricing-card" → "pricingCard". */
export const camelCase = (name: string): string => {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
};

/** JavaScript keywords, strict-mode and contextual words, and lower-case globals templates can see (Vue exposes a few). */
const KEYWORDS = new Set([
  'arguments', 'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'constructor', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'from', 'function',
  'get', 'if', 'implements', 'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null', 'of', 'package', 'private',
  'protected', 'public', 'return', 'set', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof',
  'undefined', 'var', 'void', 'while', 'with', 'yield', 'as', 'any', 'declare', 'type', 'keyof', 'readonly', 'infer',
  'is', 'module', 'namespace', 'never', 'unknown', 'object', 'string', 'number', 'boolean', 'symbol', 'satisfies',
  'window', 'document', 'console', 'globalThis', 'self', 'location', 'navigator', 'customElements', 'isFinite', 'isNaN',
  'parseFloat', 'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'require', 'alert',
]);

/**
 * Names the emitters write for their own purposes (framework imports, Vue's
 * `props`/`emit`, handler parameters, Angular lifecycle hooks, React's special
 * props). A spec name equal to one of these gets a local alias; the emitters
 * themselves may claim them.
 */
const HELPERS = new Set([
  'ngOnInit', 'ngOnChanges', 'ngDoCheck', 'ngAfterContentInit', 'ngAfterContentChecked', 'ngAfterViewInit',
  'ngAfterViewChecked', 'ngOnDestroy', 'signal', 'computed', 'input', 'output', 'booleanAttribute', 'numberAttribute',
  'ref', 'emit', 'props', 'withDefaults', 'defineProps', 'defineEmits', 'useState', 'Fragment', 'event', 'current',
  'item', 'h', 'styles', 'sheet', 'key', 'children', 'shadow', 'render', 'view', 'restoreFocus', 'styleSheet',
]);

export const isReserved = (name: string): boolean => KEYWORDS.has(name) || HELPERS.has(name);

/**
 * Hands out unique identifiers. `claim` keeps the wanted name when it is free,
 * else tries `wanted + suffix`, then numbered variants. The first claimant of
 * a name wins, so the core claims in a fixed order (props, state, emits,
 * lists, item variables, handlers) and the output is deterministic.
 */
export class NameRegistry {
  readonly #taken = new Set<string>();

  /** Marks a name as used without checking it (names the output makes public, e.g. the component name). */
  reserve(name: string): void {
    this.#taken.add(name);
  }

  claim(wanted: string, suffix = '', options: { helper?: boolean } = {}): string {
    const usable = (name: string) => !this.#taken.has(name) && !KEYWORDS.has(name) && (options.helper === true || !HELPERS.has(name));
    const candidates = suffix ? [wanted, `${wanted}${suffix}`] : [wanted];
    let found = candidates.find(usable);
    for (let n = 2; found === undefined; n += 1) {
      if (usable(`${wanted}${suffix}${n}`)) found = `${wanted}${suffix}${n}`;
    }
    this.#taken.add(found);
    return found;
  }
}

/** Names of custom elements: they need a hyphen and may not be one of the reserved SVG/MathML names. */
const RESERVED_ELEMENT_NAMES = new Set([
  'annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name',
  'missing-glyph',
]);

/** A valid custom-element / Angular selector name for a component: "pricing-card", or "ui-button" for one-word names. */
export const elementTagName = (componentKebab: string): string =>
  componentKebab.includes('-') && !RESERVED_ELEMENT_NAMES.has(componentKebab) ? componentKebab : `ui-${componentKebab}`;
