import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { requestContext } from '../logging/request-context.js';

/**
 * Every error answers with a JSON body that carries the request id. Unexpected errors are
 * logged with their stack and answered with a bare 500, never with internals.
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
      const normalised =
        typeof body === 'string' ? { statusCode: status, message: body } : { statusCode: status, ...(body as object) };
      const retryAfter = (normalised as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
      response.status(status).json({ ...normalised, requestId });
      return;
    }
    if (isPayloadTooLarge(exception)) {
      response.status(HttpStatus.PAYLOAD_TOO_LARGE).json({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'Het verzoek is te groot. / The request is too large.',
        requestId,
      });
      return;
    }
    this.logger.error(exception instanceof Error ? exception : String(exception), (exception as Error)?.stack);
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Er ging iets mis aan onze kant. / Something went wrong on our side.',
      requestId,
    });
  }
}

function isPayloadTooLarge(exception: unknown): boolean {
  return typeof exception === 'object' && exception !== null && (exception as { type?: string }).type === 'entity.too.large';
}
