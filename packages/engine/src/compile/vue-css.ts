import { printCss, printTokens } from './css.js';
import { docText, htmlAttr, inertString, vueText } from './escape.js';
import { printBooleanCondition, printCondition, printLiteral, printSetValue, formTargetType, type ExprContext } from './expressions.js';
import type { CompiledFile } from './files.js';
import type { ActionModel, AttrModel, ComponentModel, ElementModel, HandlerModel, NodeModel, Ref } from './model.js';
import { listDeclaration, listInterface, payloadParam } from './script.js';
import type { StylingStrategy } from './strategy.js';
import { createPrinter, ifChain, indent, type TemplateDialect, type TemplatePrinter } from './template.js';

/**
 * Vue 3 single-file component: `<script setup lang="ts">` with typed
 * `defineProps` + `withDefaults`, `defineEmits`, `ref()` state and named
 * handlers; a template; the rules in `<style scoped>`. Token custom
 * properties go in a separate unscoped `<style>`, because scoping would turn
 * `:root` into a selector that matches nothing.
 */
export function emitVue(model: ComponentModel, strategy: StylingStrategy): CompiledFile[] {
  // A prop whose name is a keyword or helper is read through `props.` (then the script keeps the object).
  const needsPropsObject =
    model.props.some((p) => p.used && p.local !== p.name) || model.handlers.some((h) => h.actions.some((a) => readsProp(a)));
  const templateCtx: ExprContext = { access: (ref) => access(ref, 'template'), str: inertString };
  const scriptCtx: ExprContext = { access: (ref) => access(ref, 'script') };

  const template = createPrinter(vueDialect(strategy, templateCtx)).element(model.root, new Map(), false);
  const imports = model.state.length > 0 ? ["import { ref } from 'vue';", ''] : [];
  const propsBlock =
    model.props.length === 0
      ? []
      : [
          `interface ${model.propsType} {`,
          ...model.props.flatMap((p) => [...(p.description ? [`  /** ${docText(p.description)} */`] : []), `  ${p.name}?: ${p.tsType};`]),
          '}',
          '',
          `${needsPropsObject ? 'const props = ' : ''}withDefaults(defineProps<${model.propsType}>(), {`,
          ...model.props.map((p) => `  ${p.name}: ${printLiteral(p.default)},`),
          '});',
        ];
  const emitsBlock =
    model.emits.length === 0
      ? []
      : ['const emit = defineEmits<{', ...model.emits.map((e) => `  ${e.name}: [${payloadParam(e.payloadType, e.payloadOptional)}];`), '}>();'];
  const sections = [
    model.lists.flatMap((l) => [...listInterface(l), '']).slice(0, -1),
    propsBlock,
    emitsBlock,
    model.state.map((s) => `const ${s.local} = ref(${printLiteral(s.initial)});`),
    model.lists.flatMap((l) => [...listDeclaration(l), '']).slice(0, -1),
    ...model.handlers.map((h) => handler(h, scriptCtx)),
  ].filter((lines) => lines.length > 0);
  const script = ['<script setup lang="ts">', ...imports, ...sections.flatMap((lines, i) => [...(i > 0 ? [''] : []), ...lines]), '</script>'];

  const styles = strategy.stylesheet
    ? [
        ...(strategy.stylesheet.tokens.length > 0 ? ['', '<style>', printTokens(strategy.stylesheet), '</style>'] : []),
        ...(strategy.stylesheet.rules.length + strategy.stylesheet.media.length > 0
          ? ['', '<style scoped>', printCss(strategy.stylesheet, { omitTokens: true }), '</style>']
          : []),
      ]
    : [];
  const content = [...script, '', '<template>', ...indent(template), '</template>', ...styles].join('\n');
  return [{ path: `${model.name}.vue`, language: 'vue', content: `${content}\n` }];
}

const readsProp = (a: ActionModel): boolean =>
  (a.type === 'emit' && a.payload?.source === 'prop') || (a.type === 'set' && a.value.kind === 'ref' && a.value.ref.source === 'prop');

function access(ref: Ref, where: 'template' | 'script'): string {
  if (ref.source === 'item') return `${ref.itemVar}.${ref.field.name}`;
  if (ref.source === 'state') return where === 'script' ? `${ref.state.local}.value` : ref.state.local;
  return where === 'script' || ref.prop.local !== ref.prop.name ? `props.${ref.prop.name}` : ref.prop.name;
}

/** Vue passes the event to a bare handler; submit uses the `.prevent` modifier instead of the handler. */
const wantsEvent = (h: HandlerModel) => h.actions.some((a) => a.type === 'set' && a.value.kind === 'event');

function handler(h: HandlerModel, ctx: ExprContext): string[] {
  const params = [...(wantsEvent(h) ? ['event: Event'] : []), ...h.items.map((i) => `${i.itemVar}: ${i.list.typeName}`)];
  const statements = h.actions.map((a): string => {
    const field = a.type === 'set' && a.value.kind === 'event' ? a.value.field : 'value';
    switch (a.type) {
      case 'toggle':
        return `${a.state.local}.value = !${a.state.local}.value;`;
      case 'set':
        return `${a.state.local}.value = ${printSetValue(a.state, a.value, ctx, `(event.currentTarget as ${formTargetType(h.tag, field)})`)};`;
      case 'emit':
        return `emit(${[`'${a.emit.name}'`, ...(a.payload ? [ctx.access(a.payload)] : [])].join(', ')});`;
    }
  });
  return [`function ${h.name}(${params.join(', ')}) {`, ...indent(statements), '}'];
}

function vueDialect(strategy: StylingStrategy, ctx: ExprContext): TemplateDialect {
  const attribute = (attr: AttrModel): string => {
    const { value } = attr;
    if (value.kind === 'static') return attr.boolean ? attr.name : `${attr.name}="${htmlAttr(value.text)}"`;
    const expr = value.kind === 'condition' ? printBooleanCondition(value.condition, ctx) : ctx.access(value.ref);
    return `:${attr.name}="${htmlAttr(expr)}"`;
  };
  const event = (h: HandlerModel): string => {
    const args = [...(wantsEvent(h) ? ['$event'] : []), ...h.items.map((i) => i.itemVar)];
    const call = h.items.length === 0 ? h.name : `${h.name}(${args.join(', ')})`;
    return `@${h.on}${h.preventDefault ? '.prevent' : ''}="${call}"`;
  };
  /** A directive goes on the branch's element when there is exactly one, else on a <template>. */
  const directive = (nodes: readonly NodeModel[], attrs: string[], printer: TemplatePrinter, inline: boolean): string[] => {
    const only = nodes.length === 1 && nodes[0]!.kind === 'element' ? (nodes[0] as ElementModel) : undefined;
    if (only) return printer.element(only, new Map(), inline, attrs);
    const inner = printer.nodes(nodes, new Map(), inline);
    const open = `<template ${attrs.join(' ')}>`;
    return inline ? [`${open}${inner[0]}</template>`] : [open, ...indent(inner), '</template>'];
  };
  return {
    selfCloseEmpty: false,
    voidClose: ' />',
    text: vueText,
    bind: (ref) => `{{ ${ctx.access(ref)} }}`,
    attributes(element) {
      const className = strategy.classOf(element);
      return [...(className ? [`class="${htmlAttr(className)}"`] : []), ...element.attrs.map(attribute), ...element.handlers.map(event)];
    },
    if(node, printer, _scope, inline) {
      const { branches, otherwise } = ifChain(node);
      const lines = [
        ...branches.flatMap(({ condition, nodes }, i) =>
          directive(nodes, [`${i === 0 ? 'v-if' : 'v-else-if'}="${htmlAttr(printCondition(condition, ctx))}"`], printer, inline),
        ),
        ...(otherwise.length > 0 ? directive(otherwise, ['v-else'], printer, inline) : []),
      ];
      return inline ? [lines.join('')] : lines;
    },
    each(node, printer, _scope, inline) {
      const attrs = [`v-for="${node.itemVar} in ${node.list.local}"`, `:key="${node.itemVar}.${node.list.key}"`];
      return directive(node.children, attrs, printer, inline);
    },
  };
}
