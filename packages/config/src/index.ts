export { loadConfig, ConfigError, SECRET_ENV_NAMES, type Config, type LoadConfigOptions } from './load-config.js';
export { profiles, ENVIRONMENTS, type Environment, type Profile, type LogLevel, type DatabaseSsl } from './profiles.js';
export { envSchema, type Env } from './env-schema.js';
