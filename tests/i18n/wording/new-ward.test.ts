import { describe, expect, test } from 'vitest';
import { newWardUsage } from '../../../src/i18n/wording/new-ward.ts';

describe('newWardUsage', () => {
  test('shows the one command and every option', () => {
    const usage = newWardUsage();
    expect(usage).toContain('npm run new-ward -- --unit-name "Tân Phong"');
    for (const option of [
      '--unit-name',
      '--unit-kind',
      '--province',
      '--site-url',
      '--remove-examples',
      '--keep-examples',
      '--dry-run',
    ])
      expect(usage).toContain(`  ${option}`);
  });
});
