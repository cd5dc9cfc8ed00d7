import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../src/scripts/html.ts';
import { parseHtml } from '../support/html.ts';

describe('escapeHtml', () => {
  test('markup characters come out as text, in text and in a double-quoted attribute', () => {
    const nasty = '<b>"Tổ 3" & <script>x</script>';
    const [p] = parseHtml(`<p title="${escapeHtml(nasty)}">${escapeHtml(nasty)}</p>`).filter((el) => el.tag === 'p');
    expect(p?.text).toBe(nasty);
    expect(p?.attrs['title']).toBe(nasty);
  });

  test('leaves Vietnamese text and quotes it does not need to touch alone', () => {
    expect(escapeHtml('Điều 80 · “thi đua” it’s')).toBe('Điều 80 · “thi đua” it’s');
  });
});
