const MAX_ENTRIES = 2000;

/**
 * Rendered pages by a key that names everything they show (slug, language, the listing's last
 * change, its re-assessment status, the footer's contact address), so an entry is never stale:
 * a change makes a new key, and old keys age out. Saves the detail query, the theme names and
 * the rendering on every repeated visit (see bench/public-pages.ts and docs/decisions/0017).
 */
export class RenderedPageCache {
  private readonly entries = new Map<string, string>();

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  set(key: string, html: string): void {
    this.entries.set(key, html);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/** A value read at most once per `ttlMs` (theme names, the contact address): they change rarely. */
export class Expiring<T> {
  private value: { data: T; until: number } | null = null;

  constructor(
    private readonly ttlMs: number,
    private readonly load: () => Promise<T>,
  ) {}

  async get(): Promise<T> {
    if (this.value && this.value.until > Date.now()) return this.value.data;
    const data = await this.load();
    this.value = { data, until: Date.now() + this.ttlMs };
    return data;
  }

  forget(): void {
    this.value = null;
  }
}

/** Values by key, each kept for `ttlMs` after it was read (a listing's version per slug). */
export class ShortLived<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  constructor(private readonly ttlMs: number) {}

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await load();
    this.entries.delete(key);
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
