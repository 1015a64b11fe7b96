import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { NextFunction, Request, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images, PDFs and office files are compressed already. */
const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|javascript|xml|ld\+json|atom\+xml|rss\+xml|manifest\+json|problem\+json)|image\/svg\+xml)/i;
/** Below this the headers and the compressor's frame cost more than they save. */
const MIN_BYTES = 1024;
/** Compressed bodies kept by their ETag (a hash of the content), so a file or page is compressed once. */
const CACHE_MAX_BYTES = 32 * 1024 * 1024;

export type ContentEncoding = 'br' | 'gzip';

/** The encoding to answer with: Brotli when the client takes it, else gzip, else none (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number.parseFloat(q.slice(2)) || 0 : 1);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

class CompressedCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  get(key: string): Buffer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so the oldest entry is the first one evicted.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: Buffer): void {
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldKey, oldValue] of this.entries) {
      if (this.bytes <= CACHE_MAX_BYTES) break;
      this.entries.delete(oldKey);
      this.bytes -= oldValue.length;
    }
  }
}

function compress(body: Buffer, encoding: ContentEncoding, immutable: boolean): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: immutable ? 9 : 6 });
  // Quality 11 takes ~100x longer than 5: only for hashed assets, compressed once and cached.
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: immutable ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

function appendVary(response: Response): void {
  const vary = String(response.getHeader('Vary') ?? '');
  if (!/accept-encoding/i.test(vary)) response.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

type WriteArguments = [chunk: unknown, encodingOrCallback?: unknown, callback?: unknown];

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/**
 * Brotli or gzip for text responses (pages, JSON, scripts, styles, SVG, XML) with Node's own zlib.
 * The body is collected and compressed whole — every text response here is small and finite —
 * so Content-Length stays exact and a body with an ETag is compressed only once. See docs/decisions/0017.
 */
export function compressTextResponses() {
  const cache = new CompressedCache();
  return (request: Request, response: Response, next: NextFunction) => {
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding || request.method === 'HEAD') return next();
    appendVary(response);

    const originalWrite = response.write.bind(response) as (...args: unknown[]) => boolean;
    const originalEnd = response.end.bind(response) as (...args: unknown[]) => Response;
    const chunks: Buffer[] = [];
    let compressing: boolean | undefined;

    const decide = (): boolean => {
      if (compressing !== undefined) return compressing;
      const type = String(response.getHeader('Content-Type') ?? '');
      const cacheControl = String(response.getHeader('Cache-Control') ?? '');
      compressing =
        response.statusCode !== 204 &&
        response.statusCode !== 304 &&
        !response.getHeader('Content-Encoding') &&
        !/no-transform/i.test(cacheControl) &&
        COMPRESSIBLE_TYPE.test(type);
      return compressing;
    };

    response.write = ((...args: WriteArguments) => {
      if (!decide()) return originalWrite(...args);
      chunks.push(toBuffer(args[0], args[1]));
      const callback = typeof args[1] === 'function' ? args[1] : args[2];
      if (typeof callback === 'function') process.nextTick(callback as () => void);
      return true;
    }) as Response['write'];

    response.end = ((...args: WriteArguments) => {
      if (!decide()) return originalEnd(...args);
      const [chunk, encodingOrCallback] = args;
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encodingOrCallback));
      const body = Buffer.concat(chunks);
      if (body.length < MIN_BYTES) {
        response.setHeader('Content-Length', body.length);
        return originalEnd(body);
      }
      const etag = response.getHeader('ETag');
      const immutable = /immutable/i.test(String(response.getHeader('Cache-Control') ?? ''));
      const key = etag ? `${encoding} ${request.path} ${String(etag)}` : null;
      const cached = key ? cache.get(key) : undefined;
      const finish = (compressed: Buffer) => {
        if (key && !cached) cache.set(key, compressed);
        response.setHeader('Content-Encoding', encoding);
        response.setHeader('Content-Length', compressed.length);
        originalEnd(compressed);
      };
      if (cached) finish(cached);
      else
        compress(body, encoding, immutable).then(finish, () => {
          response.setHeader('Content-Length', body.length);
          originalEnd(body);
        });
      return response;
    }) as Response['end'];

    next();
  };
}
