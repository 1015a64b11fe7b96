import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsTrustProxy, toTrustProxy, type TrustProxy } from './trust-proxy.js';

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

  /** Every Redis key of this system starts with it (BullMQ's prefix, and `<prefix>:` for the others). */
  @Matches(/^[A-Za-z0-9_.{}-]{1,64}$/, { message: 'REDIS_PREFIX may only hold letters, digits and _ . - { } (at most 64)' })
  REDIS_PREFIX = 'erk';

  /** At start-up a process waits for Redis: this many retries, this far apart, then it exits. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(1000)
  REDIS_STARTUP_RETRIES = 10;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(60_000)
  REDIS_STARTUP_RETRY_MS = 2000;

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
  LOGIN_MAX_FAILURES_PER_IP = 30;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** The name authenticator apps show next to the account. */
  @IsString()
  @MinLength(1)
  TWO_FACTOR_ISSUER = 'Erkenningstraject';

  /** Code attempts (authenticator or recovery code) per account within LOGIN_WINDOW_SECONDS. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100)
  TWO_FACTOR_MAX_FAILURES = 5;

  /** How long an invitation link for a new staff account works. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(24 * 14)
  INVITATION_LINK_TTL_HOURS = 72;

  /** How long a password-reset link works. */
  @Transform(toInteger)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  PASSWORD_RESET_LINK_TTL_MINUTES = 60;

  /** Requests per client IP to the public databank and open-data API within the window. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  PUBLIC_API_MAX_REQUESTS = 300;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  PUBLIC_API_WINDOW_SECONDS = 60;

  /** The proxies in front of the API whose X-Forwarded-For is believed; none unless set. */
  @Transform(toTrustProxy)
  @IsTrustProxy()
  TRUST_PROXY: TrustProxy = false;

  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsEmail({ require_tld: false })
  MAIL_FROM = 'erkenningen@movisie.example';

  /**
   * Mails the worker sends at the same time, and so the SMTP connections it keeps open (one
   * pooled connection per mail job in progress).
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_CONCURRENCY = 4;

  /** First retry delay of a failed mail; each next try waits twice as long (5 tries in all). */
  @Transform(toInteger)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  MAIL_RETRY_DELAY_MS = 10_000;

  /**
   * The insight figures are rebuilt at most once per this window after track transitions (every
   * transition in a window is in the rebuild at its end), and hourly regardless.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  INSIGHT_REFRESH_DEBOUNCE_MS = 60_000;

  /**
   * How long a worker's hold on a job lasts without renewal (BullMQ's lock duration, also the
   * interval of its stalled-job check): the job of a worker that was killed or hangs goes to
   * another worker after about this long (at most twice it). A mail being sent is held that long too.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  JOB_LOCK_DURATION_MS = 30_000;

  /**
   * The outbox relay wakes when PostgreSQL notifies it of a row and when the earliest pending row
   * falls due; besides that it looks this often, as a safety net (and while its LISTEN connection
   * is down, this is how late a row can be).
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  OUTBOX_SAFETY_POLL_MS = 5000;

  @IsString()
  @MinLength(1)
  STORAGE_DIR = './var/storage';

  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

  /** Working days a reviewer has to answer a panel invitation (the deadline is 17:00 that day). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  REVIEWER_RESPONSE_WORKING_DAYS = 5;

  /** Working days a panel member has to submit a review, from the start of the review round. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(120)
  REVIEW_WORKING_DAYS = 20;

  /** Working days the coach has to return feedback on a werkblad version. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  COACH_FEEDBACK_WORKING_DAYS = 5;

  /** Working days the owner has to submit a revision after the committee deferred the case. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(250)
  OWNER_REVISION_WORKING_DAYS = 40;

  /** The committee's agenda and dossiers go out this many working days before the meeting. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(30)
  AGENDA_WORKING_DAYS_BEFORE_MEETING = 5;

  /** A reminder goes out this many working days before a deadline. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(30)
  REMINDER_WORKING_DAYS_BEFORE = 2;

  /** A missed deadline is reminded of this many working days after it passed. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(30)
  REMINDER_WORKING_DAYS_AFTER = 1;

  /** The secretaries hear of a missed deadline this many working days after it passed. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  ESCALATION_WORKING_DAYS_AFTER = 3;

  /** The owner and the secretaries are reminded of the conditions' deadline this many working days ahead. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(120)
  CONDITIONS_REMINDER_WORKING_DAYS = 20;

  /**
   * Sign-in with the organisation's identity provider over OpenID Connect (src/auth/oidc): off
   * while OIDC_ISSUER_URL is unset; with it, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET
   * and OIDC_BUTTON_LABEL are required (checked by checkOidcSettings at start-up).
   */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  OIDC_ISSUER_URL?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_ID?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_SECRET?: string = undefined;

  /** Where the identity provider sends the browser back; defaults to APP_URL + /auth/oidc/callback. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  OIDC_REDIRECT_URL?: string = undefined;

  /** Space-separated; must hold openid and email. */
  @IsString()
  @Matches(/^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/, { message: 'OIDC_SCOPES must be scope names separated by single spaces' })
  OIDC_SCOPES = 'openid email profile';

  /**
   * The organisation's name on the button, "Inloggen met <label>" / "Sign in with <label>"; also
   * the organisation of an account made at first sign-in. Required with OIDC_ISSUER_URL.
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  OIDC_BUTTON_LABEL?: string = undefined;

  /** When the weekly digest of stuck cases goes to the secretaries (cron, Europe/Amsterdam time). */
  @IsString()
  @Matches(/^\S+( \S+){4,5}$/, { message: 'WEEKLY_DIGEST_CRON must be a cron pattern of 5 or 6 fields' })
  WEEKLY_DIGEST_CRON = '0 8 * * 1';

  /** When the daily digest goes to the users who chose it for some topics (cron, Europe/Amsterdam time). */
  @IsString()
  @Matches(/^\S+( \S+){4,5}$/, { message: 'DAILY_DIGEST_CRON must be a cron pattern of 5 or 6 fields' })
  DAILY_DIGEST_CRON = '0 7 * * *';
}
