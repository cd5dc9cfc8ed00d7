import { describe, expect, test } from 'vitest';
import { markup } from '../../src/render/html.ts';
import { linkedHtml } from '../../src/render/linked.ts';

describe('linkedHtml', () => {
  test('links the escaped text when there is an address, and writes the text alone when not', () => {
    expect(markup`${linkedHtml({ text: 'A & <B>', href: '/x/?a=1&b="2"' })}`.value).toBe(
      '<a href="/x/?a=1&amp;b=&quot;2&quot;">A &amp; &lt;B&gt;</a>',
    );
    expect(markup`${linkedHtml({ text: 'A & <B>' })}`.value).toBe('A &amp; &lt;B&gt;');
  });
});
