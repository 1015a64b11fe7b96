import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { MAX_INPUT_DEPTH } from '../../src/common/validation/input-limits.js';
import { DESCRIPTION_SECTION_KEYS } from '../../src/description/description-sections.js';
import { ROLES } from '../../src/users/role.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

/**
 * Every write endpoint of the OpenAPI document gets a table of malformed requests. Whatever is
 * plainly wrong (bad types, NUL, deep nesting, `__proto__`, other media types, invalid JSON,
 * bad path parameters, …) must be refused with a 4xx that carries a `code`; what may be valid
 * for some endpoint (an empty object, null, direction characters, long strings) must at least
 * never get a 5xx. The API must be healthy afterwards.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Endpoint {
  method: 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operation: Operation;
  /** The JSON body schema, resolved; undefined for bodyless and multipart endpoints. */
  schema?: Schema;
  multipart: boolean;
}

/** `refused`: a 4xx with a code. `answered`: anything but a 5xx. */
interface Attempt {
  label: string;
  expect: 'refused' | 'answered';
  params?: Record<string, string>;
  contentType?: string;
  body?: string;
  fields?: Record<string, string>;
  /** For VALIDATION_FAILED answers: a field the errors must name. */
  field?: string;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
/** About 1,700 requests, some 15 s on an idle machine; the margin is for a busy CI runner. */
const SWEEP_TIMEOUT_MS = 120_000;
const BIDI = 'Stichting \u202Efdp.exe';
const NOT_A_PARAMETER = 'not a uuid!';
const PATTERN_SAMPLES = ['2027-03-01', 'voorbeeld', '+31 6 12345678', 'live'];
const PASSWORD_FIELDS = new Set(['password', 'newPassword', 'currentPassword']);

function nestedArrays(levels: number): string {
  return '['.repeat(levels) + '1' + ']'.repeat(levels);
}

/** JSON text of `body` with one more key in front (JSON.stringify would drop `__proto__`). */
function withRawKey(body: Record<string, unknown>, key: string, value: string): string {
  const rest = JSON.stringify(body).slice(1, -1);
  return `{"${key}":${value}${rest ? `,${rest}` : ''}}`;
}

class Samples {
  constructor(private readonly document: OpenApiDocument) {}

  resolve(schema: Schema): Schema {
    return schema.$ref ? this.resolve(this.document.components.schemas[schema.$ref.split('/').pop()!]) : schema;
  }

  /** A plausible value for the schema, so that an attempt changes only what it means to. */
  value(schema: Schema, name: string): unknown {
    const resolved = this.resolve(schema);
    if (resolved.enum) return resolved.enum[0];
    if (resolved.properties) return this.object(resolved);
    switch (resolved.type) {
      case 'integer':
      case 'number':
        return Math.max(resolved.minimum ?? 1, 1);
      case 'boolean':
        return false;
      case 'array':
        return resolved.minItems ? [this.value(resolved.items ?? { type: 'string' }, name)] : [];
      default:
        return this.string(resolved, name);
    }
  }

  object(schema: Schema): Record<string, unknown> {
    const resolved = this.resolve(schema);
    return Object.fromEntries(Object.entries(resolved.properties ?? {}).map(([name, property]) => [name, this.value(property, name)]));
  }

  private string(schema: Schema, name: string): string {
    if (schema.format === 'uuid') return randomUUID();
    if (schema.format === 'date-time') return '2027-03-01T10:00:00+01:00';
    if (schema.format === 'email') return 'iemand@example.nl';
    if (PASSWORD_FIELDS.has(name)) return 'een-heel-lang-wachtwoord-2027';
    if (schema.pattern) return PATTERN_SAMPLES.find((sample) => new RegExp(schema.pattern!).test(sample)) ?? 'voorbeeld';
    return 'Voorbeeldtekst'.padEnd(schema.minLength ?? 0, '.');
  }
}

function wrongType(schema: Schema): unknown {
  if (schema.enum) return 'no-such-value';
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 'twaalf';
    case 'boolean':
      return 'ja';
    case 'array':
      return 'geen lijst';
    case 'string':
      return 12345;
    default:
      return schema.properties || schema.$ref ? 'geen object' : [{}];
  }
}

function endpointsOf(document: OpenApiDocument, samples: Samples): Endpoint[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    WRITE_METHODS.filter((method) => operations[method]).map((method) => {
      const operation = operations[method];
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      return { method, path, operation, schema: json && samples.resolve(json), multipart: 'multipart/form-data' in content };
    }),
  );
}

function attemptsFor(endpoint: Endpoint, samples: Samples): Attempt[] {
  const attempts: Attempt[] = [
    { label: 'invalid JSON', expect: 'refused', contentType: 'application/json', body: '{"version":' },
    { label: 'plain text', expect: 'refused', contentType: 'text/plain', body: '{"version":1}' },
    { label: 'form', expect: 'refused', contentType: 'application/x-www-form-urlencoded', body: 'version=1&name=Formulier' },
    { label: 'body over 1 MB', expect: 'refused', contentType: 'application/json', body: JSON.stringify({ text: 'x'.repeat(1_100_000) }) },
  ];
  const base = endpoint.schema ? samples.object(endpoint.schema) : {};
  const json = (body: unknown) => JSON.stringify(body);
  for (const parameter of endpoint.operation.parameters ?? []) {
    if (parameter.in !== 'path') continue;
    for (const value of [NOT_A_PARAMETER, '\u0000', 'x'.repeat(2000)])
      attempts.push({ label: `path ${parameter.name}=${JSON.stringify(value.slice(0, 12))}`, expect: 'refused', params: { [parameter.name]: value }, contentType: 'application/json', body: json(base) });
  }
  if (endpoint.multipart) {
    const upload = { kind: 'handbook', title: 'Handboek' };
    attempts.push(
      { label: 'JSON instead of multipart', expect: 'refused', contentType: 'application/json', body: json(upload) },
      { label: 'multipart without a file', expect: 'refused', fields: upload },
      { label: 'multipart title with NUL', expect: 'refused', fields: { ...upload, title: 'Hand\u0000boek' }, field: 'title' },
      { label: 'multipart title with bidi', expect: 'refused', fields: { ...upload, title: BIDI }, field: 'title' },
      { label: 'multipart unknown kind', expect: 'refused', fields: { ...upload, kind: 'roman' }, field: 'kind' },
    );
  }
  if (!endpoint.schema) return attempts;

  attempts.push(
    { label: 'empty object', expect: 'answered', contentType: 'application/json', body: '{}' },
    { label: 'no body', expect: 'answered' },
    { label: 'JSON null', expect: 'refused', contentType: 'application/json', body: 'null' },
    { label: 'JSON string', expect: 'refused', contentType: 'application/json', body: '"tekst"' },
    { label: 'empty array', expect: 'refused', contentType: 'application/json', body: '[]' },
    { label: 'array of the body', expect: 'refused', contentType: 'application/json', body: json([base]) },
    { label: 'unknown field', expect: 'refused', contentType: 'application/json', body: json({ ...base, zzUnknown: 1 }), field: 'zzUnknown' },
    { label: '__proto__', expect: 'refused', contentType: 'application/json', body: withRawKey(base, '__proto__', '{"roles":["admin"]}'), field: '__proto__' },
    { label: 'constructor.prototype', expect: 'refused', contentType: 'application/json', body: withRawKey(base, 'constructor', '{"prototype":{}}'), field: 'constructor' },
    { label: 'nested 100,000 deep', expect: 'refused', contentType: 'application/json', body: withRawKey(base, 'deep', nestedArrays(100_000)) },
    {
      label: 'every string 100,000 characters',
      expect: 'answered',
      contentType: 'application/json',
      body: json(Object.fromEntries(Object.entries(base).map(([name, value]) => [name, typeof value === 'string' ? 'x'.repeat(100_000) : value]))),
    },
  );
  for (const [name, property] of Object.entries(endpoint.schema.properties ?? {})) {
    const resolved = samples.resolve(property);
    const withField = (value: unknown) => json({ ...base, [name]: value });
    attempts.push(
      { label: `${name}: wrong type`, expect: 'refused', contentType: 'application/json', body: withField(wrongType(property)), field: name },
      { label: `${name}: null`, expect: 'answered', contentType: 'application/json', body: withField(null) },
      { label: `${name}: nested too deep`, expect: 'refused', contentType: 'application/json', body: withRawKey({ ...base, [name]: undefined }, name, nestedArrays(MAX_INPUT_DEPTH + 1)) },
    );
    const isText = resolved.type === 'string' || (resolved.type === 'array' && samples.resolve(resolved.items ?? {}).type === 'string');
    if (!isText) continue;
    const text = (value: string) => (resolved.type === 'array' ? [value] : value);
    attempts.push(
      { label: `${name}: NUL`, expect: 'refused', contentType: 'application/json', body: withField(text('Voorbeeld\u0000tekst')), field: resolved.type === 'array' ? `${name}.0` : name },
      { label: `${name}: bidi`, expect: 'answered', contentType: 'application/json', body: withField(text(BIDI)) },
    );
  }
  return attempts;
}

describe('malformed requests to every write endpoint', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  let pathValues: (path: string, name: string) => string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    // One user in every role reaches every handler; the ids below make paths point at real rows.
    const everyone = await createUser(t, [...ROLES]);
    const other = await createUser(t, ['owner']);
    const member = await createUser(t, ['committee_member']);
    auth = everyone.auth;
    const application = await createDraft(t, auth);
    const committee = await request(t.server)
      .post('/committees')
      .set(auth)
      .send({ name: 'Commissie', databank: 'Databank Effectieve sociale interventies', chairId: everyone.user.id, memberIds: [member.user.id] })
      .expect(201);
    const meeting = await request(t.server).post(`/committees/${committee.body.id}/meetings`).set(auth).send({ startsAt: '2027-03-01T10:00:00+01:00' }).expect(201);
    const themes = await request(t.server).get('/themes').set(auth).expect(200);
    const idsByPrefix: [string, string][] = [
      ['/applications/', application.id],
      ['/users/', other.user.id],
      ['/committees/', committee.body.id],
      ['/meetings/', meeting.body.id],
      ['/themes/', themes.body[0].slug],
    ];
    const byName: Record<string, string> = { userId: everyone.user.id, reviewerId: everyone.user.id, applicationId: application.id, key: DESCRIPTION_SECTION_KEYS[0], kind: 'listings' };
    /** A real row where the fixtures have one; a fresh UUID (so a 404) elsewhere. */
    pathValues = (path, name) => {
      if (byName[name]) return byName[name];
      const own = name === 'id' || name === 'slug' ? idsByPrefix.find(([prefix]) => path.startsWith(prefix)) : undefined;
      return own?.[1] ?? (name === 'slug' ? 'geen-vermelding' : randomUUID());
    };
  });
  afterAll(() => t.close());

  it('refuses what is malformed with a 4xx and a code, answers the rest without a 5xx, and stays healthy', async () => {
    const document = (await request(t.server).get('/api/openapi.json').expect(200)).body as OpenApiDocument;
    const samples = new Samples(document);
    const endpoints = endpointsOf(document, samples);
    expect(endpoints.length).toBeGreaterThan(50);

    const failures: string[] = [];
    let sent = 0;
    for (const endpoint of endpoints) {
      for (const attempt of attemptsFor(endpoint, samples)) {
        const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(attempt.params?.[name] ?? pathValues(endpoint.path, name)));
        const query = (endpoint.operation.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${samples.value(p.schema ?? {}, p.name)}`);
        let call = request(t.server)[endpoint.method](query.length ? `${path}?${query.join('&')}` : path).set(auth);
        if (attempt.fields) for (const [name, value] of Object.entries(attempt.fields)) call = call.field(name, value);
        else if (attempt.body !== undefined) call = call.set('Content-Type', attempt.contentType!).send(attempt.body);
        const response = await call;
        sent++;
        const problem = judge(attempt, response);
        if (problem) failures.push(`${endpoint.method.toUpperCase()} ${endpoint.path} (${attempt.label}): ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    await request(t.server).get('/health').expect(200);
  }, SWEEP_TIMEOUT_MS);
});

function judge(attempt: Attempt, response: request.Response): string | undefined {
  const summary = `${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
  if (response.status >= 500) return summary;
  if (response.status >= 400 && typeof response.body?.code !== 'string') return `no code: ${summary}`;
  if (attempt.expect === 'answered') return undefined;
  if (response.status < 400) return summary;
  if (attempt.field && response.body.code === 'VALIDATION_FAILED') {
    const named = (response.body.errors as { field: string }[]).some((error) => error.field === attempt.field);
    if (!named) return `errors do not name ${attempt.field}: ${summary}`;
  }
  return undefined;
}
