/** Where the web client's API types live (generated, committed). */
export const API_TYPES_FILE = 'web/src/api/schema.d.ts';

/**
 * The web client's types, rendered from the API's OpenAPI document the way `npm run web:api-types`
 * writes them. A development tool: openapi-typescript is a dev dependency, hence the lazy import.
 */
export async function renderApiTypes(document: object): Promise<string> {
  const { default: openapiTS, astToString, COMMENT_HEADER } = await import('openapi-typescript');
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `${COMMENT_HEADER}${astToString(ast)}`;
}
