import { Type } from 'typebox';

/**
 * The `Idempotency-Key` request header of the routes that queue work, so every
 * such route accepts the same keys: any printable ASCII without spaces, up to
 * 255 characters (a UUID is usual). `replays` says what a retry carrying a used
 * key gets on that route, for the API documentation.
 */
export function idempotencyKeyHeaders(replays: string) {
  return Type.Object({
    'idempotency-key': Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        pattern: '^[\\x21-\\x7e]+$',
        description: `${replays} (any printable ASCII, up to 255 characters; a UUID is usual)`,
      }),
    ),
  });
}
