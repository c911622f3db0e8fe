import { z } from 'zod';
import { ENVIRONMENTS } from './profiles.js';

// Environment variables the service reads. Everything is optional here;
// which ones an environment requires is decided by its profile (profiles.ts).
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const url = (protocols: string[]) =>
  optionalString.refine(
    (v) => v === undefined || protocols.some((p) => v.startsWith(`${p}://`)),
    `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  );

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')
  .optional();

export const envSchema = z.object({
  NODE_ENV: z.enum(ENVIRONMENTS).default('development'),
  HOST: optionalString,
  PORT: int(0, 65535),
  DATA_DIR: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  BODY_LIMIT_BYTES: int(1024, 50 * 1024 * 1024),
  TRUST_PROXY: optionalString,
  SHUTDOWN_TIMEOUT_MS: int(1000, 120_000),
  WEB_DIST_DIR: optionalString,
  METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters'),

  DATABASE_URL: url(['postgres', 'postgresql']),
  DATABASE_REPLICA_URL: url(['postgres', 'postgresql']),
  DATABASE_SSL: z.enum(['off', 'require', 'verify-full']).optional(),
  DATABASE_POOL_MAX: int(1, 500),
  MIGRATE_ON_START: bool,

  REDIS_URL: url(['redis', 'rediss']),
  // How long a crashed process's job stays locked before another worker takes it up (BullMQ's stalled check).
  QUEUE_STALLED_INTERVAL_MS: int(1000, 600_000),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -').optional(),

  S3_BUCKET: optionalString,
  S3_REGION: optionalString,
  S3_ENDPOINT: url(['http', 'https']),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: bool,

  JWT_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters'),
  ACCESS_TOKEN_TTL_SECONDS: int(60, 24 * 3600),
  REFRESH_TOKEN_TTL_DAYS: int(1, 365),

  CORS_ORIGINS: optionalString,
  RATE_LIMIT_MAX: int(1, 1_000_000),
  RATE_LIMIT_WINDOW_MS: int(1000, 24 * 3600 * 1000),
  LOGIN_RATE_LIMIT_MAX: int(1, 1_000_000),

  WORKER_CONCURRENCY: int(1, 64),
  RUN_WORKER_IN_PROCESS: bool,
  WORKER_METRICS_PORT: int(0, 65535),

  AI_PROVIDER: z.enum(['anthropic', 'openai', 'offline']).optional(),
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: url(['http', 'https']),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url(['http', 'https']),
  OPENAI_MODEL: optionalString,
  AI_MODEL: optionalString,
  FREE_MONTHLY_GENERATIONS: int(0, 1_000_000_000),
  ANONYMOUS_TRIAL_GENERATIONS: int(0, 1_000_000_000),
  GENERATION_RATE_LIMIT_PER_MINUTE: int(1, 1_000_000_000),
  PREVIEW_PORT: int(0, 65535),
  PREVIEW_HOST: optionalString,
  PREVIEW_ORIGIN: url(['http', 'https']),
  CHROMIUM_PATH: optionalString,
  RENDER_POOL_SIZE: int(1, 32),
  RENDER_JOB_TIMEOUT_MS: int(1000, 300_000),
  RENDER_DIFF_THRESHOLD: z.coerce.number().min(0).max(1).optional(),
  // Days a finished render (and its screenshots) is kept unless something still shows it; 0 keeps all.
  RENDER_RETENTION_DAYS: int(0, 3650),
  SENTRY_DSN: url(['http', 'https']),
  DATADOG_API_KEY: optionalString,
  RELEASE: optionalString,
  // Sentry's own name for the release, then the commit SHA CI builds from (the seed's VERCEL_GIT_COMMIT_SHA).
  SENTRY_RELEASE: optionalString,
  GIT_SHA: optionalString,
  COMMIT_SHA: optionalString,
  // The OpenTelemetry base URL (the exporter appends /v1/traces); absent: no spans are exported.
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http', 'https']),
});

export type EnvInput = z.input<typeof envSchema>;
export type Env = z.output<typeof envSchema>;
