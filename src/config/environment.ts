import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  return value;
};

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

export const NODE_ENVIRONMENTS = ['development', 'production', 'test'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

/**
 * Every environment variable the processes read. Defaults work with PostgreSQL and Redis
 * on their default local ports; `.env.example` documents the same list.
 */
export class Environment {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = 'development';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  APP_URL = 'http://localhost:3000';

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/erkenning';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Transform(toBoolean)
  @IsBoolean()
  MIGRATE_ON_START = true;

  /** Defaults to on outside production (see `resolveDefaults`). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_SEED?: boolean;

  @IsIn(['debug', 'info', 'warn', 'error'])
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error' = 'info';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_TTL_HOURS = 12;

  /** Secure cookies need HTTPS; defaults to on in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 30;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsEmail({ require_tld: false })
  MAIL_FROM = 'erkenningen@movisie.example';

  /** First retry delay of a failed mail; each next try waits twice as long (5 tries in all). */
  @Transform(toInteger)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  MAIL_RETRY_DELAY_MS = 10_000;

  @IsString()
  @MinLength(1)
  STORAGE_DIR = './var/storage';

  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(20)
  RECOGNITION_VALIDITY_YEARS = 5;

  /** Working days a reviewer has to answer a panel invitation (the deadline is 17:00 that day). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  REVIEWER_RESPONSE_WORKING_DAYS = 5;
}
