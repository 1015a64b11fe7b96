import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';
import { createOpenApiDocument } from '../configure-app.js';
import { API_TYPES_FILE, renderApiTypes } from '../web/api-types.js';

/**
 * `npm run web:api-types`: writes the web client's API types (and, with `--json <file>`, the
 * OpenAPI document itself) without a database or Redis. Nest's preview mode builds the module
 * graph but instantiates no provider, which is all the document needs: it reads controller and
 * DTO metadata only.
 */
const jsonIndex = process.argv.indexOf('--json');
const jsonFile = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;
const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'error' });
const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), { preview: true, logger: false, abortOnError: false });
const document = createOpenApiDocument(app);
await app.close();
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(API_TYPES_FILE, await renderApiTypes(document));
process.stdout.write(`${API_TYPES_FILE} written from the OpenAPI document (${Object.keys(document.paths).length} paths)\n`);
