import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { scriptSummaryHtml } from '../../src/render/script-summary.ts';

const SCRIPT = { seconds: 80, syllables: 281, handwritten: false, unknownAbbreviations: [] as string[] };

describe('scriptSummaryHtml', () => {
  test('shows the duration in a <time>, the syllables at the rate, and where the script comes from', () => {
    const out = scriptSummaryHtml(SCRIPT, 210).value;
    expect(out).toContain('<strong><time datetime="PT1M20S">1 phút 20 giây</time></strong> <span class="secondary">(');
    expect(out).toContain(t('radio.script.syllables', { count: 281, rate: 210 }));
    expect(out).toContain(t('radio.script.derived'));
    expect(scriptSummaryHtml({ ...SCRIPT, handwritten: true }, 210).value).toContain(t('radio.script.handwritten'));
  });

  test('links the entry only when given one, and escapes its title', () => {
    expect(scriptSummaryHtml(SCRIPT, 210).value).not.toContain(t('radio.script.entry'));
    const out = scriptSummaryHtml(SCRIPT, 210, { href: '/guong-sang/a/', title: 'Chị Hà & <CLB>' }).value;
    expect(out).toContain(
      `<dt>${t('radio.script.entry')}</dt><dd><a href="/guong-sang/a/">Chị Hà &amp; &lt;CLB&gt;</a></dd>`,
    );
  });

  test('lists the unknown abbreviations in a notice that does not print, and has no notice without them', () => {
    expect(scriptSummaryHtml(SCRIPT, 210).value).not.toContain('notice');
    const out = scriptSummaryHtml({ ...SCRIPT, unknownAbbreviations: ['HTX', 'CLB'] }, 210).value;
    expect(out).toContain(
      `<div class="notice no-print"><p>${t('radio.script.unknown', { list: 'HTX, CLB' })}</p></div>`,
    );
  });
});
