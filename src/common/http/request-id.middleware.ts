import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../logging/request-context.js';

const ACCEPTABLE_INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (a sane incoming X-Request-Id is kept) for logs and error bodies. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction) {
  const incoming = request.header('x-request-id');
  const requestId = incoming && ACCEPTABLE_INCOMING_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  requestContext.run({ requestId }, next);
}
