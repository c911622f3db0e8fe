import { printLiteral } from './expressions.js';
import type { ListModel } from './model.js';

/** Script pieces shared by the TypeScript targets (React, Vue, Svelte, Angular, web component). */

/** The parameter list of an emit callback: '' or `payload: T` / `payload?: T`. */
export const payloadParam = (type: string | undefined, optional: boolean): string =>
  type === undefined ? '' : `payload${optional ? '?' : ''}: ${type}`;

/** A list's literal records, declared once (`modifiers`: `const ` at module level, `protected readonly ` in a class). */
export function listDeclaration(list: ListModel, modifiers = 'const '): string[] {
  const item = (record: ListModel['items'][number]) =>
    `{ ${Object.entries(record)
      .map(([k, v]) => `${k}: ${printLiteral(v)}`)
      .join(', ')} },`;
  return [
    `${modifiers}${list.local}: ${list.typeName}[] = [`,
    ...list.items.map((record) => `  ${item(record)}`),
    '];',
  ];
}

/** A list's item type. */
export const listInterface = (list: ListModel): string[] => [
  `interface ${list.typeName} {`,
  ...list.fields.map((f) => `  ${f.name}${f.optional ? '?' : ''}: ${f.tsType};`),
  '}',
];
