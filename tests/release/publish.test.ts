import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_PACKAGES, ROOT } from '../support/packages.js';

/**
 * The release path without publishing: every public package packs what users need (built
 * JS, types, the custom-elements manifest, README) and nothing else, and `pnpm publish -r
 * --dry-run` goes through for all of them.
 */
const PACKAGES = PUBLIC_PACKAGES;

function packedFiles(pkg: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: `${ROOT}packages/${pkg}`,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
}

describe('release', () => {
  it.each(PACKAGES)('@bdw/%s packs dist, types, manifest and README, without sources or tests', (pkg) => {
    const files = packedFiles(pkg);
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files.some((f) => /^dist\/.+\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^dist\/.+\.d\.ts$/.test(f))).toBe(true);
    // @bdw/widgets ships the merged manifest; @bdw/react has no elements of its own.
    if (pkg !== 'react') expect(files).toContain('custom-elements.json');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => /^(src|test|stories|bench)\//.test(f))).toEqual([]);
  });

  it("ships core's data worker as one self-contained file, as bundlers copy it as an asset", () => {
    const worker = readFileSync(`${ROOT}packages/core/dist/data/load/data.worker.js`, 'utf8');
    // No import left to resolve next to a copied asset (Vite, webpack 5), and papaparse is inside.
    expect(worker).not.toMatch(/\bimport\s*[{*"'\w]|\bimport\(/);
    expect(worker).toContain('papaparse');
  });

  it('pnpm publish -r --dry-run goes through for every public package', () => {
    const out = execFileSync('pnpm', ['publish', '-r', '--dry-run', '--no-git-checks'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_loglevel: 'warn' },
    });
    for (const pkg of PACKAGES) expect(out).toContain(`@bdw/${pkg}@`);
  }, 120_000);
});
