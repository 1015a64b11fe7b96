/**
 * First path segments that belong to the API. A browser that asks for one of these gets the API's
 * answer, never the web application; the web application's own routes are Dutch words
 * (/aanmeldingen, /inloggen, ...) so they cannot collide with these. The web's dev server proxies
 * exactly these to the API. A test checks that every path in the OpenAPI document is covered.
 */
export const API_PREFIXES: readonly string[] = [
  'admin',
  'api',
  'applications',
  'auth',
  'coaches',
  'committees',
  'databank',
  'deadlines',
  'decisions',
  'documents',
  'health',
  'insight',
  'invitations',
  'listings',
  'me',
  'meetings',
  'notifications',
  'panels',
  'procedures',
  'publication',
  'reviewers',
  'reviews',
  'staff',
  'themes',
  'users',
];
