import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_STORAGE, InvalidStorageKeyError } from './file-storage.js';
import { FilesystemStorage } from './filesystem-storage.js';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** All files under dir, as paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1));
}

describe('FilesystemStorage', () => {
  let root: string;
  let storage: FilesystemStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'erk-storage-'));
    storage = new FilesystemStorage(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('exports a DI token', () => {
    expect(typeof FILE_STORAGE).toBe('symbol');
  });

  it('round-trips content with its sha256 and size', async () => {
    const data = Buffer.from('%PDF-1.4 handboek \u00e9\n'.repeat(1000), 'utf8');
    const stored = await storage.put(data);
    expect(stored.size).toBe(data.length);
    expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(await storage.read(stored.key)).toEqual(data);
    expect(await collect(storage.stream(stored.key))).toEqual(data);
    expect(await storage.exists(stored.key)).toBe(true);
  });

  it('stores empty files too', async () => {
    const stored = await storage.put(Buffer.alloc(0));
    expect(stored.size).toBe(0);
    expect(stored.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await storage.read(stored.key)).toEqual(Buffer.alloc(0));
  });

  it('generates distinct UUID keys with a two-level fan-out, independent of the content', async () => {
    const a = await storage.put(Buffer.from('same'));
    const b = await storage.put(Buffer.from('same'));
    expect(a.key).not.toBe(b.key);
    for (const { key } of [a, b]) {
      const uuid = key.split('/')[2];
      expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
      expect(key.startsWith(`${uuid.slice(0, 2)}/${uuid.slice(2, 4)}/`)).toBe(true);
      expect(await readFile(join(root, key), 'utf8')).toBe('same');
    }
  });

  it('writes atomically: no temp files left, file mode 0640 at most', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => storage.put(Buffer.from(`doc ${i}`))));
    const files = await listFiles(root);
    expect(files.sort()).toEqual(results.map((r) => r.key).sort());
    const mode = (await stat(join(root, results[0].key))).mode & 0o777;
    expect(mode & ~0o640).toBe(0); // never group-writable, world-readable or executable
    expect(mode & 0o600).toBe(0o600);
  });

  it('removes the temp file when a write fails', async () => {
    await expect(storage.put(12345 as unknown as Buffer)).rejects.toThrow();
    expect(await listFiles(root)).toEqual([]);
  });

  it('puts a file back under a key it generated (a restore), and refuses any other key', async () => {
    const { key } = await storage.put(Buffer.from('original'));
    const elsewhere = new FilesystemStorage(join(root, 'restored'));
    expect(await elsewhere.putAt(key, Buffer.from('original'))).toMatchObject({ key, size: 8 });
    expect(await elsewhere.read(key)).toEqual(Buffer.from('original'));
    await expect(elsewhere.putAt('../../etc/passwd', Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it('deletes, idempotently', async () => {
    const { key } = await storage.put(Buffer.from('to delete'));
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
    await expect(storage.read(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a missing file on the stream as an ENOENT error', async () => {
    const missing = 'ab/cd/abcd1234-5678-4abc-8def-0123456789ab';
    await expect(collect(storage.stream(missing))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await storage.exists(missing)).toBe(false);
  });

  describe('refuses keys it did not generate', () => {
    const badKeys = [
      '../../etc/passwd',
      '/etc/passwd',
      'ab/cd/../../../etc/passwd',
      'ab/cd/abcd1234-5678-4abc-8def-0123456789ab/../x',
      'ab/cd/abcd1234-5678-4abc-8def-0123456789ab\n',
      'ab\\cd\\abcd1234-5678-4abc-8def-0123456789ab',
      'AB/CD/ABCD1234-5678-4ABC-8DEF-0123456789AB',
      'ff/cd/abcd1234-5678-4abc-8def-0123456789ab', // fan-out does not match the UUID
      'ab/cd/.abcd1234-5678-4abc-8def-0123456789ab.1.tmp',
      'abcd1234-5678-4abc-8def-0123456789ab',
      '',
    ];

    it.each(badKeys)('%j', async (key) => {
      await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      expect(() => storage.stream(key)).toThrow(InvalidStorageKeyError);
    });

    it('does not touch files outside the root', async () => {
      const outside = join(root, '..', `erk-outside-${process.pid}`);
      await writeFile(outside, 'secret');
      try {
        await expect(storage.delete(`../erk-outside-${process.pid}`)).rejects.toThrow(InvalidStorageKeyError);
        expect(await readFile(outside, 'utf8')).toBe('secret');
      } finally {
        await rm(outside, { force: true });
      }
    });
  });
});
