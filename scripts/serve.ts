/** Serves the built site from dist/ at http://localhost:4321 (PORT overrides). */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site yet: run `npm run build` first.');
  process.exit(1);
}
const { url } = await serveStatic('dist', Number(process.env.PORT ?? 4321));
console.log(`Site served at ${url}/`);
