/**
 * `npm run cms`: the Astro dev server at http://localhost:4321 (pages reload as content
 * changes) together with decap-server, so http://localhost:4321/admin/ edits content/ here.
 * Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDecapServer } from './lib/decap-server.ts';

const decap = startDecapServer(process.cwd());
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astro = spawn(process.execPath, [astroBin, 'dev', '--port', process.env['PORT'] ?? '4321'], { stdio: 'inherit' });
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  decap.stop();
  if (astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
  process.exitCode = code;
}

for (const [name, child] of [
  ['decap-server', decap.process],
  ['astro dev', astro],
] as const) {
  child.on('exit', (code) => {
    if (!stopping) console.error(`${name} stopped (code ${code}); stopping.`);
    stop(code ?? 0);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

decap.ready.then(
  () => console.log('\nCMS local backend ready: open /admin/ at the address Astro prints (saves to content/ here)\n'),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    stop(1);
  },
);
