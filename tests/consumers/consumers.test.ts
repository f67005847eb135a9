import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, packAll } from '../support/packages.js';

/**
 * Fresh apps as a new user writes them, installed from the packed tarballs (what npm would give them), with no
 * declaration of their own: a strict React 19 TSX app, a Vue 3 app checked by vue-tsc with strictTemplates and a
 * plain TypeScript app. Their code type-checks, and each mistake in `errors/` (a misspelt attribute or prop, a
 * wrong `event.detail` field, a value outside a choice type, an unknown tag) fails with its own error.
 */
const APPS = ['react-app', 'vue-app', 'ts-app'] as const;
type App = (typeof APPS)[number];

interface Diagnostic {
  file: string;
  code: string;
  message: string;
}

const run = promisify(execFile);
const versions = (file: string) =>
  (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;

/** `file(line,col): error TSxxxx: message` and its indented continuation lines. */
function parseDiagnostics(output: string, app: App): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line);
    if (match) diagnostics.push({ file: match[1]!.replace(`${app}/`, ''), code: match[2]!, message: match[3]! });
    else if (line.startsWith('  ') && diagnostics.length) diagnostics.at(-1)!.message += ` ${line.trim()}`;
  }
  return diagnostics;
}

let checked: Record<App, Promise<Diagnostic[]>>;
/** One compile per app runs while the others wait: about 10–20 s each on a quiet machine, more on a busy one. */
const COMPILE_TIMEOUT = 240_000;

beforeAll(async () => {
  const tarballs = packAll();
  const dir = mkdtempSync(join(tmpdir(), 'bdw-consumers-'));
  const bdw = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [`@bdw/${name}`, `file:${file}`]));
  const tests = versions('tests/package.json');
  const root = versions('package.json');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'bdw-consumers',
      private: true,
      type: 'module',
      dependencies: {
        ...bdw,
        'chart.js': root['chart.js'] ?? '^4.4.0',
        leaflet: '^1.9.0',
        react: tests.react,
        'react-dom': tests['react-dom'],
        vue: tests.vue,
      },
      devDependencies: {
        '@types/leaflet': '^1.9.0',
        '@types/react': tests['@types/react'],
        '@types/react-dom': tests['@types/react-dom'],
        typescript: root.typescript,
        'vue-tsc': tests['vue-tsc'],
      },
    }),
  );
  // The tarballs depend on each other by version (^0.1.0), which the registry does not have yet.
  writeFileSync(
    join(dir, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(bdw)
      .map(([name, spec]) => `  '${name}': '${spec}'`)
      .join('\n')}\n`,
  );
  await run('pnpm', ['install', '--prefer-offline', '--ignore-scripts', '--reporter', 'silent'], { cwd: dir });
  for (const app of APPS) cpSync(join(ROOT, 'tests/consumers', app), join(dir, app), { recursive: true });

  const check = async (app: App): Promise<Diagnostic[]> => {
    const bin = join(dir, 'node_modules/.bin', app === 'vue-app' ? 'vue-tsc' : 'tsc');
    // tsconfig.errors.json = the app's own tsconfig over src/ and errors/ together: one compile per app.
    const args = ['-p', `${app}/tsconfig.errors.json`, '--pretty', 'false'];
    const output = await run(bin, args, { cwd: dir }).then(
      ({ stdout }) => stdout,
      (error: { stdout: string }) => error.stdout,
    );
    return parseDiagnostics(output, app);
  };
  checked = { 'react-app': check('react-app'), 'vue-app': check('vue-app'), 'ts-app': check('ts-app') };
}, 120_000);

const inSources = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.file.startsWith('src/'));
const inErrors = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.file.startsWith('errors/')).sort((a, b) => a.file.localeCompare(b.file));

describe('consumer apps from the packed packages', () => {
  it.each(APPS)(
    '%s type-checks with no declaration of its own',
    async (app) => {
      expect(inSources(await checked[app])).toEqual([]);
    },
    COMPILE_TIMEOUT,
  );

  it(
    'React 19 TSX: a misspelt attribute or prop, a wrong detail field and a wrong choice fail',
    async () => {
      expect(inErrors(await checked['react-app'])).toEqual([
        {
          file: 'errors/misspelt-attribute.tsx',
          code: 'TS2322',
          message: expect.stringContaining("Property 'facetz' does not exist on type"),
        },
        {
          file: 'errors/wrapper-misspelt-prop.tsx',
          code: 'TS2322',
          message: expect.stringContaining("Property 'facetz' does not exist on type"),
        },
        {
          file: 'errors/wrapper-wrong-event-detail.tsx',
          code: 'TS2551',
          message: "Property 'querry' does not exist on type 'BdwSearchDetail'. Did you mean 'query'?",
        },
        {
          file: 'errors/wrong-choice.tsx',
          code: 'TS2820',
          message: `Type '"bars"' is not assignable to type 'ChartType | undefined'. Did you mean '"bar"'?`,
        },
        {
          file: 'errors/wrong-event-detail.tsx',
          code: 'TS2551',
          message: "Property 'querry' does not exist on type 'BdwSearchDetail'. Did you mean 'query'?",
        },
      ]);
    },
    COMPILE_TIMEOUT,
  );

  it(
    'Vue 3 strictTemplates: a misspelt attribute, a wrong detail field and a wrong choice fail',
    async () => {
      expect(inErrors(await checked['vue-app'])).toEqual([
        {
          file: 'errors/MisspeltAttribute.vue',
          code: 'TS2561',
          message: expect.stringContaining("but 'facetz' does not exist in type"),
        },
        {
          file: 'errors/WrongChoice.vue',
          code: 'TS2820',
          message: `Type '"bars"' is not assignable to type 'ChartType | undefined'. Did you mean '"bar"'?`,
        },
        {
          file: 'errors/WrongEventDetail.vue',
          code: 'TS2551',
          message: "Property 'querry' does not exist on type 'BdwSearchDetail'. Did you mean 'query'?",
        },
      ]);
    },
    COMPILE_TIMEOUT,
  );

  it(
    "plain TS: events typed from a tag's own module; a misspelt property, a wrong detail and an unknown CDN tag fail",
    async () => {
      expect(inErrors(await checked['ts-app'])).toEqual([
        {
          file: 'errors/cdn-unknown-tag.ts',
          code: 'TS2345',
          // the parameter type is printed as the union of the CDN's tags or by its name, as TypeScript chooses
          message: expect.stringMatching(
            /^Argument of type '"bdw-dataset-serch"' is not assignable to parameter of type /,
          ),
        },
        {
          file: 'errors/misspelt-property.ts',
          code: 'TS2551',
          message: "Property 'pageSise' does not exist on type 'BdwDatasetSearch'. Did you mean 'pageSize'?",
        },
        {
          file: 'errors/wrong-event-detail.ts',
          code: 'TS2551',
          message: "Property 'querry' does not exist on type 'BdwSearchDetail'. Did you mean 'query'?",
        },
      ]);
    },
    COMPILE_TIMEOUT,
  );
});
