import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../src/app.module.js';
import { createOpenApiDocument } from '../../src/configure-app.js';
import { API_PREFIXES } from '../../src/web/api-prefixes.js';
import { API_TYPES_FILE, renderApiTypes } from '../../src/web/api-types.js';
import { testConfig } from '../support/test-config.js';
import { RESPONSES_NOT_YET_DESCRIBED } from './responses-not-yet-described.js';

type OpenApiDocument = ReturnType<typeof createOpenApiDocument>;

/**
 * The web client is typed from the API's OpenAPI document. These checks keep the two together: a
 * changed endpoint must come with regenerated types (then `tsc -p web` shows what breaks), and
 * every API path must be one the web server leaves to the API.
 */
describe('the web client and the API contract', () => {
  let document: OpenApiDocument;

  beforeAll(async () => {
    // Preview mode: the module graph without providers, so no database or Redis is needed.
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(testConfig()), { preview: true, logger: false, abortOnError: false });
    document = createOpenApiDocument(app);
    await app.close();
  });

  it('has web/src/api/schema.d.ts generated from the current API', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    const current = await renderApiTypes(document);
    if (committed !== current) throw new Error(`${API_TYPES_FILE} is out of date with the API: run \`npm run web:api-types\` and check \`npm run typecheck\`.`);
  });

  it('describes request bodies from the DTOs’ validation rules', () => {
    const schemas = document.components!.schemas as Record<string, { required?: string[]; properties: Record<string, Record<string, unknown>> }>;
    const create = schemas.CreateApplicationDto;
    expect(create.required).toEqual(expect.arrayContaining(['name', 'targetLevel']));
    expect(create.properties.name).toMatchObject({ type: 'string', minLength: 2, maxLength: 200 });
    expect(create.properties.targetLevel.enum).toEqual(['goed_beschreven', 'goed_onderbouwd', 'effectief_eerste', 'effectief_goede', 'effectief_sterke']);
    expect(create.properties.themes).toMatchObject({ type: 'array', items: { type: 'string' }, maxItems: 10 });
    expect(create.properties.yearsInPractice).toMatchObject({ type: 'integer', minimum: 0, nullable: true });
    expect(schemas.AdmitActionDto.required).toEqual(expect.arrayContaining(['version', 'coachId']));
    expect(schemas.AdmitActionDto.properties.coachId).toMatchObject({ type: 'string', format: 'uuid' });
    const query = document.paths['/applications'].get!.parameters as { name: string; in: string }[];
    expect(query.map(({ name, in: place }) => `${place}:${name}`)).toEqual(['query:state', 'query:phase']);
  });

  it('describes a 2xx response of every route: a body schema, or a described 204', () => {
    const undescribed = routesWithoutDescribedResponse(document);
    const notListed = undescribed.filter((route) => !RESPONSES_NOT_YET_DESCRIBED.includes(route));
    const describedSinceListed = RESPONSES_NOT_YET_DESCRIBED.filter((route) => !undescribed.includes(route));
    if (notListed.length > 0)
      throw new Error(`These routes answer without a described response; give each @ApiOkResponse/@ApiCreatedResponse with a view class (docs/decisions/0035): ${notListed.join(', ')}`);
    if (describedSinceListed.length > 0)
      throw new Error(`These routes are described now; take them off test/web/responses-not-yet-described.ts: ${describedSinceListed.join(', ')}`);
  });

  it('leaves every API path to the API when the web application is served on the same origin', () => {
    const firstSegments = new Set(Object.keys(document.paths).map((path) => path.split('/')[1]));
    expect([...firstSegments].filter((segment) => !API_PREFIXES.includes(segment))).toEqual([]);
  });
});

type Operation = { responses?: Record<string, { description?: string; content?: object }> };

/** "GET /path" for each route whose success answers are only Nest's default (no body schema, no words). */
function routesWithoutDescribedResponse(document: OpenApiDocument): string[] {
  const routes: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const successes = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2'));
      const described = successes.some(([status, response]) => response.content !== undefined || (status === '204' && Boolean(response.description)));
      if (!described) routes.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return routes;
}
