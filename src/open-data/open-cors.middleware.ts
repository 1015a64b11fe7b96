import type { NextFunction, Request, Response } from 'express';

/**
 * Open data may be read from any site: CORS open for GET and HEAD, with the headers a client
 * needs for conditional requests and for the rate limit. A preflight (a browser asks first when
 * a script sends If-None-Match) is answered here. Nothing else is allowed: the API has no write
 * route under this prefix, and no cookie is ever honoured cross-site (no Allow-Credentials).
 */
export function openDataCors(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset');
  response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    response.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
    response.setHeader('Access-Control-Max-Age', '86400');
    response.status(204).end();
    return;
  }
  next();
}
