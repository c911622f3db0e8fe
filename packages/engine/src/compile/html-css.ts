import type { Literal } from '../spec/schema.js';
import { isEmptySheet, printCss } from './css.js';
import { htmlAttr, htmlText } from './escape.js';
import type { CompiledFile } from './files.js';
import type { AttrModel, ComponentModel, ConditionModel, Ref } from './model.js';
import type { StylingStrategy } from './strategy.js';
import { createPrinter, type Scope, type TemplateDialect } from './template.js';

/**
 * HTML + CSS: a static fragment — a <style> element and the markup — rendered
 * in the component's initial state (prop defaults, state initial values).
 * HTML has no state, so there is deliberately no script: events are not
 * wired, conditionals show their initial branch and lists are expanded. It is
 * the reference the other targets are compared with.
 */
export function emitHtml(model: ComponentModel, strategy: StylingStrategy): CompiledFile[] {
  const printer = createPrinter(htmlDialect(strategy));
  const markup = printer.element(model.root, new Map(), false);
  const parts: string[] = [];
  if (model.description) parts.push(`<!-- ${htmlText(model.description).replace(/--/g, '- -')} -->`);
  if (strategy.stylesheet && !isEmptySheet(strategy.stylesheet)) parts.push(['<style>', printCss(strategy.stylesheet, { indent: '  ' }), '</style>'].join('\n'));
  parts.push(markup.join('\n'));
  return [{ path: `${model.kebab}.html`, language: 'html', content: `${parts.join('\n')}\n` }];
}

/** The value a ref has in the initial render. */
export function initialValue(ref: Ref, scope: Scope): Literal | undefined {
  if (ref.source === 'prop') return ref.prop.default;
  if (ref.source === 'state') return ref.state.initial;
  return scope.get(ref.itemVar)?.[ref.field.name];
}

export function initialCondition(condition: ConditionModel, scope: Scope): boolean {
  if (condition.constant !== undefined) return condition.constant;
  const value = initialValue(condition.ref, scope);
  const holds = condition.equals === undefined ? Boolean(value) : value === condition.equals;
  return condition.not ? !holds : holds;
}

function attribute(attr: AttrModel, scope: Scope): string | undefined {
  const { value } = attr;
  if (attr.boolean) {
    const on = value.kind === 'static' || (value.kind === 'condition' ? initialCondition(value.condition, scope) : Boolean(initialValue(value.ref, scope)));
    return on ? attr.name : undefined;
  }
  const text =
    value.kind === 'static' ? value.text : value.kind === 'condition' ? String(initialCondition(value.condition, scope)) : initialValue(value.ref, scope);
  return text === undefined ? undefined : `${attr.name}="${htmlAttr(String(text))}"`;
}

function htmlDialect(strategy: StylingStrategy): TemplateDialect {
  return {
    selfCloseEmpty: false,
    voidClose: '>',
    text: htmlText,
    bind: (ref, scope) => htmlText(String(initialValue(ref, scope) ?? '')),
    attributes(element, scope) {
      const className = strategy.classOf(element);
      const attrs = element.attrs.flatMap((a) => attribute(a, scope) ?? []);
      return className ? [`class="${htmlAttr(className)}"`, ...attrs] : attrs;
    },
    if(node, printer, scope, inline) {
      const branch = initialCondition(node.condition, scope) ? node.then : node.else;
      return branch.length === 0 ? (inline ? [''] : []) : printer.nodes(branch, scope, inline);
    },
    each(node, printer, scope, inline) {
      const rendered = node.list.items.map((item) => printer.nodes(node.children, new Map([...scope, [node.itemVar, item]]), inline));
      return inline ? [rendered.map((lines) => lines.join('')).join('')] : rendered.flat();
    },
  };
}
