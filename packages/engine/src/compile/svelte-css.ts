import { isEmptySheet, printCss } from './css.js';
import { docText, inertString, svelteAttr, svelteText } from './escape.js';
import { formTargetType, printBooleanCondition, printCondition, printLiteral, printSetValue, type ExprContext } from './expressions.js';
import type { CompiledFile } from './files.js';
import type { AttrModel, ComponentModel, HandlerModel, NodeModel, Ref } from './model.js';
import { listDeclaration, listInterface, payloadParam } from './script.js';
import type { StylingStrategy } from './strategy.js';
import { createPrinter, ifChain, indent, type TemplateDialect } from './template.js';

/**
 * Svelte 5 component with runes: typed props from `$props()` with their
 * defaults, `$state()` for local state, named handlers wired with `onclick={…}`,
 * `{#if}` / `{#each … (key)}` blocks and a component-scoped `<style>`; token
 * custom properties are declared on `:global(:root)`.
 */
export function emitSvelte(model: ComponentModel, strategy: StylingStrategy): CompiledFile[] {
  const templateCtx: ExprContext = { access, str: inertString };
  const scriptCtx: ExprContext = { access };
  const markup = createPrinter(svelteDialect(strategy, templateCtx)).element(model.root, new Map(), false);

  const hasProps = model.props.length + model.emits.length > 0;
  const propsBlock = hasProps
    ? [
        `interface ${model.propsType} {`,
        ...model.props.flatMap((p) => [
          `  /** ${p.description ? `${docText(p.description)} ` : ''}@default ${docText(printLiteral(p.default))} */`,
          `  ${p.name}?: ${p.tsType};`,
        ]),
        ...model.emits.map((e) => `  ${e.callback}?: (${payloadParam(e.payloadType, e.payloadOptional)}) => void;`),
        '}',
        '',
        `let { ${[
          ...model.props.map((p) => `${p.name === p.local ? p.name : `${p.name}: ${p.local}`} = ${printLiteral(p.default)}`),
          ...model.emits.map((e) => e.callback),
        ].join(', ')} }: ${model.propsType} = $props();`,
      ]
    : [];
  const sections = [
    model.lists.flatMap((l) => [...listInterface(l), '']).slice(0, -1),
    propsBlock,
    model.state.map((s) => `let ${s.local} = $state(${printLiteral(s.initial)});`),
    model.lists.flatMap((l) => [...listDeclaration(l), '']).slice(0, -1),
    ...model.handlers.map((h) => handler(h, scriptCtx)),
  ].filter((lines) => lines.length > 0);
  const script = sections.length > 0 ? ['<script lang="ts">', ...indent(sections.flatMap((lines, i) => [...(i > 0 ? [''] : []), ...lines])), '</script>', ''] : [];
  const style = strategy.stylesheet && !isEmptySheet(strategy.stylesheet) ? ['', '<style>', printCss(strategy.stylesheet, { tokenSelector: ':global(:root)', indent: '  ' }), '</style>'] : [];
  return [{ path: `${model.name}.svelte`, language: 'svelte', content: `${[...script, ...markup, ...style].join('\n')}\n` }];
}

function access(ref: Ref): string {
  return ref.source === 'prop' ? ref.prop.local : ref.source === 'state' ? ref.state.local : `${ref.itemVar}.${ref.field.name}`;
}

function handler(h: HandlerModel, ctx: ExprContext): string[] {
  const params = [...(h.usesEvent ? ['event: Event'] : []), ...h.items.map((i) => `${i.itemVar}: ${i.list.typeName}`)];
  const statements = [
    ...(h.preventDefault ? ['event.preventDefault();'] : []),
    ...h.actions.map((a): string => {
      switch (a.type) {
        case 'toggle':
          return `${a.state.local} = !${a.state.local};`;
        case 'set': {
          const field = a.value.kind === 'event' ? a.value.field : 'value';
          return `${a.state.local} = ${printSetValue(a.state, a.value, ctx, `(event.currentTarget as ${formTargetType(h.tag, field)})`)};`;
        }
        case 'emit':
          return `${a.emit.callback}?.(${a.payload ? ctx.access(a.payload) : ''});`;
      }
    }),
  ];
  return [`function ${h.name}(${params.join(', ')}) {`, ...indent(statements), '}'];
}

function svelteDialect(strategy: StylingStrategy, ctx: ExprContext): TemplateDialect {
  const attribute = (attr: AttrModel): string => {
    const { value } = attr;
    if (value.kind === 'static') return attr.boolean ? attr.name : `${attr.name}="${svelteAttr(value.text)}"`;
    return `${attr.name}={${value.kind === 'condition' ? printBooleanCondition(value.condition, ctx) : ctx.access(value.ref)}}`;
  };
  const event = (h: HandlerModel): string => {
    if (h.items.length === 0) return `on${h.on}={${h.name}}`;
    const args = [...(h.usesEvent ? ['event'] : []), ...h.items.map((i) => i.itemVar)];
    return `on${h.on}={(${h.usesEvent ? 'event' : ''}) => ${h.name}(${args.join(', ')})}`;
  };
  return {
    selfCloseEmpty: false,
    voidClose: ' />',
    // Svelte trims whitespace at the start and end of an element or block: keep it, as an expression.
    text(value, { first, last }) {
      const lead = first ? (/^\s+/.exec(value)?.[0] ?? '') : '';
      const rest = value.slice(lead.length);
      const trail = last ? (/\s+$/.exec(rest)?.[0] ?? '') : '';
      const space = "{' '}";
      return `${lead ? space : ''}${svelteText(rest.slice(0, rest.length - trail.length))}${trail ? space : ''}`;
    },
    bind: (ref) => `{${ctx.access(ref)}}`,
    attributes(element) {
      const className = strategy.classOf(element);
      return [...(className ? [`class="${svelteAttr(className)}"`] : []), ...element.attrs.map(attribute), ...element.handlers.map(event)];
    },
    if(node, printer, _scope, inline) {
      const { branches, otherwise } = ifChain(node);
      const parts = [
        ...branches.map(({ condition, nodes }, i) => ({ tag: `{${i === 0 ? '#if' : ':else if'} ${printCondition(condition, ctx)}}`, nodes })),
        ...(otherwise.length > 0 ? [{ tag: '{:else}', nodes: otherwise }] : []),
      ];
      const body = (nodes: NodeModel[] | readonly NodeModel[]) => printer.nodes(nodes, new Map(), inline);
      if (inline) return [`${parts.map((p) => `${p.tag}${body(p.nodes)[0]}`).join('')}{/if}`];
      return [...parts.flatMap((p) => [p.tag, ...indent(body(p.nodes))]), '{/if}'];
    },
    each(node, printer, _scope, inline) {
      const body = printer.nodes(node.children, new Map(), inline);
      const open = `{#each ${node.list.local} as ${node.itemVar} (${node.itemVar}.${node.list.key})}`;
      return inline ? [`${open}${body[0]}{/each}`] : [open, ...indent(body), '{/each}'];
    },
  };
}
