/**
 * Runs a command as a child process and measures it: wall-clock time, peak memory of the
 * whole process tree (the resident set sizes of the child and all its descendants, summed,
 * sampled from /proc every 50 ms, so the Pagefind binary and any worker count too), and when
 * given lines first appeared in its output (to time one phase of a build from its log).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number | null;
  ms: number;
  /** Peak of the summed resident set size of the process tree, in bytes (0 where /proc is missing). */
  peakRssBytes: number;
  /** Standard output and error, interleaved, without colour codes. */
  output: string;
  /** For each named pattern, milliseconds from the start to the first output line matching it. */
  marks: Record<string, number>;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  marks?: Record<string, RegExp>;
  /** Called with each line of output as it arrives (progress). */
  onLine?: (line: string) => void;
}

const PAGE = 4096;

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The pid and all its descendants, through /proc/<pid>/task/<tid>/children. */
function tree(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    out.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      for (const child of read(`/proc/${pid}/task/${tid}/children`).split(/\s+/)) if (child) queue.push(Number(child));
    }
  }
  return out;
}

/** Resident set size of a process tree in bytes. */
export function treeRss(root: number): number {
  return tree(root).reduce((sum, pid) => sum + Number(read(`/proc/${pid}/statm`).split(' ')[1] ?? 0) * PAGE, 0);
}

/** Environment of a production build child: no test-runner variables, no NODE_OPTIONS (default heap). */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'MODE' || key === 'NODE_OPTIONS') delete env[key];
  }
  return {
    ...env,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** Children running now, by pid: stopped with the bench when it is stopped. */
const running = new Set<number>();
let watching = false;

/**
 * Stopping the bench (Ctrl-C, `kill`) stops the builds it started and everything they started
 * (Pagefind, sharp's workers): without this a killed bench left its build running.
 */
function stopChildrenOnSignal(): void {
  if (watching) return;
  watching = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const pid of running) {
        for (const each of tree(pid).reverse()) {
          try {
            process.kill(each, 'SIGTERM');
          } catch {
            // Already gone.
          }
        }
      }
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const started = performance.now();
  const marks: Record<string, number> = {};
  stopChildrenOnSignal();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? buildEnv(), stdio: 'pipe' });
    if (child.pid) running.add(child.pid);
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 50);
    let output = '';
    let partial = '';
    const onData = (chunk: string) => {
      output += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      const now = performance.now() - started;
      for (const line of lines) {
        // eslint-disable-next-line no-control-regex
        const clean = line.replace(/\u001b\[[0-9;]*m/g, '');
        for (const [name, pattern] of Object.entries(options.marks ?? {})) {
          if (marks[name] === undefined && pattern.test(clean)) marks[name] = now;
        }
        options.onLine?.(clean);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('error', (error) => {
      clearInterval(timer);
      if (child.pid) running.delete(child.pid);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (child.pid) running.delete(child.pid);
      resolve({
        code,
        ms: performance.now() - started,
        peakRssBytes: peak,
        // eslint-disable-next-line no-control-regex
        output: output.replace(/\u001b\[[0-9;]*m/g, ''),
        marks,
      });
    });
  });
}
