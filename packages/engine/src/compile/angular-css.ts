import { printCss } from './css.js';
import { angularNeedsLiteral, angularText, docText, htmlAttr, inertString, templateLiteralBody } from './escape.js';
import { formTargetType, printBooleanCondition, printCondition, printLiteral, printSetValue, type ExprContext } from './expressions.js';
import type { CompiledFile } from './files.js';
import type { AttrModel, ComponentModel, HandlerModel, NodeModel, PropModel, Ref } from './model.js';
import { listDeclaration, listInterface } from './script.js';
import type { StylingStrategy } from './strategy.js';
import { createPrinter, ifChain, indent, type TemplateDialect } from './template.js';

/**
 * Angular standalone component: signal inputs (`input()`, with
 * booleanAttribute / numberAttribute transforms), `@Output()` EventEmitters,
 * `signal()` state, named handlers, built-in control flow (`@if`, `@for` with
 * `track`) and component styles; token custom properties are declared on
 * `:host`, which is `display: contents` so the host element adds no box.
 */
export function emitAngular(model: ComponentModel, strategy: StylingStrategy): CompiledFile[] {
  const templateCtx: ExprContext = { access: (ref) => access(ref, ''), str: inertString };
  const classCtx: ExprContext = { access: (ref) => access(ref, 'this.') };
  const template = createPrinter(angularDialect(strategy, templateCtx)).element(model.root, new Map(), false);

  const transforms = new Set(model.props.flatMap((p) => (p.type === 'boolean' ? ['booleanAttribute'] : p.type === 'number' ? ['numberAttribute'] : [])));
  const core = [
    'Component',
    ...(model.emits.length > 0 ? ['EventEmitter', 'Output'] : []),
    ...[...transforms].sort(),
    ...(model.props.length > 0 ? ['input'] : []),
    ...(model.state.length > 0 ? ['signal'] : []),
  ];
  const decorator = [
    '@Component({',
    `  selector: 'app-${model.kebab}',`,
    '  standalone: true,',
    '  template: `',
    ...indent(template.map(templateLiteralBody), '    '),
    '  `,',
    ...(strategy.stylesheet
      ? [
          '  styles: `',
          templateLiteralBody(
            printCss(strategy.stylesheet, { tokenSelector: ':host', hostDeclarations: [{ property: 'display', value: 'contents' }], indent: '    ' }),
          ),
          '  `,',
        ]
      : []),
    '})',
  ];
  const members = [
    [...model.props.flatMap(inputDeclaration), ...model.emits.map((e) => outputDeclaration(e.name, e.local, e.payloadType, e.payloadOptional))],
    model.state.map((s) => `protected readonly ${s.local} = signal(${printLiteral(s.initial)});`),
    ...model.lists.map((l) => listDeclaration(l, 'protected readonly ')),
    ...model.handlers.map((h) => handler(h, classCtx)),
  ].filter((lines) => lines.length > 0);
  const lines = [
    `import { ${core.join(', ')} } from '@angular/core';`,
    ...model.lists.flatMap((l) => ['', ...listInterface(l)]),
    '',
    ...(model.description ? [`/** ${docText(model.description)} */`] : []),
    ...decorator,
    `export class ${model.angularClass} {`,
    ...indent(members.flatMap((m, i) => [...(i > 0 ? [''] : []), ...m])),
    '}',
  ];
  return [{ path: `${model.kebab}.component.ts`, language: 'ts', content: `${lines.join('\n')}\n` }];
}

function inputDeclaration(p: PropModel): string[] {
  const options = [
    ...(p.local !== p.name ? [`alias: '${p.name}'`] : []),
    ...(p.type === 'boolean' ? ['transform: booleanAttribute'] : p.type === 'number' ? ['transform: numberAttribute'] : []),
  ];
  const generic = p.options ? `<${p.tsType}>` : '';
  const doc = `/** ${p.description ? `${docText(p.description)} ` : ''}@default ${docText(printLiteral(p.default))} */`;
  return [doc, `readonly ${p.local} = input${generic}(${[printLiteral(p.default), ...(options.length > 0 ? [`{ ${options.join(', ')} }`] : [])].join(', ')});`];
}

function outputDeclaration(name: string, local: string, payload: string | undefined, optional: boolean): string {
  const type = payload === undefined ? 'void' : optional ? `${payload} | undefined` : payload;
  return `@Output(${local === name ? '' : `'${name}'`}) readonly ${local} = new EventEmitter<${type}>();`;
}

function access(ref: Ref, self: string): string {
  if (ref.source === 'item') return `${ref.itemVar}.${ref.field.name}`;
  return `${self}${ref.source === 'prop' ? ref.prop.local : ref.state.local}()`;
}

function handler(h: HandlerModel, ctx: ExprContext): string[] {
  const params = [...(h.usesEvent ? ['event: Event'] : []), ...h.items.map((i) => `${i.itemVar}: ${i.list.typeName}`)];
  const statements = [
    ...(h.preventDefault ? ['event.preventDefault();'] : []),
    ...h.actions.map((a): string => {
      switch (a.type) {
        case 'toggle':
          return `this.${a.state.local}.update((current) => !current);`;
        case 'set': {
          const field = a.value.kind === 'event' ? a.value.field : 'value';
          return `this.${a.state.local}.set(${printSetValue(a.state, a.value, ctx, `(event.currentTarget as ${formTargetType(h.tag, field)})`)});`;
        }
        case 'emit':
          return `this.${a.emit.local}.emit(${a.payload ? ctx.access(a.payload) : ''});`;
      }
    }),
  ];
  return [`protected ${h.name}(${params.join(', ')}): void {`, ...indent(statements), '}'];
}

/** DOM properties Angular binds for boolean attributes (attribute names differ in case for a few). */
const BOOLEAN_PROPERTIES: Readonly<Record<string, string>> = { readonly: 'readOnly' };

function angularDialect(strategy: StylingStrategy, ctx: ExprContext): TemplateDialect {
  const attribute = (attr: AttrModel): string => {
    const { value } = attr;
    if (value.kind === 'static') {
      if (attr.boolean) return attr.name;
      // Angular decodes entities before it looks for {{ }}: braces go through a string binding.
      return angularNeedsLiteral(value.text) ? `[attr.${attr.name}]="${inertString(value.text)}"` : `${attr.name}="${htmlAttr(value.text)}"`;
    }
    if (value.kind === 'condition' && attr.boolean) return `[${BOOLEAN_PROPERTIES[attr.name] ?? attr.name}]="${printBooleanCondition(value.condition, ctx)}"`;
    const expr = value.kind === 'condition' ? printBooleanCondition(value.condition, ctx) : ctx.access(value.ref);
    return attr.name === 'value' ? `[value]="${expr}"` : `[attr.${attr.name}]="${expr}"`;
  };
  const event = (h: HandlerModel): string => {
    const args = [...(h.usesEvent ? ['$event'] : []), ...h.items.map((i) => i.itemVar)];
    return `(${h.on})="${h.name}(${args.join(', ')})"`;
  };
  return {
    selfCloseEmpty: false,
    voidClose: ' />',
    text: (value) => (angularNeedsLiteral(value) ? `{{ ${inertString(value)} }}` : angularText(value)),
    bind: (ref) => `{{ ${ctx.access(ref)} }}`,
    attributes(element) {
      const className = strategy.classOf(element);
      return [...(className ? [`class="${htmlAttr(className)}"`] : []), ...element.attrs.map(attribute), ...element.handlers.map(event)];
    },
    if(node, printer, _scope, inline) {
      const { branches, otherwise } = ifChain(node);
      const parts = [
        ...branches.map(({ condition, nodes }, i) => ({ head: `${i === 0 ? '@if' : '@else if'} (${printCondition(condition, ctx)})`, nodes })),
        ...(otherwise.length > 0 ? [{ head: '@else', nodes: otherwise }] : []),
      ];
      const body = (nodes: readonly NodeModel[]) => printer.nodes(nodes, new Map(), inline);
      if (inline) return [parts.map((p) => `${p.head} {${body(p.nodes)[0]}}`).join(' ')];
      return [...parts.flatMap((p, i) => [`${i === 0 ? '' : '} '}${p.head} {`, ...indent(body(p.nodes))]), '}'];
    },
    each(node, printer, _scope, inline) {
      const body = printer.nodes(node.children, new Map(), inline);
      const open = `@for (${node.itemVar} of ${node.list.local}; track ${node.itemVar}.${node.list.key}) {`;
      return inline ? [`${open}${body[0]}}`] : [open, ...indent(body), '}'];
    },
  };
}
