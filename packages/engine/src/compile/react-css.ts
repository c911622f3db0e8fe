import { isEmptySheet, printCss } from './css.js';
import { docText } from './escape.js';
import { DOM_FORM_TYPES, printLiteral, printSetValue, type ExprContext } from './expressions.js';
import { pascalCase } from './names.js';
import type { CompiledFile } from './files.js';
import { jsxDialect, reactAccess, reactEvent } from './jsx.js';
import type { ActionModel, ComponentModel, HandlerModel } from './model.js';
import { listDeclaration, listInterface, payloadParam } from './script.js';
import type { StylingStrategy } from './strategy.js';
import { createPrinter, indent } from './template.js';

/**
 * React (TSX): a typed function component. Props are an exported
 * `{Name}Props` interface with defaults in the parameter destructuring,
 * local state is `useState`, each event is a named handler, emits are
 * optional `on{Event}` callback props. With the CSS strategy the component
 * imports its stylesheet, `{Name}.css`.
 */
export function emitReact(model: ComponentModel, strategy: StylingStrategy): CompiledFile[] {
  const dialect = jsxDialect(strategy);
  const markup = createPrinter(dialect).element(model.root, new Map(), false);

  const eventTypes = [...new Set(model.handlers.filter((h) => h.usesEvent).map((h) => reactEvent(h).type))].sort();
  const reactImports = [
    ...(dialect.usesFragment() ? ['Fragment'] : []),
    ...(model.state.some((s) => s.read || s.written) ? ['useState'] : []),
    ...eventTypes.map((t) => `type ${t}`),
  ];
  const cssFile = isEmptySheet(strategy.stylesheet) ? undefined : `${model.name}.css`;
  const imports = [
    ...(reactImports.length > 0 ? [`import { ${reactImports.join(', ')} } from 'react';`] : []),
    ...(strategy.jsx?.imports ?? []),
    ...(cssFile ? [`import './${cssFile}';`] : []),
  ];

  const doc = model.description ? [`/** ${docText(model.description)} */`] : [];
  const propsInterface = [
    ...doc,
    `export interface ${model.propsType} {`,
    ...model.props.flatMap((p) => [
      `  /** ${p.description ? `${docText(p.description)} ` : ''}@default ${docText(printLiteral(p.default))} */`,
      `  ${p.name}?: ${p.tsType};`,
    ]),
    ...model.emits.map((e) => `  ${e.callback}?: (${payloadParam(e.payloadType, e.payloadOptional)}) => void;`),
    '}',
  ];
  const params = [
    ...model.props.filter((p) => p.used).map((p) => `${p.name === p.local ? p.name : `${p.name}: ${p.local}`} = ${printLiteral(p.default)}`),
    ...model.emits.map((e) => e.callback),
  ];
  const hasProps = model.props.length + model.emits.length > 0;
  const signature = params.length > 0 ? `{ ${params.join(', ')} }: ${model.propsType}` : hasProps ? `_props: ${model.propsType}` : '';

  const body = [
    // Only what is used is declared: `[value]` for state nothing changes, `[, setValue]` for state nothing reads.
    ...model.state
      .filter((s) => s.read || s.written)
      // A toggle is a functional update (setOpen((current) => !current)), so
      // only state read while rendering keeps its value binding.
      .map((s) => `const [${s.readInRender ? s.local : ''}${s.written ? `, ${s.setter}` : ''}] = useState(${printLiteral(s.initial)});`),
    ...model.handlers.flatMap((h) => ['', ...handler(h, model)]),
    ...(model.state.length > 0 || model.handlers.length > 0 ? [''] : []),
    'return (',
    ...indent(markup),
    ');',
  ];
  const lines = [
    ...imports,
    ...model.lists.flatMap((list) => ['', ...listInterface(list), '', ...listDeclaration(list)]),
    ...(hasProps ? ['', ...propsInterface] : []),
    '',
    ...doc,
    `export function ${model.name}(${signature}) {`,
    ...indent(body),
    '}',
  ];
  const files: CompiledFile[] = [{ path: `${model.name}.tsx`, language: 'tsx', content: `${lines.join('\n')}\n` }];
  if (cssFile && strategy.stylesheet) files.push({ path: cssFile, language: 'css', content: `${printCss(strategy.stylesheet)}\n` });
  return files;
}

/**
 * React applies state updates on the next render, but a spec's actions run in
 * order and later ones see earlier writes (as they do in every other target).
 * So a state that is written and then read in the same handler goes through a
 * local: `const nextOpen = !open; setOpen(nextOpen); onToggled?.(nextOpen);`.
 */
function handler(h: HandlerModel, model: ComponentModel): string[] {
  const formType = DOM_FORM_TYPES[h.tag];
  const eventTarget = formType ? 'event.currentTarget' : '(event.target as HTMLInputElement)';
  const params = [
    ...(h.usesEvent ? [`event: ${reactEvent(h).type}<${EVENT_ELEMENT[h.tag] ?? 'Element'}>`] : []),
    ...h.items.map((i) => `${i.itemVar}: ${i.list.typeName}`),
  ];
  const pending = new Map<string, string>();
  const taken = new Set([...model.props.map((p) => p.local), ...model.state.flatMap((s) => [s.local, s.setter]), ...model.emits.map((e) => e.callback)]);
  const ctx: ExprContext = { access: (ref) => (ref.source === 'state' ? pending.get(ref.state.name) : undefined) ?? reactAccess(ref) };
  const statements = h.preventDefault ? ['event.preventDefault();'] : [];
  h.actions.forEach((action, i) => {
    if (action.type === 'emit') {
      statements.push(`${action.emit.callback}?.(${action.payload ? ctx.access(action.payload) : ''});`);
      return;
    }
    const { state } = action;
    const value = action.type === 'toggle' ? `!${ctx.access({ source: 'state', state })}` : printSetValue(state, action.value, ctx, eventTarget);
    if (h.actions.slice(i + 1).some((later) => readsState(later, state.name))) {
      let local = `next${pascalCase(state.local)}`;
      for (let n = 2; taken.has(local); n += 1) local = `next${pascalCase(state.local)}${n}`;
      taken.add(local);
      pending.set(state.name, local);
      statements.push(`const ${local} = ${value};`, `${state.setter}(${local});`);
    } else if (action.type === 'toggle' && !pending.has(state.name)) {
      statements.push(`${state.setter}((current) => !current);`);
    } else {
      statements.push(`${state.setter}(${value});`);
    }
  });
  return [`function ${h.name}(${params.join(', ')}) {`, ...indent(statements), '}'];
}

/** The element type React's event is typed with, for the tags handlers usually sit on. */
const EVENT_ELEMENT: Readonly<Record<string, string>> = {
  ...DOM_FORM_TYPES, form: 'HTMLFormElement', button: 'HTMLButtonElement', a: 'HTMLAnchorElement',
};

const readsState = (action: ActionModel, name: string): boolean => {
  const ref = action.type === 'emit' ? action.payload : action.type === 'set' && action.value.kind === 'ref' ? action.value.ref : undefined;
  return (action.type === 'toggle' && action.state.name === name) || (ref?.source === 'state' && ref.state.name === name);
};
