import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { unsupportedMediaType } from './http.errors.js';

/** Where @ApiConsumes() keeps its media types (@nestjs/swagger does not export its constant). */
const API_CONSUMES = 'swagger/apiConsumes';
const DEFAULT_CONSUMES = ['application/json'];

/**
 * A request body must be of a media type the route takes: JSON, unless the route's OpenAPI
 * description says otherwise with @ApiConsumes (the document upload takes multipart). Forms and
 * plain text are never parsed into a body, so they cannot pass for a JSON request (nor post
 * across sites as a "simple" request). Requests without a body pass, whatever they say.
 */
@Injectable()
export class MediaTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!hasBody(request)) return true;
    const consumes = this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [context.getHandler(), context.getClass()]) ?? DEFAULT_CONSUMES;
    if (request.is(consumes)) return true;
    throw unsupportedMediaType({ accepted: consumes });
  }
}

/** An empty body (Content-Length: 0, as browsers send for a POST without data) counts as none. */
function hasBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}
