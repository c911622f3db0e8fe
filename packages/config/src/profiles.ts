/**
 * Per-environment defaults, after the seed's config/environments.js. Values a
 * deployment may change come from environment variables (env-schema.ts); these
 * are the settings that differ by environment but are not secrets.
 */
export const ENVIRONMENTS = ['development', 'test', 'staging', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type DatabaseSsl = 'off' | 'require' | 'verify-full';

export interface Profile {
  database: {
    pool: { min: number; max: number };
    ssl: DatabaseSsl;
    /**
     * How long a query waits for a pooled connection, including opening a new
     * one (node-postgres has a single timeout for both; the seed's
     * acquireConnectionTimeout and connectionTimeoutMillis fold into it).
     */
    connectionTimeoutMs: number;
  };
  redis: {
    retryDelayOnFailoverMs: number;
    maxRetriesPerRequest: number;
    connectTimeoutMs: number;
    lazyConnect: boolean;
  };
  ai: {
    provider: 'anthropic';
    model: string;
    maxTokens: number;
    timeoutMs: number;
    retries: number;
    rateLimit: { requests: number; windowMs: number } | null;
  };
  monitoring: {
    sentry: boolean;
    datadog: boolean;
    tracesSampleRate: number;
    logLevel: LogLevel;
  };
  security: {
    hsts: boolean;
    secureCookies: boolean;
    corsOrigins: string[];
    rateLimit: { max: number; windowMs: number };
    loginRateLimit: { max: number; windowMs: number };
  };
  /** Secrets/variables without which this environment must not start. */
  required: string[];
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

const sharedSecurity = {
  rateLimit: { max: 1000, windowMs: FIFTEEN_MINUTES },
  loginRateLimit: { max: 10, windowMs: FIFTEEN_MINUTES },
};

// The seed pins claude-3-sonnet-20240229, which Anthropic has retired; the
// current Sonnet takes its place with the seed's token and timeout budgets.
// (claude-sonnet-4-5 reaches end-of-life on 2026-11-30 per the SDK's own
// deprecation table; AI_MODEL overrides this per deployment.)
const AI_MODEL = 'claude-sonnet-5-5';

export const profiles: Record<Environment, Profile> = {
  development: {
    database: { pool: { min: 2, max: 10 }, ssl: 'off', connectionTimeoutMs: 10_000 },
    redis: { retryDelayOnFailoverMs: 100, maxRetriesPerRequest: 3, connectTimeoutMs: 10_000, lazyConnect: false },
    ai: { provider: 'anthropic', model: AI_MODEL, maxTokens: 2000, timeoutMs: 30_000, retries: 2, rateLimit: null },
    monitoring: { sentry: false, datadog: false, tracesSampleRate: 1, logLevel: 'debug' },
    security: {
      ...sharedSecurity,
      hsts: false,
      secureCookies: false,
      corsOrigins: ['http://localhost:3000', 'http://localhost:5173', 'http://127.0.0.1:3000'],
    },
    required: [],
  },
  test: {
    database: { pool: { min: 0, max: 5 }, ssl: 'off', connectionTimeoutMs: 5_000 },
    redis: { retryDelayOnFailoverMs: 100, maxRetriesPerRequest: 3, connectTimeoutMs: 5_000, lazyConnect: false },
    ai: { provider: 'anthropic', model: AI_MODEL, maxTokens: 2000, timeoutMs: 10_000, retries: 0, rateLimit: null },
    monitoring: { sentry: false, datadog: false, tracesSampleRate: 0, logLevel: 'silent' },
    security: { ...sharedSecurity, hsts: false, secureCookies: false, corsOrigins: ['http://localhost:3000'] },
    required: [],
  },
  staging: {
    database: { pool: { min: 5, max: 20 }, ssl: 'require', connectionTimeoutMs: 30_000 },
    redis: { retryDelayOnFailoverMs: 100, maxRetriesPerRequest: 3, connectTimeoutMs: 60_000, lazyConnect: false },
    ai: { provider: 'anthropic', model: AI_MODEL, maxTokens: 2000, timeoutMs: 45_000, retries: 3, rateLimit: null },
    monitoring: { sentry: true, datadog: true, tracesSampleRate: 0.1, logLevel: 'info' },
    security: {
      ...sharedSecurity,
      hsts: true,
      secureCookies: true,
      corsOrigins: ['https://staging.anclora.com'],
    },
    // TRUST_PROXY too: behind the load balancer every client would otherwise
    // share its address, and so one rate limit (set it to false to say there is none).
    // PREVIEW_ORIGIN: previews must live on their own site (cookies ignore ports), never derived from a Host header.
    required: ['JWT_SECRET', 'DATABASE_URL', 'REDIS_URL', 'S3_BUCKET', 'TRUST_PROXY', 'PREVIEW_ORIGIN'],
  },
  production: {
    database: { pool: { min: 10, max: 50 }, ssl: 'require', connectionTimeoutMs: 60_000 },
    redis: { retryDelayOnFailoverMs: 500, maxRetriesPerRequest: 5, connectTimeoutMs: 60_000, lazyConnect: true },
    ai: {
      provider: 'anthropic',
      model: AI_MODEL,
      maxTokens: 2000,
      timeoutMs: 60_000,
      retries: 5,
      rateLimit: { requests: 100, windowMs: 60_000 },
    },
    monitoring: { sentry: true, datadog: true, tracesSampleRate: 0.1, logLevel: 'warn' },
    security: {
      ...sharedSecurity,
      hsts: true,
      secureCookies: true,
      corsOrigins: ['https://render.anclora.com', 'https://anclora.com'],
    },
    // TRUST_PROXY too: behind the load balancer every client would otherwise
    // share its address, and so one rate limit (set it to false to say there is none).
    // PREVIEW_ORIGIN: previews must live on their own site (cookies ignore ports), never derived from a Host header.
    required: ['JWT_SECRET', 'DATABASE_URL', 'REDIS_URL', 'S3_BUCKET', 'TRUST_PROXY', 'PREVIEW_ORIGIN'],
  },
};
