/**
 * Helpers for build tests: temporary copies of the project to break on purpose, and the
 * real production build command (scripts/build.ts) run in a child process.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the project under test (the repository checkout). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a copy contains: everything the build reads, nothing it writes. */
const COPIED = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'admin', 'scripts'];

/** Caches inside node_modules that each copy keeps for itself. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/**
 * Makes a temporary copy of the project for a fixture build and returns its path.
 *
 * node_modules is not one symlink but a real folder of symlinks, one per package: the
 * packages are shared, while the caches Astro and Vite keep inside node_modules (.astro with
 * the content data store, .vite) stay private to the copy, so one copy's content can never
 * leak into another build through a shared cache.
 */
export function copyProject(from: string = PROJECT_ROOT): string {
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-fixture-'));
  try {
    for (const name of COPIED) {
      const source = join(from, name);
      if (existsSync(source)) cpSync(source, join(dir, name), { recursive: true });
    }
    const modules = join(from, 'node_modules');
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(modules)) {
      if (PRIVATE_CACHES.has(name)) continue;
      symlinkSync(join(modules, name), join(dir, 'node_modules', name));
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/** Deletes a copy made by copyProject. */
export function removeProject(dir: string): void {
  if (!dir.startsWith(join(tmpdir(), 'guong-sang-fixture-'))) throw new Error(`Refusing to delete ${dir}`);
  rmSync(dir, { recursive: true, force: true });
}

export interface BuildResult {
  /** Exit code of `node scripts/build.ts` (null when killed by a signal). */
  code: number | null;
  /** Standard output and standard error, interleaved, without colour codes. */
  output: string;
  /** Wall-clock time of the build in milliseconds. */
  ms: number;
}

/** Environment for a production build child: Vitest's test-mode variables removed. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'MODE' || key === 'NODE_OPTIONS') delete env[key];
  }
  return { ...env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * Runs the production build (`node scripts/build.ts`, the same command as `npm run build`)
 * in `dir`, with the Node binary running the tests (Node 24 from the `node` devDependency).
 */
export function runBuild(dir: string): Promise<BuildResult> {
  return runChild(dir, process.execPath, ['scripts/build.ts']);
}

/** Runs a project script (`node scripts/new-ward.ts …`) in `dir`, with the same Node and environment as runBuild. */
export function runScript(dir: string, script: string, args: readonly string[] = []): Promise<BuildResult> {
  return runChild(dir, process.execPath, [script, ...args]);
}

/**
 * Runs one line of a pipeline (`npm run build`) through the shell in `dir`, as a host's job
 * does, with the same environment as runBuild.
 */
export function runShell(
  dir: string,
  command: string,
  env: Readonly<Record<string, string>> = {},
): Promise<BuildResult> {
  return runChild(dir, '/bin/sh', ['-c', command], env);
}

function runChild(
  dir: string,
  file: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { cwd: dir, env: { ...buildEnv(), ...env }, stdio: 'pipe' });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // eslint-disable-next-line no-control-regex
      resolvePromise({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), ms: Date.now() - started });
    });
  });
}

/** Files and folders in `dir` whose names start with `prefix` (e.g. a leftover .dist-building-next). */
export function leftovers(dir: string, prefixes: readonly string[] = ['.dist-building-', '.dist-old-']): string[] {
  return readdirSync(dir).filter((name) => prefixes.some((p) => name.startsWith(p)));
}
