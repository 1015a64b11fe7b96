import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../logging/request-context.js';

/** Logs method, route path (never the query string, which may hold personal data), status and duration. */
export function accessLogMiddleware(logger: LoggerService) {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const context = requestContext.getStore();
    response.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log(
        {
          msg: 'request',
          method: request.method,
          path: request.path,
          status: response.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          userId: context?.userId,
        },
        'http',
      );
    });
    next();
  };
}
