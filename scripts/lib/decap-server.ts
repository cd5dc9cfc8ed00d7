/**
 * Starts decap-server, the local backend through which /admin/ on localhost reads and
 * writes content/ on this computer (used by `npm start`, `npm run cms` and the browser tests).
 *
 * Mode "fs" (the default) writes the files directly: what an editor saves is at once in
 * content/, ready for `git commit`. Mode "git" commits instead and supports Decap's editorial
 * workflow (draft → in review → ready) on local branches; the browser tests use it to check
 * the review step on a throw-away repository.
 * MODE is always set: Vitest and other tools put their own MODE in the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DECAP_PORT, DECAP_PORT_PARAM, decapPortFromEnv } from '../../admin/local-backend.ts';

export { DEFAULT_DECAP_PORT, DECAP_PORT_PARAM };

export interface DecapServer {
  process: ChildProcess;
  port: number;
  /** The API address, as the CMS calls it. */
  url: string;
  stop(): void;
}

export interface DecapServerOptions {
  /** Port to listen on: DECAP_SERVER_PORT, else 8081. */
  port?: number;
  mode?: 'fs' | 'git';
  /** Discard the server's log instead of showing it. */
  quiet?: boolean;
}

/** True when nothing listens on `port` of 127.0.0.1. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A port nothing listens on now, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** The port the scripts use: DECAP_SERVER_PORT, else 8081. */
export function configuredDecapPort(): number {
  return decapPortFromEnv(process.env) ?? DEFAULT_DECAP_PORT;
}

async function answers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Runs decap-server on `root` (the project folder) and resolves once it answers. Fails at
 * once, naming the port, when something else already listens there.
 */
export async function startDecapServer(root: string, options: DecapServerOptions = {}): Promise<DecapServer> {
  const port = options.port ?? configuredDecapPort();
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} is already in use (another \`npm start\` or \`npm run cms\`?). ` +
        `Stop it, or choose another port: DECAP_SERVER_PORT=8082 npm start`,
    );
  }
  const script = fileURLToPath(import.meta.resolve('decap-server'));
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      MODE: options.mode ?? 'fs',
      PORT: String(port),
      // Only this computer: the server writes files for whoever asks.
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: root,
      LOG_LEVEL: process.env['DECAP_LOG_LEVEL'] ?? 'info',
    },
    stdio: options.quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 15_000;
    const onExit = (code: number | null) => reject(new Error(`decap-server exited (code ${code}) before it was ready`));
    child.once('exit', onExit);
    const poll = async () => {
      if (await answers(port)) {
        child.off('exit', onExit);
        resolve();
      } else if (Date.now() > deadline) {
        child.off('exit', onExit);
        stop();
        reject(new Error(`decap-server did not answer on port ${port}`));
      } else setTimeout(poll, 200);
    };
    void poll();
  });
  return { process: child, port, url: `http://localhost:${port}/api/v1`, stop };
}
