import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PACKAGES, ROOT, packAll, type PackageJson, type PublicPackage } from '../support/packages.js';

/**
 * What `npm i @bdw/…` gets, checked on the tarballs `pnpm pack` writes (as `pnpm publish` would upload them):
 * publint --strict and "are the types wrong" (esm-only profile) report nothing; metadata, licence and ranges
 * are there; no exact pins a user's own chart.js or lit would clash with.
 */
let tarballs: Record<PublicPackage, string>;
const contents = new Map<PublicPackage, { pkg: PackageJson; files: Map<string, string> }>();
const attw = new Map<PublicPackage, Promise<{ status: number; output: string }>>();
const run = promisify(execFile);

beforeAll(() => {
  tarballs = packAll();
  for (const dir of PUBLIC_PACKAGES) {
    const unpacked = mkdtempSync(join(tmpdir(), `bdw-unpacked-${dir}-`));
    execFileSync('tar', ['-xzf', tarballs[dir], '-C', unpacked]);
    const base = join(unpacked, 'package');
    const names = readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(base.length + 1));
    const text = new Map(names.map((name) => [name, readFileSync(join(base, name), 'utf8')]));
    contents.set(dir, { pkg: JSON.parse(text.get('package.json')!) as PackageJson, files: text });
  }
  // "Are the types wrong" takes seconds per package: two at a time (one per core), each test awaits its own.
  const lanes = [Promise.resolve(), Promise.resolve()];
  PUBLIC_PACKAGES.forEach((dir, i) => {
    const result = lanes[i % 2]!.then(() => runAttw(dir));
    lanes[i % 2] = result.then(() => undefined);
    attw.set(dir, result);
  });
}, 60_000);

/** attw on a tarball; exits non-zero when it finds a problem. */
function runAttw(dir: PublicPackage): Promise<{ status: number; output: string }> {
  const { pkg } = contents.get(dir)!;
  // CSS entry points (core's themes) are not modules TypeScript resolves; attw would call them unresolvable.
  const css = Object.keys(pkg.exports).filter((key) => key.endsWith('.css'));
  const args = [tarballs[dir], '--profile', 'esm-only', '--format', 'ascii', '--no-color'];
  if (css.length) args.push('--exclude-entrypoints', ...css);
  return run(join(ROOT, 'tests/node_modules/.bin/attw'), args, { encoding: 'utf8' }).then(
    ({ stdout }) => ({ status: 0, output: stdout }),
    (error: { code: number; stdout: string }) => ({ status: error.code, output: error.stdout }),
  );
}

describe('published packages', () => {
  it.each(PUBLIC_PACKAGES)('@bdw/%s: publint --strict finds nothing', async (dir) => {
    const buffer = readFileSync(tarballs[dir]);
    const { messages, pkg } = await publint({
      pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer },
      strict: true,
      level: 'suggestion',
    });
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });

  it.each(PUBLIC_PACKAGES)(
    '@bdw/%s: attw --profile esm-only finds nothing',
    async (dir) => {
      const { status, output } = await attw.get(dir)!;
      expect({
        status,
        problems: output.split('\n').filter((line) => /💀|❌|⚠️|🐛|🥴|❗/u.test(line) && !line.includes('(ignored')),
      }).toEqual({ status: 0, problems: [] });
    },
    120_000,
  );

  it.each(PUBLIC_PACKAGES)('@bdw/%s: repository, homepage, bugs and the MIT LICENSE', (dir) => {
    const { pkg, files } = contents.get(dir)!;
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe(root.license);
    expect(pkg.repository).toEqual({
      type: 'git',
      url: expect.stringMatching(/^git\+https:\/\/.+\.git$/),
      directory: `packages/${dir}`,
    });
    expect(new URL(pkg.homepage!).protocol).toBe('https:');
    expect(new URL(pkg.bugs!.url).protocol).toBe('https:');
    expect(files.get('LICENSE')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    expect(files.get('LICENSE')).toMatch(/^MIT License/);
  });

  it.each(PUBLIC_PACKAGES)('@bdw/%s: dependencies and peers are ranges, not exact pins', (dir) => {
    const { pkg } = contents.get(dir)!;
    const pinned = Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies }).filter(
      ([, range]) => /^\d/.test(range) || range.startsWith('workspace:'),
    );
    expect(pinned).toEqual([]);
  });

  it('takes a chart.js and Leaflet the page already has (chart.js ^4.4, leaflet ^1.9, lit ^3.1)', () => {
    const chart = contents.get('chart-viewer')!.pkg;
    expect(chart.peerDependencies?.['chart.js']).toBe('^4.4.0');
    expect(contents.get('data-map')!.pkg.peerDependencies?.leaflet).toBe('^1.9.0');
    for (const dir of PUBLIC_PACKAGES.filter((d) => d !== 'react')) {
      expect(contents.get(dir)!.pkg.dependencies?.lit, dir).toBe('^3.1.0');
    }
  });

  it("ships core's data worker and the map's worker as ES modules (they start as module workers)", () => {
    const workers = PUBLIC_PACKAGES.flatMap((dir) =>
      [...contents.get(dir)!.files]
        // Package workers (not the CDN's: those are chunks of its bundle, not files a bundler copies).
        .filter(([name]) => /^dist\/(?!cdn\/)(?:[^/]+\/)*[^/]+\.worker\.js$/.test(name))
        .map(([name, code]) => ({ name: `${dir}/${name}`, code })),
    );
    expect(workers.map((w) => w.name).sort()).toEqual([
      'core/dist/data/load/data.worker.js',
      'data-map/dist/points.worker.js',
    ]);
    for (const worker of workers) expect(worker.code, worker.name).toMatch(/export\s*\{\s*\};?\s*$/);
  });

  it.each(PUBLIC_PACKAGES.filter((dir) => dir !== 'react'))(
    '@bdw/%s exports its manifest and the generated editor and framework files',
    (dir) => {
      const { pkg, files } = contents.get(dir)!;
      for (const subpath of [
        './custom-elements.json',
        './web-types.json',
        './vscode.html-custom-data.json',
        './vscode.css-custom-data.json',
      ]) {
        const target = pkg.exports[subpath] as string;
        expect(files.has(target.replace(/^\.\//, '')), `${subpath} → ${target}`).toBe(true);
      }
      for (const subpath of ['./jsx', './vue']) {
        const target = (pkg.exports[subpath] as { types: string }).types;
        expect(files.get(target.replace(/^\.\//, '')), subpath).toContain('IntrinsicElements');
      }
      expect(files.has(pkg['web-types']!.replace(/^\.\//, ''))).toBe(true);
      expect(pkg.customElements).toBe('custom-elements.json');
    },
  );
});
