import type { NextFunction, Request, Response } from 'express';
import { readToken } from '../auth/session.guard.js';
import type { SessionsService } from '../auth/sessions.service.js';
import { requestContext } from '../common/logging/request-context.js';
import { roleRequired } from '../auth/auth.errors.js';

/**
 * The global session guard protects Nest routes only, not raw express middleware such as the
 * queue dashboard; this checks the session and the admin role itself. Without a session the
 * dashboard does not exist (404); a signed-in user without the admin role gets 403.
 */
export function adminOnly(sessions: SessionsService) {
  return (request: Request, response: Response, next: NextFunction) => {
    const token = readToken(request);
    const requestId = requestContext.getStore()?.requestId;
    (token ? sessions.resolve(token) : Promise.resolve(null))
      .then((resolved) => {
        if (!resolved)
          return response.status(404).json({ statusCode: 404, error: 'Not Found', message: 'Niet gevonden. / Not found.', requestId });
        if (!resolved.user.roles.includes('admin'))
          return response.status(403).json({ ...(roleRequired().getResponse() as object), requestId });
        const store = requestContext.getStore();
        if (store) store.userId = resolved.user.id;
        next();
      })
      .catch(next);
  };
}
