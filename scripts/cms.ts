/**
 * `npm run cms`: the Astro dev server at http://localhost:4321 (pages reload as content
 * changes) together with decap-server, so http://localhost:4321/admin/ edits content/ here:
 * a saved entry is a changed file under content/, ready to commit. Ctrl-C stops both.
 * PORT changes the site's port; DECAP_SERVER_PORT decap-server's (8081). When 8081 is taken
 * and no port was asked for, a free one is used and handed to the dev server, which renders
 * it into /admin/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { configuredDecapPort, freePort, isPortFree, startDecapServer, type DecapServer } from './lib/decap-server.ts';

let decap: DecapServer | undefined;
let astro: ChildProcess | undefined;
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  decap?.stop();
  if (astro && astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
  process.exitCode = code;
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
  process.exit(1);
}

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
astro = spawn(process.execPath, [astroBin, 'dev', '--port', process.env['PORT'] ?? '4321'], {
  stdio: 'inherit',
  // The dev server renders /admin/ on each request and passes this port to the CMS.
  env: { ...process.env, DECAP_SERVER_PORT: String(decap.port) },
});
for (const [name, child] of [
  ['decap-server', decap.process],
  ['astro dev', astro],
] as const) {
  child.on('exit', (code) => {
    if (!stopping) console.error(`${name} stopped (code ${code}); stopping.`);
    stop(code ?? 0);
  });
}
console.log(
  `\nCMS local backend ready on port ${decap.port}: open /admin/ at the address Astro prints (saves to content/ here)\n`,
);
