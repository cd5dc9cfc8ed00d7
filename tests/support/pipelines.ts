/**
 * Reads the deploy pipelines that ship with the project into one shape, so tests can check
 * both hosts alike: the shell commands of the job that builds, in order; the cache folders it
 * keeps; whether it runs on a schedule; whether publishing waits for a successful build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Pipeline {
  host: 'github' | 'gitlab';
  /** The pipeline file, relative to the project. */
  file: string;
  /** Shell commands of the building job, one line each, in order. */
  commands: string[];
  /** Folders the pipeline restores before and saves after the build. */
  cachePaths: string[];
  /** True when the pipeline runs on a schedule (GitHub: a cron; GitLab: schedule pipelines allowed). */
  runsOnSchedule: boolean;
  /** True when nothing is published unless the build job succeeded. */
  publishesOnlyAfterBuild: boolean;
  /** The folder that is published. */
  publishDir: string | undefined;
}

type Yaml = Record<string, unknown>;
const lines = (text: unknown) =>
  typeof text === 'string'
    ? text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function github(root: string): Pipeline {
  const file = '.github/workflows/deploy.yml';
  const doc = parse(readFileSync(join(root, file), 'utf8')) as Yaml;
  const jobs = doc['jobs'] as Record<string, Yaml>;
  const steps = (jobs['build']?.['steps'] ?? []) as Yaml[];
  const withOf = (step: Yaml) => (step['with'] ?? {}) as Yaml;
  const uses = (step: Yaml, action: string) => String(step['uses'] ?? '').startsWith(action);
  const on = doc['on'] as Yaml;
  const others = Object.entries(jobs).filter(([name]) => name !== 'build');
  return {
    host: 'github',
    file,
    commands: steps.flatMap((s) => lines(s['run'])),
    cachePaths: steps.filter((s) => uses(s, 'actions/cache')).flatMap((s) => lines(withOf(s)['path'])),
    runsOnSchedule: list(on['schedule']).some((s) => typeof (s as Yaml)['cron'] === 'string'),
    publishesOnlyAfterBuild:
      others.length > 0 &&
      others.every(
        ([, job]) => list(job['needs']).includes('build') && !/always\(\)|failure\(\)/.test(String(job['if'])),
      ),
    publishDir: lines(withOf(steps.find((s) => uses(s, 'actions/upload-pages-artifact')) ?? {})['path'])[0],
  };
}

function gitlab(root: string): Pipeline {
  const file = '.gitlab-ci.yml';
  const doc = parse(readFileSync(join(root, file), 'utf8')) as Yaml;
  const job = doc['pages'] as Yaml;
  const caches = list(job['cache']) as Yaml[];
  const rules = list((doc['workflow'] as Yaml | undefined)?.['rules']) as Yaml[];
  const artifacts = (job['artifacts'] ?? {}) as Yaml;
  return {
    host: 'gitlab',
    file,
    commands: [...list(job['before_script']), ...list(job['script'])].map(String),
    cachePaths: caches
      .filter((c) => c['when'] === undefined || c['when'] === 'on_success')
      .flatMap((c) => list(c['paths']).map(String)),
    runsOnSchedule: rules.some((r) => /\$CI_PIPELINE_SOURCE == "schedule"/.test(String(r['if']))),
    // The job that builds is the job that publishes: GitLab deploys its artifacts only when it succeeds.
    publishesOnlyAfterBuild: (artifacts['when'] ?? 'on_success') === 'on_success' && job['allow_failure'] !== true,
    publishDir: String(((job['pages'] ?? {}) as Yaml)['publish'] ?? ''),
  };
}

/** The project's deploy pipelines. */
export function readPipelines(root: string): Pipeline[] {
  return [github(root), gitlab(root)];
}

/** The names of the npm scripts that `commands` run (`npm run x`, `npm test`, `npm start`). */
export function npmScriptsIn(commands: readonly string[]): string[] {
  const names = new Set<string>();
  for (const command of commands) {
    for (const m of command.matchAll(/\bnpm (?:run(?:-script)? ([\w:.-]+)|(test|start)\b)/g))
      names.add(m[1] ?? m[2] ?? '');
  }
  return [...names];
}

/** The build step: the commands after `npm run test:fast`, what the host runs to make dist/. */
export function buildCommands(pipeline: Pipeline): string[] {
  const at = pipeline.commands.findIndex((c) => c.startsWith('npm run test:fast'));
  return at < 0 ? [] : pipeline.commands.slice(at + 1);
}
