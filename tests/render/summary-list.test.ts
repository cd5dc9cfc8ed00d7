import { describe, expect, test } from 'vitest';
import { markup } from '../../src/render/html.ts';
import { summaryListHtml, summaryRowHtml } from '../../src/render/summary-list.ts';

describe('summaryRowHtml', () => {
  test('escapes a text value and writes a markup value as it is', () => {
    expect(summaryRowHtml('Số <hiệu>', 'A & B').value).toBe(
      '<div class="summary-list__row"><dt>Số &lt;hiệu&gt;</dt><dd>A &amp; B</dd></div>',
    );
    expect(summaryRowHtml('Ngày', markup`<time datetime="2025-01-13">13/01/2025</time>`).value).toContain(
      '<dd><time datetime="2025-01-13">13/01/2025</time></dd>',
    );
  });
});

describe('summaryListHtml', () => {
  test('puts the rows in order in one <dl> and leaves out the rows given as false or undefined', () => {
    const out = summaryListHtml([summaryRowHtml('a', '1'), false, undefined, summaryRowHtml('b', '2')]).value;
    expect(out.startsWith('<dl class="summary-list">')).toBe(true);
    expect([...out.matchAll(/<dt>(\w)<\/dt>/g)].map((m) => m[1])).toEqual(['a', 'b']);
  });
});
