/**
 * Starts decap-server, the local backend through which /admin/ on localhost reads and
 * writes content/ on this computer (used by `npm start` and `npm run cms`).
 * MODE is always set: Vitest and other tools put their own MODE in the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CMS looks for its local backend here (Decap's default for `local_backend: true`). */
export const DECAP_SERVER_PORT = 8081;
export const DECAP_SERVER_URL = `http://localhost:${DECAP_SERVER_PORT}/api/v1`;

export interface DecapServer {
  process: ChildProcess;
  /** Resolves once the server answers, rejects if it exits or does not answer in time. */
  ready: Promise<void>;
  stop(): void;
}

/** Runs decap-server in file-system mode on `root` (the project folder). */
export function startDecapServer(root: string, options: { quiet?: boolean } = {}): DecapServer {
  const script = fileURLToPath(import.meta.resolve('decap-server'));
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      MODE: 'fs',
      PORT: String(DECAP_SERVER_PORT),
      // Only this computer: the server writes files for whoever asks.
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: root,
      LOG_LEVEL: process.env['DECAP_LOG_LEVEL'] ?? 'info',
    },
    stdio: options.quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 15_000;
    const onExit = (code: number | null) => reject(new Error(`decap-server exited (code ${code}) before it was ready`));
    child.once('exit', onExit);
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${DECAP_SERVER_PORT}/api/v1`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'info' }),
        });
        if (res.ok) {
          child.off('exit', onExit);
          resolve();
          return;
        }
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.off('exit', onExit);
        reject(new Error(`decap-server did not answer on port ${DECAP_SERVER_PORT}`));
      } else setTimeout(poll, 200);
    };
    void poll();
  });
  return {
    process: child,
    ready,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
