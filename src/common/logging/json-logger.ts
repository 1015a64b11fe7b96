import type { LoggerService, LogLevel } from '@nestjs/common';
import { requestContext } from './request-context.js';

const LEVEL_ORDER = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVEL_ORDER)[number];

/** Words that must never reach a log line, whatever a caller passes in. */
const SENSITIVE_KEY = /pass(word)?|token|secret|authorization|cookie|session|e-?mail/i;

/**
 * One JSON object per line on stdout, with the request id of the current request.
 * Objects passed as messages are redacted: keys that look sensitive are replaced.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minimumLevel: Level = 'info',
    private readonly process: string = 'api',
    private readonly write: (line: string) => void = (line) => globalThis.process.stdout.write(line + '\n'),
  ) {}

  log(message: unknown, ...rest: unknown[]) {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.emit('debug', message, rest);
  }
  setLogLevels(_levels: LogLevel[]) {
    // The level comes from LOG_LEVEL; Nest's own level list is not used.
  }

  private emit(level: Level, message: unknown, rest: unknown[]) {
    if (LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(this.minimumLevel)) return;
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' ? rest[0] : undefined;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      process: this.process,
      context,
      requestId: requestContext.getStore()?.requestId,
    };
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      Object.assign(entry, redact(message as Record<string, unknown>));
    } else {
      entry.msg = message instanceof Error ? message.message : String(message);
      if (message instanceof Error) entry.stack = message.stack;
    }
    if (stack) entry.stack = stack;
    this.write(JSON.stringify(entry));
  }
}

export function redact(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (SENSITIVE_KEY.test(key)) return [key, '[redacted]'];
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) return [key, redact(inner as Record<string, unknown>)];
      return [key, inner];
    }),
  );
}
