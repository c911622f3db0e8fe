import type { FastifyInstance } from 'fastify';

let sequence = 0;

/** Registers a fresh user and returns the Authorization header for it. */
export async function signUp(app: FastifyInstance, label = 'user'): Promise<{ authorization: string; userId: string }> {
  sequence += 1;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/register',
    remoteAddress: `10.200.${Math.floor(sequence / 250)}.${sequence % 250}`,
    payload: { email: `${label}.${sequence}.${Date.now()}@example.com`, password: 'password-for-tests' },
  });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.body}`);
  const body = res.json();
  return { authorization: `Bearer ${body.accessToken}`, userId: body.user.id };
}
