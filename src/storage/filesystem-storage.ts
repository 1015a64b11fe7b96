import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type FileStorage, InvalidStorageKeyError, type StoredFile } from './file-storage.js';

/**
 * Key = `ab/cd/<uuid v4>` where `ab` and `cd` are the first four hex digits of the UUID
 * (two-level fan-out keeps directories small). The back-references make the format exact.
 */
const KEY_PATTERN =
  /^([0-9a-f]{2})\/([0-9a-f]{2})\/\1\2[0-9a-f]{4}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const FILE_MODE = 0o640;
const DIR_MODE = 0o750;

/** Stores files under `rootDir`; writes are atomic (temp file in the target directory + rename). */
export class FilesystemStorage implements FileStorage {
  private readonly root: string;

  constructor(rootDir: string) {
    if (!rootDir) throw new Error('FilesystemStorage needs a root directory');
    this.root = resolve(rootDir);
  }

  async put(data: Buffer): Promise<StoredFile> {
    const uuid = randomUUID();
    return this.putAt(`${uuid.slice(0, 2)}/${uuid.slice(2, 4)}/${uuid}`, data);
  }

  /**
   * Writes `data` under a key this storage generated earlier (a restore puts the files of a backup
   * back under their own keys); a malformed key is refused, so a backup cannot write outside the root.
   */
  async putAt(key: string, data: Buffer): Promise<StoredFile> {
    const target = this.pathOf(key);
    const [fanOut1, fanOut2, uuid] = key.split('/');
    const dir = join(this.root, fanOut1, fanOut2);
    await mkdir(dir, { recursive: true, mode: DIR_MODE });

    // The temp name starts with a dot, so it can never match KEY_PATTERN (never readable as a key).
    const temp = join(dir, `.${uuid}.${process.pid}.tmp`);
    const handle = await open(temp, 'wx', FILE_MODE);
    try {
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    return { key, sha256: createHash('sha256').update(data).digest('hex'), size: data.length };
  }

  async read(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  stream(key: string): NodeJS.ReadableStream {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }

  async exists(key: string): Promise<boolean> {
    const path = this.pathOf(key);
    return access(path).then(
      () => true,
      () => false,
    );
  }

  /** The only place a key becomes a path: validated strictly first. */
  private pathOf(key: string): string {
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw new InvalidStorageKeyError(key);
    return join(this.root, ...key.split('/'));
  }
}
