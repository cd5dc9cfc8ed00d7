/**
 * `npm start` (after `npm run build`): the built site at http://localhost:4321 and the CMS
 * at http://localhost:4321/admin/, saving to content/ in this folder through decap-server.
 * Ctrl-C stops both. PORT changes the site's port; DECAP_SERVER_PORT decap-server's (8081).
 * When 8081 is taken and no port was asked for, decap-server takes a free one and the CMS
 * address printed below names it (/admin/?decap-port=…).
 */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';
import {
  DECAP_PORT_PARAM,
  DEFAULT_DECAP_PORT,
  configuredDecapPort,
  freePort,
  isPortFree,
  startDecapServer,
  type DecapServer,
} from './lib/decap-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site yet: run `npm run build` first.');
  process.exit(1);
}

const { server, url } = await serveStatic('dist', Number(process.env['PORT'] ?? 4321));
let decap: DecapServer | undefined;
let stopping = false;

function stop(code: number): void {
  stopping = true;
  decap?.stop();
  server.close();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  const wanted = configuredDecapPort();
  const port =
    process.env['DECAP_SERVER_PORT'] === undefined && !(await isPortFree(wanted)) ? await freePort() : wanted;
  decap = await startDecapServer(process.cwd(), { port });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  stop(1);
}
decap?.process.on('exit', (code) => {
  if (stopping) return;
  console.error(`decap-server stopped (code ${code}); the CMS can no longer save. Stopping.`);
  stop(1);
});
// The built /admin/ page looks for decap-server on 8081 unless its address names another port.
const admin = decap && decap.port !== DEFAULT_DECAP_PORT ? `/admin/?${DECAP_PORT_PARAM}=${decap.port}` : '/admin/';
console.log(`\nSite:  ${url}/`);
console.log(`CMS:   ${url}${admin}   (saves to content/ in ${process.cwd()})`);
console.log('Press Ctrl-C to stop.\n');
