import { describe, expect, it } from 'vitest';
import { createSlots } from './slots';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSlots', () => {
  it('runs at most `limit` holders, then hands slots out in arrival order', async () => {
    const slots = createSlots(2);
    const order: string[] = [];
    const take = (name: string) => slots.acquire().then((release) => (order.push(name), release));
    const a = await take('a');
    await take('b');
    const c = take('c');
    const d = take('d');
    await tick();
    expect(order).toEqual(['a', 'b']);
    expect(slots.waiting).toBe(2);
    a();
    a(); // a second release of the same slot frees nothing more
    await tick();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(slots.active).toBe(2);
    (await c)();
    await d;
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect(slots.waiting).toBe(0);
  });
});
