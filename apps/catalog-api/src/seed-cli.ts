import { DEFAULT_DB } from './paths.js';
import { seed } from './seed.js';

// `pnpm --filter @bdw/catalog-api seed [path] [--size N]`
const args = process.argv.slice(2);
const sizeAt = args.indexOf('--size');
const size = sizeAt >= 0 ? Number(args[sizeAt + 1]) : undefined;
const path = args.find((arg, i) => !arg.startsWith('--') && (sizeAt < 0 || i !== sizeAt + 1)) ?? DEFAULT_DB;
const report = seed(path, size ? { size } : {});
console.log(
  `${report.rebuilt ? 'Seeded' : 'Up to date:'} ${path}: ${report.packages} packages, ${report.organizations} organisations (${Math.round(report.ms)} ms)`,
);
