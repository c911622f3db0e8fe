import { Type, type Static } from 'typebox';

export const HealthResponse = Type.Object(
  {
    status: Type.Literal('ok'),
    version: Type.String(),
    uptime: Type.Number({ description: 'Seconds since the process started' }),
  },
  { $id: 'HealthResponse' },
);
export type HealthResponse = Static<typeof HealthResponse>;

export const CheckStatus = Type.Union([Type.Literal('up'), Type.Literal('down'), Type.Literal('degraded')]);

export const ReadinessCheck = Type.Object({
  status: CheckStatus,
  required: Type.Boolean({ description: 'A required check that is down makes the service not ready (503)' }),
  kind: Type.Optional(Type.String({ description: 'Which adapter answers, e.g. postgres or pglite' })),
  latencyMs: Type.Optional(Type.Number()),
  error: Type.Optional(Type.String()),
});
export type ReadinessCheck = Static<typeof ReadinessCheck>;

export const ReadyResponse = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('down')]),
    checks: Type.Record(Type.String(), ReadinessCheck),
  },
  { $id: 'ReadyResponse' },
);
export type ReadyResponse = Static<typeof ReadyResponse>;
