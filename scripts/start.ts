/**
 * `npm start` (after `npm run build`): the built site at http://localhost:4321 and the CMS
 * at http://localhost:4321/admin/, saving to content/ in this folder through decap-server.
 * Ctrl-C stops both. PORT changes the site's port.
 */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';
import { startDecapServer } from './lib/decap-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site yet: run `npm run build` first.');
  process.exit(1);
}

const { server, url } = await serveStatic('dist', Number(process.env['PORT'] ?? 4321));
const decap = startDecapServer(process.cwd());
let stopping = false;

function stop(code: number): void {
  stopping = true;
  decap.stop();
  server.close();
  process.exit(code);
}

decap.process.on('exit', (code) => {
  if (stopping) return;
  console.error(`decap-server stopped (code ${code}); the CMS can no longer save. Stopping.`);
  stop(1);
});
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  await decap.ready;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  stop(1);
}
console.log(`\nSite:  ${url}/`);
console.log(`CMS:   ${url}/admin/   (saves to content/ in ${process.cwd()})`);
console.log('Press Ctrl-C to stop.\n');
