import { EngineError } from '../engine-error.js';
import { VOID_TAGS, type Action, type Binding, type ComponentSpec, type Condition, type ElementNode, type Literal, type SpecNode } from '../spec/schema.js';
import { SVG_TAGS, buildAttributes, disabledByOf } from './attributes.js';
import { coerceLiteral, forceLiteral, refTsType, typesOf } from './expressions.js';
import type {
  ActionModel, ComponentModel, ConditionModel, ElementModel, EmitModel, EventName, HandlerModel, ListField, ListModel,
  NodeModel, PropModel, Ref, StateModel, ValueType,
} from './model.js';
import { NameRegistry, camelCase, elementTagName, kebabCase, pascalCase } from './names.js';

/**
 * # The compile core
 *
 * One spec compiles to every target through a short pipeline (compile.ts):
 *
 *     validate (spec/validate-spec) → buildModel (here) → buildStylesheet (css.ts) → emit (one file per target)
 *
 * `buildModel(spec): ComponentModel` walks a validated spec once, without
 * mutating it, into the read-only model every emitter prints (model.ts):
 * each element's stable class (`{component-kebab}__{name}`, `__{tag}-{n}` when
 * unnamed, `__root` for an unnamed root), its attributes with a11y as
 * role/aria-* (attributes.ts), one handler per element and DOM event,
 * bindings resolved to a prop, a state or the enclosing list's item,
 * conditions coerced to the bound type (impossible ones folded), lists as
 * typed constants, and every identifier the output declares, free of
 * keywords and collisions (names.ts).
 *
 * `buildStylesheet(model, tokens): Stylesheet` turns StyleBlocks into rules;
 * `printCss(sheet, options)` prints them for a placement (:root, :host, …).
 *
 * ## Styling strategies (strategy.ts)
 *
 * Emitters are `(model: ComponentModel, strategy: StylingStrategy) => CompiledFile[]`:
 *
 *     interface StylingStrategy {
 *       classOf(element: ElementModel): string;   // class attribute ('' = none)
 *       readonly stylesheet?: Stylesheet;          // CSS shipped with the component
 *       readonly jsx?: { tagOf?(el): string; propsOf?(el): readonly JsxProp[]; imports?: readonly string[] };
 *     }
 *
 * The CSS targets pass `cssStrategy(sheet)` (semantic class + stylesheet); a
 * Tailwind target passes utilities from `classOf` and no stylesheet, a Chakra
 * target adds `jsx` — reusing emitHtml / emitReact / emitVue … unchanged.
 * Markup emitters share one template walker (template.ts) and differ only in
 * their dialect: how text is escaped, how a binding, a condition or a list is
 * written.
 *
 * Invariants: output is a pure function of (spec, tokens, target), byte for
 * byte; spec text reaches output only through escape.ts; the model is built
 * from a validated spec (compile.ts validates), so lookups here cannot miss.
 */
export function buildModel(spec: ComponentSpec): ComponentModel {
  return new Analyzer(spec).run();
}

type Scope = ReadonlyArray<{ readonly list: ListModel; readonly itemVar: string }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class Analyzer {
  readonly #names = new NameRegistry();
  readonly #props = new Map<string, Mutable<PropModel>>();
  readonly #state = new Map<string, Mutable<StateModel>>();
  readonly #emits = new Map<string, { model: Mutable<EmitModel>; payloads: string[]; bare: boolean }>();
  readonly #lists: ListModel[] = [];
  readonly #elements: ElementModel[] = [];
  readonly #handlers: HandlerModel[] = [];
  readonly #itemVars: string[] = [];
  readonly #classNames = new Set<string>();
  readonly #tagCounts = new Map<string, number>();
  readonly #setLiterals = new Map<string, Literal[]>();
  readonly #kebab: string;

  constructor(private readonly spec: ComponentSpec) {
    this.#kebab = kebabCase(spec.name);
  }

  run(): ComponentModel {
    const { spec } = this;
    this.#names.reserve(spec.name);
    const propsType = this.#names.claim(`${spec.name}Props`);
    const angularClass = this.#names.claim(`${spec.name}Component`);
    for (const def of spec.props) {
      const tsType = def.type === 'enum' ? def.options.map((o) => `'${o}'`).join(' | ') : def.type;
      this.#props.set(def.name, {
        name: def.name, local: this.#names.claim(def.name, 'Value'), attribute: kebabCase(def.name),
        type: def.type === 'enum' ? 'string' : def.type, tsType, default: def.default,
        options: def.type === 'enum' ? def.options : undefined, description: def.description, used: false, def,
      });
    }
    const locals = spec.state.map((s) => this.#names.claim(s.name, 'Value'));
    spec.state.forEach((s, i) => {
      const local = locals[i]!;
      this.#state.set(s.name, { name: s.name, local, setter: this.#names.claim(`set${pascalCase(local)}`), type: s.type, initial: s.initial, read: false, readInRender: false, written: false });
    });
    this.#collectNames(spec.root);
    const root = this.#element(spec.root, 'root', []);
    return {
      name: spec.name, kebab: this.#kebab, elementName: elementTagName(this.#kebab), description: spec.description,
      propsType, angularClass, props: [...this.#props.values()], state: [...this.#state.values()],
      emits: [...this.#emits.values()].map(({ model, payloads, bare }) => {
        model.payloadType = payloads.length > 0 ? [...new Set(payloads.flatMap((t) => t.split(' | ')))].join(' | ') : undefined;
        model.payloadOptional = bare && payloads.length > 0;
        return model;
      }),
      lists: this.#lists, root, elements: this.#elements, handlers: this.#handlers,
    };
  }

  /** Pre-pass: explicit element names (derived names must avoid them) and literals `set` writes into each state. */
  #collectNames(root: ElementNode): void {
    const stack: SpecNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.kind === 'element') {
        if (node.name) this.#classNames.add(node.name);
        for (const { action } of node.events ?? []) {
          if (action.type === 'set' && typeof action.value !== 'object') {
            this.#setLiterals.set(action.state, [...(this.#setLiterals.get(action.state) ?? []), action.value]);
          }
        }
        stack.push(...(node.children ?? []));
      } else if (node.kind === 'if') stack.push(...node.then, ...(node.else ?? []));
      else if (node.kind === 'each') stack.push(...node.children);
    }
  }

  #elementName(node: ElementNode, path: string): string {
    if (node.name) return node.name;
    if (path === 'root' && !this.#classNames.has('root')) return this.#reserveClass('root');
    let n = this.#tagCounts.get(node.tag) ?? 0;
    let name: string;
    do name = `${node.tag}-${(n += 1)}`;
    while (this.#classNames.has(name));
    this.#tagCounts.set(node.tag, n);
    return this.#reserveClass(name);
  }

  #reserveClass(name: string): string {
    this.#classNames.add(name);
    return name;
  }

  #element(node: ElementNode, path: string, scope: Scope): ElementModel {
    const name = this.#elementName(node, path);
    const local = camelCase(name);
    const attrs = buildAttributes(node, path, {
      resolve: (binding, at) => this.#resolve(binding, scope, at),
      condition: (condition, at) => this.#condition(condition, scope, at),
      literalsOf: (ref) => this.#literalsOf(ref),
    });
    const handlers = this.#handlersOf(node, local, path, scope);
    const element: Mutable<ElementModel> = {
      kind: 'element', tag: node.tag, className: `${this.#kebab}__${name}`, local, path, attrs, handlers, children: [],
      isVoid: VOID_TAGS.has(node.tag), isSvg: SVG_TAGS.has(node.tag), disabledBy: disabledByOf(node), style: node.style, source: node,
    };
    this.#elements.push(element);
    this.#handlers.push(...handlers);
    element.children = this.#nodes(node.children ?? [], `${path}.children`, scope, node);
    return element;
  }

  /** `parent` is the nearest enclosing element (lists are named after it when their item is unnamed). */
  #nodes(nodes: readonly SpecNode[], path: string, scope: Scope, parent: ElementNode): NodeModel[] {
    return nodes.flatMap((node, i): NodeModel | NodeModel[] => {
      const at = `${path}[${i}]`;
      switch (node.kind) {
        case 'element':
          return this.#element(node, at, scope);
        case 'text':
          return { kind: 'text', value: node.value };
        case 'bind':
          return { kind: 'bind', ref: this.#resolve(node, scope, at) };
        case 'if': {
          const condition = this.#condition(node.condition, scope, `${at}.condition`);
          // A condition that can never change (see #condition) keeps only the branch it selects.
          if (condition.constant !== undefined) {
            return condition.constant ? this.#nodes(node.then, `${at}.then`, scope, parent) : this.#nodes(node.else ?? [], `${at}.else`, scope, parent);
          }
          return { kind: 'if', condition, then: this.#nodes(node.then, `${at}.then`, scope, parent), else: this.#nodes(node.else ?? [], `${at}.else`, scope, parent) };
        }
        case 'each': {
          const list = this.#list(node, parent);
          const itemVar = (this.#itemVars[scope.length] ??= this.#names.claim(scope.length === 0 ? 'item' : `item${scope.length + 1}`, '', { helper: true }));
          return { kind: 'each', list, itemVar, children: this.#nodes(node.children, `${at}.children`, [...scope, { list, itemVar }], parent) };
        }
      }
    });
  }

  /** A list is named after its item element (`featureItems`), else its container (`linksItems`), else `items`. */
  #list(node: Extract<SpecNode, { kind: 'each' }>, parent: ElementNode): ListModel {
    const first = node.children.find((c): c is ElementNode => c.kind === 'element');
    // "link-item" names the list linkItems (not linkItemItems).
    const base = (first?.name ?? parent.name ?? '').replace(/-?item$/, '');
    const fields = new Map<string, { types: Set<ValueType>; count: number }>();
    for (const item of node.items) {
      for (const [key, value] of Object.entries(item)) {
        const field = fields.get(key) ?? { types: new Set<ValueType>(), count: 0 };
        field.types.add(typeof value as ValueType);
        field.count += 1;
        fields.set(key, field);
      }
    }
    const list: ListModel = {
      local: this.#names.claim(base ? `${camelCase(base)}Items` : 'items'),
      typeName: this.#names.claim(`${pascalCase(base)}Item`),
      key: node.key,
      fields: [...fields].map(([name, { types, count }]): ListField => ({
        name, types: [...types], tsType: [...types].join(' | '), optional: count < node.items.length,
      })),
      items: node.items,
    };
    this.#lists.push(list);
    return list;
  }

  #resolve(binding: Pick<Binding, 'source' | 'name'>, scope: Scope, at: string): Ref {
    if (binding.source === 'prop') {
      const prop = this.#props.get(binding.name);
      if (prop) {
        prop.used = true;
        return { source: 'prop', prop };
      }
    } else if (binding.source === 'state') {
      const state = this.#state.get(binding.name);
      if (state) {
        state.read = true;
        state.readInRender = true;
        return { source: 'state', state };
      }
    } else {
      for (let i = scope.length - 1; i >= 0; i -= 1) {
        const { list, itemVar } = scope[i]!;
        const field = list.fields.find((f) => f.name === binding.name);
        if (field) return { source: 'item', itemVar, field, list };
      }
    }
    throw new EngineError('INVALID_SPEC', `Unknown ${binding.source} "${binding.name}" at ${at}.`, [
      { code: 'UNKNOWN_BINDING', message: `No ${binding.source} named "${binding.name}".`, path: at },
    ]);
  }

  #condition(condition: Condition, scope: Scope, at: string): ConditionModel {
    const ref = this.#resolve(condition, scope, at);
    const not = condition.not === true;
    if (condition.equals === undefined) return { ref, not };
    const equals = coerceLiteral(condition.equals, typesOf(ref));
    const options = ref.source === 'prop' ? ref.prop.options : undefined;
    // A comparison that can never hold is folded, so typed targets do not reject it.
    if (equals === undefined || (options && !options.includes(String(equals)))) return { ref, not, constant: not };
    return { ref, equals, not };
  }

  #literalsOf(ref: Ref): Literal[] {
    if (ref.source === 'prop') return [ref.prop.default];
    if (ref.source === 'state') return [ref.state.initial, ...(this.#setLiterals.get(ref.state.name) ?? [])];
    return ref.list.items.map((item) => item[ref.field.name]).filter((v): v is Literal => v !== undefined);
  }

  #handlersOf(node: ElementNode, local: string, path: string, scope: Scope): HandlerModel[] {
    const byEvent = new Map<EventName, Array<{ action: Action; at: string }>>();
    node.events?.forEach(({ on, action }, i) => byEvent.set(on, [...(byEvent.get(on) ?? []), { action, at: `${path}.events[${i}].action` }]));
    return [...byEvent].map(([on, entries]) => {
      const actions = entries.map(({ action, at }) => this.#action(action, scope, at));
      const reads = actions.flatMap((a) => (a.type === 'emit' ? [a.payload] : a.type === 'set' && a.value.kind === 'ref' ? [a.value.ref] : []));
      const itemVars = new Set(reads.flatMap((r) => (r?.source === 'item' ? [r.itemVar] : [])));
      return {
        name: this.#names.claim(`handle${pascalCase(local)}${pascalCase(on)}`), on, tag: node.tag, actions,
        items: scope.filter((s) => itemVars.has(s.itemVar)),
        usesEvent: on === 'submit' || actions.some((a) => a.type === 'set' && a.value.kind === 'event'),
        preventDefault: on === 'submit',
      };
    });
  }

  #action(action: Action, scope: Scope, at: string): ActionModel {
    if (action.type === 'emit') {
      const payload = action.payload ? this.#resolve(action.payload.bind, scope, `${at}.payload`) : undefined;
      let entry = this.#emits.get(action.event);
      if (!entry) {
        const model = { name: action.event, callback: this.#names.claim(`on${pascalCase(action.event)}`), local: this.#names.claim(action.event, 'Event'), payloadType: undefined, payloadOptional: false };
        entry = { model, payloads: [], bare: false };
        this.#emits.set(action.event, entry);
      }
      if (payload) entry.payloads.push(refTsType(payload));
      else entry.bare = true;
      return { type: 'emit', emit: entry.model, payload };
    }
    const state = this.#state.get(action.state);
    if (!state) throw new EngineError('INVALID_SPEC', `No state named "${action.state}".`, [{ code: 'UNKNOWN_STATE', message: `No state named "${action.state}".`, path: at }]);
    state.written = true;
    if (action.type === 'toggle') {
      state.read = true;
      return { type: 'toggle', state };
    }
    const { value } = action;
    if (typeof value !== 'object') return { type: 'set', state, value: { kind: 'literal', value: forceLiteral(value, state.type) } };
    if ('fromEvent' in value) return { type: 'set', state, value: { kind: 'event', field: value.fromEvent } };
    return { type: 'set', state, value: { kind: 'ref', ref: this.#resolve(value.bind, scope, `${at}.value`) } };
  }
}
