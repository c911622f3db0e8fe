import { describe, expect, it } from 'vitest';
import { AppError } from '@anclora/shared';
import { assertCanRead, assertCanWrite, type Actor } from './policy.js';

const alice: Actor = { userId: 'alice', sessionId: 's1' };
const bob: Actor = { userId: 'bob', sessionId: 's2' };
const privateRow = { id: 'c1', ownerId: 'alice', isPublic: false };
const publicRow = { id: 'c2', ownerId: 'alice', isPublic: true };

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.statusCode} ${error.code}` : 'not an AppError';
  }
  return 'allowed';
};

describe('ownership policy', () => {
  it('lets owners read and write their rows', () => {
    expect(assertCanRead(alice, privateRow, 'Component')).toBe(privateRow);
    expect(assertCanWrite(alice, privateRow, 'Component')).toBe(privateRow);
  });

  it('hides other people’s private rows as 404, so ids cannot be probed', () => {
    expect(codeOf(() => assertCanRead(bob, privateRow, 'Component'))).toBe('404 NOT_FOUND');
    expect(codeOf(() => assertCanRead(null, privateRow, 'Component'))).toBe('404 NOT_FOUND');
    expect(codeOf(() => assertCanRead(bob, undefined, 'Component'))).toBe('404 NOT_FOUND');
  });

  it('lets anyone read a public row but only its owner change it', () => {
    expect(assertCanRead(null, publicRow, 'Component')).toBe(publicRow);
    expect(assertCanRead(bob, publicRow, 'Component')).toBe(publicRow);
    expect(codeOf(() => assertCanWrite(bob, publicRow, 'Component'))).toBe('404 NOT_FOUND');
    expect(codeOf(() => assertCanWrite(null, publicRow, 'Component'))).toBe('401 UNAUTHORIZED');
  });
});
