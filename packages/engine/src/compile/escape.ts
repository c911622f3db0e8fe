/**
 * Escaping for every context spec text reaches. The invariant: a string from
 * the spec (text, attribute value, prop default, list item, action literal)
 * only ever enters output through one of these functions, chosen for the
 * exact context it lands in, so it stays data in every target.
 *
 * Why per framework: template languages re-interpret text after HTML entity
 * decoding differently. Vue and Svelte treat `&#123;` as a literal brace, but
 * Angular decodes entities *before* looking for `{{ }}`, so an entity-encoded
 * `{{constructor…}}` would still be evaluated there; Angular text with braces
 * therefore goes through a string-literal interpolation instead.
 */

const replaceAll = (s: string, table: Record<string, string>, pattern: RegExp): string => s.replace(pattern, (c) => table[c] ?? c);

const HTML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const HTML_ATTR: Record<string, string> = { ...HTML_TEXT, '"': '&quot;' };
const BRACES: Record<string, string> = { '{': '&#123;', '}': '&#125;' };

/** Text content of an HTML element. */
export const htmlText = (s: string): string => replaceAll(s, HTML_TEXT, /[&<>]/g);

/** A double-quoted HTML attribute value. */
export const htmlAttr = (s: string): string => replaceAll(s, HTML_ATTR, /[&<>"]/g);

/** Text in a Vue template: HTML text with `{{` made impossible. */
export const vueText = (s: string): string => replaceAll(s, { ...HTML_TEXT, ...BRACES }, /[&<>{}]/g);

/** Text in a Svelte template, where a single `{` opens an expression. */
export const svelteText = vueText;

/** A double-quoted Svelte attribute value, where `{` also opens an expression. */
export const svelteAttr = (s: string): string => replaceAll(s, { ...HTML_ATTR, ...BRACES }, /[&<>"{}]/g);

/** JSX text: entities for the characters JSX gives meaning to. */
export const jsxText = (s: string): string => replaceAll(s, { ...HTML_TEXT, ...BRACES }, /[&<>{}]/g);

/** True when a string can be written as JSX text verbatim after jsxText (JSX folds line breaks and tabs). */
export const isPlainJsxText = (s: string): boolean => !/[\n\r\t]/.test(s);

/** True when a string can sit in a JSX `attr="…"` literal (no escapes exist there). */
export const isPlainJsxAttr = (s: string): boolean => /^[^"&{}<>\\\n\r\t]*$/.test(s);

const JS_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A single-quoted JavaScript/TypeScript string literal. `<` is written
 * `\x3C`, so no spec text can close (or, with `<!--`, derail) a surrounding
 * `<script>` block — Vue and Svelte components keep their script inside one —
 * and no output ever contains `<script` from the spec.
 */
export const jsString = (s: string): string => {
  const body = s
    .replace(/[\\'\n\r\t\u2028\u2029]/g, (c) => JS_ESCAPES[c] ?? c)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/</g, '\\x3C');
  return `'${body}'`;
};

/** The body of a JavaScript template literal (between backticks). */
export const templateLiteralBody = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${');

/**
 * A single-quoted string literal for an expression inside a template (a Vue
 * directive, a Svelte `{…}`, an Angular binding). Every character a template
 * lexer could act on — braces, `@`, `&` (entities are decoded inside
 * bindings), `<`, `>`, quotes, backslash — is a `\uXXXX` escape, so the parsed
 * string is exactly the input whatever the surrounding syntax.
 */
// eslint-disable-next-line no-control-regex
const TEMPLATE_SPECIAL = /[\\'"{}@&<>\u0000-\u001f\u007f\u2028\u2029`$]/g;
export const inertString = (s: string): string =>
  `'${s.replace(TEMPLATE_SPECIAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/** True when Angular template text needs the string-literal form, `{{ inertString }}` (see the module comment). */
export const angularNeedsLiteral = (s: string): boolean => /[{}]/.test(s);

/** Angular template text without braces: HTML text plus `@`, which opens a control-flow block. */
export const angularText = (s: string): string => replaceAll(s, { ...HTML_TEXT, '@': '&#64;' }, /[&<>@]/g);

/** Text inside a `/** … *\/` comment: it cannot close the comment, nor a surrounding <script> block. */
export const docText = (s: string): string =>
  s
    .replace(/\*\//g, '*\\/')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\r\n]+/g, ' ');
