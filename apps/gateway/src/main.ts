import { fileURLToPath } from 'node:url';
import { createGateway, staticMount, type Mount } from './server.js';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const port = Number(process.env['PORT'] ?? 8080);
const host = process.env['HOST'] ?? '0.0.0.0';

const mounts = [staticMount('/storybook/', root('storybook-static'), 'Storybook')].filter(
  (mount): mount is Mount => mount !== null,
);

const server = createGateway(mounts, '/storybook/');
server.listen(port, host, () => {
  console.log(`Big-Data Wave widgets on http://localhost:${port}/`);
  for (const mount of mounts) console.log(`  ${mount.label.padEnd(12)} http://localhost:${port}${mount.prefix}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
