import { describe, expect, test } from 'vitest';
import { attr, classes, markup, trusted } from '../../src/render/html.ts';

describe('markup', () => {
  test('escapes interpolated text as Astro does and writes Html values as they are', () => {
    const name = `<b>"Tom" & 'Jerry'</b>`;
    expect(markup`<p>${name}</p>`.value).toBe('<p>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>');
    expect(markup`<p>${trusted('<b>x</b>')}${markup`<i>${1}</i>`}</p>`.value).toBe('<p><b>x</b><i>1</i></p>');
  });

  test('joins arrays and writes nothing for false, null, undefined and the empty string', () => {
    expect(markup`<ul>${['a', 'b'].map((x) => markup`<li>${x}</li>`)}</ul>`.value).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    );
    expect(markup`<p>${false}${null}${undefined}${''}</p>`.value).toBe('<p></p>');
  });

  test('drops white space that holds a line break, keeps a space on its line, never touches values', () => {
    const out = markup`
      <p>
        <span>a</span> <span>b</span>
        ${'x\n  y'}
      </p>`;
    expect(out.value).toBe('<p><span>a</span> <span>b</span>x\n  y</p>');
  });
});

describe('attr', () => {
  test('escapes & and " only, leaves out an absent value, writes a bare name for an empty one', () => {
    expect(attr('title', `a & "b" <c> 'd'`).value).toBe(` title="a &amp; &quot;b&quot; <c> 'd'"`);
    expect(attr('title', undefined).value).toBe('');
    expect(attr('title', null).value).toBe('');
    expect(attr('hidden', '').value).toBe(' hidden');
    expect(attr('data-n', 0).value).toBe(' data-n="0"');
  });

  test('an attribute value cannot break out of its quotes', () => {
    expect(markup`<a${attr('href', '" onclick="x()')}>`.value).toBe('<a href="&quot; onclick=&quot;x()">');
  });
});

test('classes joins names as class:list does, without the false ones', () => {
  expect(classes('lu', false, undefined, '', 'lu--dieu')).toBe('lu lu--dieu');
});
