import createClient from 'openapi-fetch';
import type { paths } from './schema';
import type { AdmitBody, CreateApplicationBody, FieldError, Language, ListingSearchQuery, RegisterBody, UpdateApplicationBody } from './types';

/**
 * The typed API client. Paths, path parameters, queries and request bodies are checked against
 * the generated OpenAPI types (schema.d.ts), so a changed endpoint breaks `tsc -p web`, not the
 * user. Same origin: the session is the API's httpOnly cookie.
 */
export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin', headers: { Accept: 'application/json' } });

/** Dispatched on window when the API says the session is gone (401 NOT_SIGNED_IN). */
export const UNAUTHORIZED_EVENT = 'erkenning:unauthorized';

/** An API refusal, or no answer at all (status 0, code NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isStaleVersion(): boolean {
    return this.status === 409 && this.code === 'STALE_VERSION';
  }
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The ApiError for a refused request, from its status and (JSON) body; a lost session is announced. */
export function refusal(status: number, body: Record<string, unknown>, statusText: string): ApiError {
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  const message = typeof body.message === 'string' ? body.message : statusText;
  const fieldErrors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
  if (status === 401 && code === 'NOT_SIGNED_IN') window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
  return new ApiError(status, code, message, fieldErrors, body);
}

/**
 * The answer's data, or an ApiError: a refusal by the API, or NETWORK when nothing came back. The
 * data's type comes from the route's described response; give `T` only for a route the API does
 * not describe yet (test/web/responses-not-yet-described.ts).
 */
export async function call<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch (error) {
    throw new ApiError(0, 'NETWORK', (error as Error).message);
  }
  const { data, error, response } = answer;
  if (!response.ok) throw refusal(response.status, (error && typeof error === 'object' ? error : {}) as Record<string, unknown>, response.statusText);
  return data as T;
}

/** For a route that answers 204: done, or an ApiError as with `call`. */
export async function callForNoContent(request: Promise<Answer<unknown>>): Promise<void> {
  await call(request);
}

export const api = {
  me: () => call(client.GET('/me')),
  updateMe: (body: { language?: Language; name?: string; organisation?: string }) => call(client.PATCH('/me', { body })),
  register: (body: RegisterBody) => call(client.POST('/auth/register', { body })),
  logout: () => callForNoContent(client.POST('/auth/logout', { parseAs: 'text' })),

  themes: () => call(client.GET('/themes')),
  coaches: () => call(client.GET('/coaches')),

  applications: (query: { state?: string; phase?: string } = {}) =>
    call(client.GET('/applications', { params: { query } })),
  application: (id: string) => call(client.GET('/applications/{id}', { params: { path: { id } } })),
  timeline: (id: string) => call(client.GET('/applications/{id}/timeline', { params: { path: { id } } })),
  createApplication: (body: CreateApplicationBody) => call(client.POST('/applications', { body })),
  updateApplication: (id: string, body: UpdateApplicationBody) =>
    call(client.PATCH('/applications/{id}', { params: { path: { id } }, body })),

  submit: (id: string, version: number) =>
    call(client.POST('/applications/{id}/submit', { params: { path: { id } }, body: { version } })),
  withdraw: (id: string, version: number, reason?: string) =>
    call(client.POST('/applications/{id}/withdraw', { params: { path: { id } }, body: { version, reason } })),
  provideInformation: (id: string, version: number, answer: string) =>
    call(client.POST('/applications/{id}/provide-information', { params: { path: { id } }, body: { version, answer } })),
  requestInformation: (id: string, version: number, question: string) =>
    call(client.POST('/applications/{id}/request-information', { params: { path: { id } }, body: { version, question } })),
  admit: (id: string, body: AdmitBody) => call(client.POST('/applications/{id}/admit', { params: { path: { id } }, body })),
  refuse: (id: string, version: number, reason: string) =>
    call(client.POST('/applications/{id}/refuse', { params: { path: { id } }, body: { version, reason } })),

  searchListings: (query: ListingSearchQuery) => call(client.GET('/databank/interventions', { params: { query } })),
  listing: (slug: string) => call(client.GET('/databank/interventions/{slug}', { params: { path: { slug } } })),
  notifications: (query: { unread?: boolean; limit?: number } = {}) => call(client.GET('/notifications', { params: { query } })),
  markNotificationRead: (id: string) => call(client.POST('/notifications/{id}/read', { params: { path: { id } } })),
  markAllNotificationsRead: () => call(client.POST('/notifications/read-all')),
  todo: (query: { page?: number; pageSize?: number } = {}) => call(client.GET('/me/todo', { params: { query } })),
};
