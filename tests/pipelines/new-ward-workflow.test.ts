/**
 * The one-step start of a new ward on each host: the GitHub workflow "Bắt đầu trang cho
 * phường, xã mới" (.github/workflows/new-ward.yml, a form under Actions) and the GitLab job
 * `new-ward` (.gitlab-ci.yml, Run pipeline with NEW_WARD_* variables). Their choices match
 * what `npm run new-ward` accepts, the form's values reach the script only through the
 * environment, they build before they commit, and their commit takes every file the script
 * changed. The script lines are run for real, in a git copy of the project.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { UNIT_KINDS } from '../../src/lib/site/unit-kinds.ts';
import { copyProject, PROJECT_ROOT, removeProject, runShell } from '../support/project.ts';
import { TAN_PHONG } from '../fixtures/new-ward/tan-phong.ts';

type Yaml = Record<string, unknown>;
const read = (file: string) => parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as Yaml;

const workflow = read('.github/workflows/new-ward.yml');
const dispatch = (workflow['on'] as Yaml)['workflow_dispatch'] as { inputs: Record<string, Yaml> };
const steps = ((workflow['jobs'] as Record<string, Yaml>)['new-ward']?.['steps'] ?? []) as Yaml[];
const gitlab = read('.gitlab-ci.yml');
const gitlabJob = gitlab['new-ward'] as Yaml;
const gitlabScript = (gitlabJob['script'] as string[]).map(String);

/** Some tests copy the project and run git and npm: generous on a loaded 2-core machine. */
const COPY_TIMEOUT = 60_000;
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/new-ward');
const copies: string[] = [];
afterAll(() => copies.forEach(removeProject));

/**
 * A git copy of the project with one commit, as a host's checkout is, holding the small ward
 * of tests/fixtures/new-ward/ (phường Đông Hòa) instead of the shipped content: this test runs
 * in every fork's pipeline, after the fork has already renamed its ward.
 */
function checkout(): string {
  const dir = copyProject();
  copies.push(dir);
  for (const folder of ['content', 'public/files']) {
    rmSync(join(dir, folder), { recursive: true, force: true });
    cpSync(join(FIXTURE, folder), join(dir, folder), { recursive: true });
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.vn', 'add', '--all');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.vn', 'commit', '--quiet', '-m', 'start');
  return dir;
}

const FORM = {
  'unit-name': TAN_PHONG.unitName,
  'unit-kind': TAN_PHONG.unitKind,
  province: TAN_PHONG.province,
  'site-url': TAN_PHONG.siteUrl,
};

/** The values a step's `env` gets once GitHub fills `${{ inputs.x }}` from the form. */
function stepEnv(step: Yaml, form: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries((step['env'] ?? {}) as Record<string, string>)) {
    env[key] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => form[name] ?? '');
  }
  return env;
}

const stepRunning = (pattern: RegExp) => steps.findIndex((s) => pattern.test(String(s['run'] ?? '')));
const lineRunning = (pattern: RegExp) => gitlabScript.findIndex((line) => pattern.test(line));

async function settingsAfter(dir: string): Promise<Yaml> {
  return parse(readFileSync(join(dir, 'content/settings/site.yaml'), 'utf8')) as Yaml;
}

function gitStatus(dir: string): string {
  return execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' }).trim();
}

/** Changed files that `git add` left out: a commit after it would not take them. */
function notStaged(dir: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  return [git('diff', '--name-only'), git('ls-files', '--others', '--exclude-standard')].filter(Boolean).join('\n');
}

describe('the GitHub workflow for a new ward', { timeout: COPY_TIMEOUT }, () => {
  test('offers the unit kinds that npm run new-ward accepts, and both choices for the examples', () => {
    expect(dispatch.inputs['unit-kind']?.['options']).toEqual([...UNIT_KINDS]);
    expect(dispatch.inputs['examples']?.['options']).toEqual(['bỏ', 'giữ']);
    for (const name of ['unit-name', 'unit-kind', 'province', 'site-url', 'examples'])
      expect(dispatch.inputs[name]?.['required'], name).toBe(true);
  });

  test('never pastes a form value into a shell line', () => {
    for (const step of steps) expect(String(step['run'] ?? '')).not.toContain('${{');
  });

  test('runs the script, then builds, then commits, then starts the publishing workflow', () => {
    const order = [/npm install/, /npm run new-ward/, /^npm run build$/, /git push/, /gh workflow run deploy\.yml/];
    const at = order.map(stepRunning);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const deploy = read('.github/workflows/deploy.yml');
    expect((deploy['on'] as Yaml)['workflow_dispatch']).not.toBeUndefined();
  });

  test('its step names the ward in content/ and its commit takes every changed file', async () => {
    const dir = checkout();
    const step = steps[stepRunning(/npm run new-ward/)] ?? {};
    const result = await runShell(dir, String(step['run']), stepEnv(step, { ...FORM, examples: 'bỏ' }));
    expect(result.code, result.output).toBe(0);
    expect(await settingsAfter(dir)).toMatchObject({
      unitName: 'Tân Phong',
      unitKind: 'xã',
      province: 'tỉnh Lai Châu',
      siteUrl: 'https://guongsang.tanphong.gov.vn',
    });
    // "bỏ": the example story is gone; the old ward's plan goes with its PDF (outside content/).
    expect(existsSync(join(dir, 'content/honorees/clb-vi-du.md'))).toBe(false);
    expect(existsSync(join(dir, 'public/files/12-kh-ubnd.pdf'))).toBe(false);
    const commit = String(steps[stepRunning(/git push/)]?.['run']);
    const add = commit.split('\n').find((line) => line.trim().startsWith('git add')) ?? '';
    expect(gitStatus(dir)).not.toBe('');
    expect((await runShell(dir, add)).code).toBe(0);
    expect(notStaged(dir)).toBe('');
  });

  test('a site address with a path stops the step with the option named', async () => {
    const dir = checkout();
    const step = steps[stepRunning(/npm run new-ward/)] ?? {};
    const form = { ...FORM, 'site-url': 'https://example.github.io/guong-sang/', examples: 'bỏ' };
    const result = await runShell(dir, String(step['run']), stepEnv(step, form));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('--site-url');
    expect(gitStatus(dir)).toBe('');
  });
});

describe('the GitLab job for a new ward', { timeout: COPY_TIMEOUT }, () => {
  test('runs only in a pipeline started by hand with the ward named, and then Pages waits', () => {
    expect(gitlabJob['rules']).toEqual([{ if: '$CI_PIPELINE_SOURCE == "web" && $NEW_WARD_UNIT_NAME' }]);
    const pagesRules = (gitlab['pages'] as Yaml)['rules'] as Yaml[];
    expect(pagesRules[0]).toEqual({ if: '$NEW_WARD_UNIT_NAME', when: 'never' });
  });

  test('runs the script, then builds, then commits and pushes', () => {
    const at = [/^npm install/, /npm run new-ward/, /^npm run build$/, /^git commit/, /^git push/].map(lineRunning);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('its lines name the ward in content/, keep the examples on "giữ", and its commit takes every change', async () => {
    const dir = checkout();
    const lines = gitlabScript.slice(lineRunning(/^npm install/) + 1, lineRunning(/^npm run build$/));
    const result = await runShell(dir, lines.join('\n'), {
      NEW_WARD_UNIT_NAME: 'Tân Phong',
      NEW_WARD_UNIT_KIND: 'đặc khu',
      NEW_WARD_PROVINCE: 'tỉnh Lai Châu',
      NEW_WARD_SITE_URL: 'https://guongsang.tanphong.gov.vn',
      NEW_WARD_EXAMPLES: 'giữ',
    });
    expect(result.code, result.output).toBe(0);
    expect(await settingsAfter(dir)).toMatchObject({ unitName: 'Tân Phong', unitKind: 'đặc khu' });
    const kept = readFileSync(join(dir, 'content/honorees/clb-vi-du.md'), 'utf8');
    expect(kept).toContain('Tân Phong');
    expect(kept).not.toContain('Đông Hòa');
    expect(gitStatus(dir)).not.toBe('');
    expect((await runShell(dir, gitlabScript[lineRunning(/^git add/)] ?? '')).code).toBe(0);
    expect(notStaged(dir)).toBe('');
  });
});
