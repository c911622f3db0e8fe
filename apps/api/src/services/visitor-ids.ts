import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Anonymous visitors are known by a signed cookie: `<uuid>.<hmac>`. The
 * signature (HMAC-SHA256 with the server's secret) means a visitor cannot
 * mint fresh ids to reset their trial quota; the IP counter covers cookie
 * clearing.
 */
export function createVisitorIds(secret: string) {
  const sign = (id: string) => createHmac('sha256', `visitor:${secret}`).update(id).digest('base64url');
  return {
    mint(): { id: string; cookie: string } {
      const id = randomUUID();
      return { id, cookie: `${id}.${sign(id)}` };
    },
    /** The visitor id of a cookie value, or undefined when it is missing or forged. */
    verify(cookie: string | undefined): string | undefined {
      if (!cookie) return undefined;
      const [id, mac] = cookie.split('.');
      if (!id || !mac || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(mac);
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
    },
  };
}
export type VisitorIds = ReturnType<typeof createVisitorIds>;
