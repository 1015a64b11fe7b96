import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WEB_DIST_DIR } from '../web/serve-web-app.js';

/** The source of the public pages' stylesheet and enhancement script in the Vite build (web/vite.config.ts). */
export const PUBLIC_ENTRY = 'src/public/public-site.ts';

export interface PublicAssets {
  styles: string[];
  script: string | null;
}

interface ManifestChunk {
  file: string;
  css?: string[];
}

/**
 * The hashed file names of the public entry, from Vite's manifest. Without a build (API-only
 * tests, the Vite dev server) the pages are still complete HTML, only unstyled.
 */
export function readPublicAssets(directory = resolve(WEB_DIST_DIR)): PublicAssets {
  const manifestFile = join(directory, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return { styles: [], script: null };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const entry = manifest[PUBLIC_ENTRY];
  if (!entry) return { styles: [], script: null };
  return { styles: (entry.css ?? []).map((file) => `/${file}`), script: `/${entry.file}` };
}
