import { describe, expect, it } from 'vitest';
import { extractJson } from './extract-json.js';
import { parsePartialJson } from './parse-partial-json.js';

describe('extractJson', () => {
  it('finds the first JSON object in prose and code fences, skipping non-JSON braces', () => {
    expect(extractJson('Use {placeholders} like this:\n```json\n{"a": "}", "b": [1, 2]}\n```\nDone {x}.')).toEqual({ a: '}', b: [1, 2] });
    expect(extractJson('no json here')).toBeUndefined();
    expect(extractJson('[{"op":"remove","path":"/x"}]')).toEqual([{ op: 'remove', path: '/x' }]);
  });
});

describe('parsePartialJson', () => {
  it('closes open strings and containers and cuts incomplete tails', () => {
    expect(parsePartialJson('{"a": 1, "b": "hel')).toEqual({ a: 1, b: 'hel' });
    expect(parsePartialJson('{"a": [1, {"c": tru')).toEqual({ a: [1, {}] });
    expect(parsePartialJson('{"a": 1, "b"')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": "x\\')).toEqual({ a: 'x' });
    expect(parsePartialJson('prose only')).toBeUndefined();
    expect(parsePartialJson('{"done": true} trailing')).toEqual({ done: true });
  });
});
