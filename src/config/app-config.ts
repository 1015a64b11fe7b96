import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { Environment } from './environment.js';

/** The validated configuration, injected wherever a setting is read. */
export class AppConfig extends Environment {
  declare DEMO_SEED: boolean;
  declare COOKIE_SECURE: boolean;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export class ConfigurationError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

/** Old names of settings, still read when the new name is not set. */
const RENAMED_SETTINGS: Record<string, string> = { LOGIN_MAX_ATTEMPTS_PER_IP: 'LOGIN_MAX_FAILURES_PER_IP' };

/** Validates the environment; throws a ConfigurationError naming the first bad variable. */
export function loadConfig(givenEnv: Record<string, string | undefined> = process.env): AppConfig {
  const env = { ...givenEnv };
  for (const [oldName, newName] of Object.entries(RENAMED_SETTINGS)) env[newName] ||= env[oldName];
  const known = Object.keys(new Environment()).concat(['DEMO_SEED', 'COOKIE_SECURE']);
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) throw toConfigurationError(errors[0]);
  config.DEMO_SEED ??= !config.isProduction;
  config.COOKIE_SECURE ??= config.isProduction;
  return config;
}

function toConfigurationError(error: ValidationError): ConfigurationError {
  const reasons = Object.values(error.constraints ?? {}).map((text) => text.replace(`${error.property} `, ''));
  return new ConfigurationError(error.property, reasons.join('; ') || 'is invalid');
}
