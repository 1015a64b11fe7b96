import type { AuthUser } from '../auth/auth-user.js';

/** Who sends an event: a signed-in user, or the system (timers, the worker). */
export type TrackActor = { type: 'user'; user: AuthUser } | { type: 'system'; name: string };

export const userActor = (user: AuthUser): TrackActor => ({ type: 'user', user });
export const systemActor = (name: string): TrackActor => ({ type: 'system', name });
