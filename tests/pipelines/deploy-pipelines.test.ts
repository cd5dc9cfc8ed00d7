/**
 * The deploy pipelines that ship with the project (.github/workflows/deploy.yml for GitHub
 * Pages, Cloudflare Pages and Netlify; .gitlab-ci.yml for GitLab Pages): each is valid for its
 * host (checked by the hosts' own schemas through @action-validator/cli and gitlab-ci-local),
 * runs commands that package.json has, in the order a publish needs, restores and saves the
 * one build cache folder, rebuilds every day, and publishes only after a successful build.
 * What the build step does on bad content is tested in tests/build/bad-content-publish.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CACHE_DIR } from '../../src/lib/site/cache-dir.ts';
import { buildCommands, npmScriptsIn, type Pipeline, readPipelines } from '../support/pipelines.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(bin: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', bin), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** gitlab-ci-local on `file` (a .gitlab-ci.yml), in a git repository of its own. */
function gitlabLint(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-gitlab-'));
  temps.push(dir);
  spawnSync('git', ['init', '--quiet'], { cwd: dir });
  copyFileSync(file, join(dir, '.gitlab-ci.yml'));
  return run('gitlab-ci-local/dist/index.js', ['--list', '--json-schema-validation'], dir);
}

function actionLint(file: string) {
  return run('@action-validator/cli/cli.mjs', [file], ROOT);
}

const pipelines = readPipelines(ROOT);

describe('the deploy pipelines', () => {
  test('are the GitHub workflow and the GitLab CI file', () => {
    expect(pipelines.map((p) => p.host).sort()).toEqual(['github', 'gitlab']);
  });

  test('the GitHub workflows pass action-validator', () => {
    const dir = join(ROOT, '.github', 'workflows');
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain('deploy.yml');
    for (const file of files) {
      const result = actionLint(join(dir, file));
      expect(result.output, file).toBe('');
      expect(result.code, file).toBe(0);
    }
  });

  test('action-validator refuses a workflow with a misspelt key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guong-sang-gh-'));
    temps.push(dir);
    const broken = join(dir, 'deploy.yml');
    writeFileSync(
      broken,
      readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8').replace('runs-on:', 'run-on:'),
    );
    expect(actionLint(broken).code).not.toBe(0);
  });

  test('the GitLab CI file passes gitlab-ci-local and its schema, with the pages job', () => {
    const result = gitlabLint(join(ROOT, '.gitlab-ci.yml'));
    expect(result.output).toContain('json schema validated');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^pages\s+deploy/m);
  });

  test('gitlab-ci-local refuses a GitLab CI file with a misspelt key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guong-sang-gl-'));
    temps.push(dir);
    const broken = join(dir, 'broken.yml');
    writeFileSync(broken, readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8').replace('  script:', '  scripts:'));
    expect(gitlabLint(broken).code).not.toBe(0);
  });
});

describe.each(pipelines.map((p) => [p.host, p] as [string, Pipeline]))('the %s pipeline', (_host, pipeline) => {
  test('runs only npm scripts that package.json has', () => {
    const used = npmScriptsIn(pipeline.commands);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
  });

  test("installs as the README does, runs npm test's fast part, then npm run build", () => {
    const at = (command: string) => pipeline.commands.findIndex((c) => c.startsWith(command));
    expect(at('npm install')).toBeGreaterThanOrEqual(0);
    expect(at('npm install')).toBeLessThan(at('npm run test:fast'));
    expect(at('npm run test:fast')).toBeLessThan(at('npm run build'));
    expect(buildCommands(pipeline)).toEqual(['npm run build']);
    expect(pipeline.commands.some((c) => c.includes('--ignore-scripts') || c.startsWith('npm ci'))).toBe(false);
  });

  test('restores and saves the build cache folder', () => {
    expect(pipeline.cachePaths.map((p) => p.replace(/\/$/, ''))).toContain(DEFAULT_CACHE_DIR);
  });

  test('runs on a schedule (GitHub: its cron; GitLab: the schedule set in its settings)', () => {
    expect(pipeline.runsOnSchedule).toBe(true);
  });

  test('publishes dist/ only after the build succeeded', () => {
    expect(pipeline.publishesOnlyAfterBuild).toBe(true);
    expect(pipeline.publishDir).toBe('dist');
  });
});

describe('test:fast', () => {
  test('is the part of npm test without builds and browsers', () => {
    expect(scripts['test:fast']).toBe('npm run format:check && npm run check && npm run test:unit');
    // The fast projects: unit tests, and components rendered through Astro's container API.
    const fast = ['unit', 'components'];
    expect(scripts['test:unit']).toBe(`vitest run ${fast.map((n) => `--project ${n}`).join(' ')}`);
    // npm test is the fast part, then every other Vitest project.
    expect(scripts['test']).toMatch(/^npm run test:fast && vitest run /);
    const config = readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8');
    const projects = [...config.matchAll(/name: '([\w-]+)'/g)].map((m) => m[1] ?? '').filter((n) => !fast.includes(n));
    expect(projects.length).toBeGreaterThan(0);
    for (const name of projects) expect(scripts['test'], name).toContain(`--project ${name}`);
  });
});

describe('the GitHub workflow', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as {
    on: { schedule: { cron: string }[]; push: { branches: string[] } };
    jobs: Record<string, { needs?: string; steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
  };

  test('restores the cache before the build and saves it after, under the same path', () => {
    const steps = workflow.jobs['build']?.steps ?? [];
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore'));
    const build = steps.findIndex((s) => (s as { run?: string }).run === 'npm run build');
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save'));
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(build);
    expect(save).toBeGreaterThan(build);
    expect(steps[restore]?.with?.['path']).toBe(steps[save]?.with?.['path']);
  });

  test('builds on every push to main and once a day', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule.map((s) => s.cron)).toEqual([expect.stringMatching(/^\d+ \d+ \* \* \*$/)]);
  });

  test('every deploy job needs the build job', () => {
    const deploys = Object.entries(workflow.jobs).filter(([name]) => name !== 'build');
    expect(deploys.map(([name]) => name).sort()).toEqual(['cloudflare-pages', 'github-pages', 'netlify']);
    for (const [name, job] of deploys) expect(job.needs, name).toBe('build');
  });
});
