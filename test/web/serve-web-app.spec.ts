import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { JsonLogger } from '../../src/common/logging/json-logger.js';
import { API_PREFIXES } from '../../src/web/api-prefixes.js';
import { isApiPath, isServerPath, serveWebApp } from '../../src/web/serve-web-app.js';

@Controller()
class StandInApiController {
  @Get('applications')
  list() {
    return [{ id: 'from-the-api' }];
  }
}

async function appServing(directory: string): Promise<INestApplication> {
  const module = await Test.createTestingModule({ controllers: [StandInApiController] }).compile();
  const app = module.createNestApplication<NestExpressApplication>({ logger: false });
  serveWebApp(app, new JsonLogger('error', 'test'), directory);
  return app.init();
}

describe('the API serves the web application on its own origin', () => {
  let directory: string;
  let app: INestApplication;
  const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'erk-web-'));
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'index.html'), '<!doctype html><title>web app</title>');
    writeFileSync(join(directory, 'assets', 'index-abc123.js'), 'console.log("app")');
    // A map left by an older build: the sources are never published.
    writeFileSync(join(directory, 'assets', 'index-abc123.js.map'), '{"sources":["secret.ts"]}');
    // A file where an API path points: the API must answer without the file being looked for.
    writeFileSync(join(directory, 'applications'), 'a file, not the API');
    app = await appServing(directory);
  });
  afterAll(async () => {
    await app.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers a browser on any client route with index.html, never cached', async () => {
    for (const path of ['/', '/aanmeldingen', '/aanmeldingen/5a1c2f7e-0000-4000-8000-000000000000/bewerken', '/pijplijn?x=1']) {
      const response = await request(app.getHttpServer()).get(path).set('Accept', html).expect(200);
      expect(response.text).toContain('<title>web app</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed assets with a long cache', async () => {
    const response = await request(app.getHttpServer()).get('/assets/index-abc123.js').expect(200);
    expect(response.text).toBe('console.log("app")');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API its paths, also for a browser', async () => {
    const listed = await request(app.getHttpServer()).get('/applications').set('Accept', html).expect(200);
    expect(listed.body).toEqual([{ id: 'from-the-api' }]);
    // An API path without a route is the API's 404, not the web application.
    const missing = await request(app.getHttpServer()).get('/applications/nothing/here').set('Accept', html).expect(404);
    expect(missing.text).not.toContain('web app');
    await request(app.getHttpServer()).get('/api/docs-that-do-not-exist').set('Accept', html).expect(404);
  });

  it('does not look for files on API paths, even where a file of that name exists', async () => {
    const response = await request(app.getHttpServer()).get('/applications').set('Accept', '*/*').expect(200);
    expect(response.body).toEqual([{ id: 'from-the-api' }]);
  });

  it('gives index.html only to page loads: not to API clients, other methods or missing assets', async () => {
    await request(app.getHttpServer()).get('/aanmeldingen').set('Accept', 'application/json').expect(404);
    await request(app.getHttpServer()).post('/aanmeldingen').set('Accept', html).expect(404);
    await request(app.getHttpServer()).get('/assets/gone-000.js').set('Accept', '*/*').expect(404);
  });

  it('never serves a source map, even one left in the folder', async () => {
    const response = await request(app.getHttpServer()).get('/assets/index-abc123.js.map').set('Accept', '*/*');
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('secret.ts');
  });

  it('gives curl (Accept: */*) on a client route the page, not the API 404', async () => {
    const response = await request(app.getHttpServer()).get('/aanmeldingen').set('Accept', '*/*').expect(200);
    expect(response.text).toContain('<title>web app</title>');
  });

  it('leaves the server-rendered public pages to the API process', async () => {
    for (const path of ['/interventies', '/interventies/iets', '/recent-erkend', '/toegankelijkheid', '/privacy', '/sitemap.xml', '/robots.txt']) {
      const response = await request(app.getHttpServer()).get(path).set('Accept', html);
      expect(response.text).not.toContain('web app');
      expect(isServerPath(path)).toBe(true);
    }
    expect(isServerPath('/aanmeldingen')).toBe(false);
  });

  it('serves nothing outside its folder', async () => {
    const response = await request(app.getHttpServer()).get('/assets/..%2f..%2fetc%2fpasswd').set('Accept', '*/*');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.text).not.toContain('root:');
  });

  it('does nothing without a build', async () => {
    const bare = await appServing(join(directory, 'no-build-here'));
    try {
      await request(bare.getHttpServer()).get('/aanmeldingen').set('Accept', html).expect(404);
      await request(bare.getHttpServer()).get('/applications').expect(200);
    } finally {
      await bare.close();
    }
  });

  it('knows the API paths by their first segment', () => {
    expect(API_PREFIXES).toContain('applications');
    expect(isApiPath('/applications/123/timeline')).toBe(true);
    expect(isApiPath('/me')).toBe(true);
    expect(isApiPath('/meetings')).toBe(true);
    expect(isApiPath('/medewerkers')).toBe(false);
    expect(isApiPath('/aanmeldingen/123')).toBe(false);
    expect(isApiPath('/')).toBe(false);
  });
});
