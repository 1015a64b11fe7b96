/** The `params` of an API error (src/common/errors/domain-error.ts): values its wording names. */
export type ErrorParams = Record<string, unknown>;

export const paramText = (params: ErrorParams, name: string): string => (typeof params[name] === 'string' || typeof params[name] === 'number' ? String(params[name]) : '');

export const paramNumber = (params: ErrorParams, name: string): number => (typeof params[name] === 'number' ? (params[name] as number) : 0);

export const paramList = (params: ErrorParams, name: string): string[] => (Array.isArray(params[name]) ? (params[name] as unknown[]).map(String) : []);

/** A moment the API sends as an ISO string, in Amsterdam time and the user's language; empty when absent. */
export function paramDate(params: ErrorParams, name: string, locale: 'nl' | 'en', withTime = false): string {
  const value = params[name];
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return '';
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(value));
}

/** A size in bytes as kB or MB. */
export function paramSize(params: ErrorParams, name: string): string {
  const bytes = paramNumber(params, name);
  const MB = 1024 * 1024;
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.floor(bytes / 1024)} kB`;
}
