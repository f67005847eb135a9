import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The published packages, by directory under packages/. */
export const PUBLIC_PACKAGES = [
  'core',
  'dataset-search',
  'chart-viewer',
  'data-map',
  'market-card',
  'council-agenda',
  'data-view',
  'widgets',
  'react',
] as const;
export type PublicPackage = (typeof PUBLIC_PACKAGES)[number];

/** The packages with elements of their own (and so a manifest of their own). */
export const ELEMENT_PACKAGES = PUBLIC_PACKAGES.filter((name) => name !== 'widgets' && name !== 'react');

export interface PackageJson {
  name: string;
  version: string;
  license?: string;
  repository?: { type: string; url: string; directory?: string };
  homepage?: string;
  bugs?: { url: string };
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  customElements?: string;
  'web-types'?: string;
}

export function packageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as PackageJson;
}

/**
 * `pnpm pack` of every public package into a fresh directory (what `pnpm publish` uploads: `workspace:`
 * ranges written out, only `files`). Returns the tarball of each package, by directory.
 */
export function packAll(): Record<PublicPackage, string> {
  const destination = mkdtempSync(join(tmpdir(), 'bdw-packed-'));
  for (const dir of PUBLIC_PACKAGES) {
    execFileSync('pnpm', ['pack', '--pack-destination', destination], {
      cwd: join(ROOT, 'packages', dir),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }
  const tarballs = readdirSync(destination);
  return Object.fromEntries(
    PUBLIC_PACKAGES.map((dir) => {
      const file = tarballs.find((name) => name.startsWith(`bdw-${dir}-`));
      if (!file) throw new Error(`pnpm pack wrote no tarball for @bdw/${dir}`);
      return [dir, join(destination, file)];
    }),
  ) as Record<PublicPackage, string>;
}
