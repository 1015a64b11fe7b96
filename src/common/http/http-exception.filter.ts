import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { requestContext } from '../logging/request-context.js';
import { internalError, invalidJson, payloadTooLarge } from './http.errors.js';

/**
 * Every error answers with a JSON body that carries a `code` and the request id. Unexpected
 * errors are logged with their stack and answered with a bare 500, never with internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const requestId = requestContext.getStore()?.requestId;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const normalised = typeof body === 'string' ? { statusCode: status, message: body } : { statusCode: status, ...(body as object) };
      const retryAfter = (normalised as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
      const coded = 'code' in normalised ? normalised : { ...normalised, ...frameworkError(exception, status) };
      response.status(status).json({ ...coded, requestId });
      return;
    }
    this.logger.error(exception instanceof Error ? exception : String(exception), (exception as Error)?.stack);
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ ...(internalError().getResponse() as object), requestId });
  }
}

/**
 * Our own errors all carry a code; Nest's, Express's, body-parser's and multer's do not (an
 * unknown route, ParseUUIDPipe, a body that is not JSON or too large). They get one here:
 * body-parser's by its error type, the rest by their status (`NOT_FOUND`, `BAD_REQUEST`, …),
 * keeping their message.
 */
function frameworkError(exception: HttpException, status: number): { error: string; code: string; message?: string; params?: object } {
  const error = STATUS_CODES[status] ?? 'Error';
  switch ((exception.cause as { type?: unknown } | undefined)?.type) {
    case 'entity.parse.failed':
      return { ...(invalidJson().getResponse() as { code: string; message: string }), error };
    case 'entity.too.large':
      return { ...(payloadTooLarge().getResponse() as { code: string; message: string }), error };
    default:
      return { error, code: HttpStatus[status] ?? `HTTP_${status}`, params: {} };
  }
}
