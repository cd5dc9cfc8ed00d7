/**
 * A bad publish never takes the site down: the build step of each deploy pipeline
 * (.github/workflows/deploy.yml, .gitlab-ci.yml), run as the host runs it on content that
 * fails the content check, exits non-zero with the check's message naming the file and the
 * field, and leaves the site that was there (dist/, standing in for the live deployment) as it
 * was. The hosts publish only after that step succeeded (tests/pipelines/deploy-pipelines.test.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { contentProblems, editFrontmatter, installFixture } from '../support/content.ts';
import { buildCommands, readPipelines } from '../support/pipelines.ts';
import { copyProject, leftovers, PROJECT_ROOT, removeProject, runShell } from '../support/project.ts';

const copies: string[] = [];
afterAll(() => copies.splice(0).forEach(removeProject));

const LIVE = '<!doctype html><title>Trang đang chạy</title><p>the site published before this push</p>\n';

describe.each(readPipelines(PROJECT_ROOT).map((p) => [p.host, p] as const))(
  'the %s pipeline on content that fails the check',
  (_host, pipeline) => {
    test('fails its build step, names the file and the field, and leaves the last site', async () => {
      const root = copyProject();
      copies.push(root);
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'index.html'), LIVE);
      const story = installFixture(root, 'honorees', 'mau-ca-nhan-co-anh');
      expect(contentProblems(root), 'the fixture story must be valid before it is broken').toBe('');
      // An editor's push: a person's photo published without consent for the photo.
      editFrontmatter(root, story.file, (doc) => doc.setIn(['consent', 'photo'], false));

      const steps = buildCommands(pipeline);
      expect(steps.length).toBeGreaterThan(0);
      let log = '';
      let code: number | null = 0;
      for (const step of steps) {
        const result = await runShell(root, step);
        log += result.output;
        code = result.code;
        if (code !== 0) break; // a host stops the job at the first failing line
      }

      expect(code, `the build step should fail:\n${log}`).not.toBe(0);
      expect(log).toContain(`${story.file} › consent.photo: ${t('error.consentPhoto')}`);
      expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe(LIVE);
      expect(leftovers(root)).toEqual([]);
    });
  },
);
