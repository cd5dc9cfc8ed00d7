import { describe, expect, test } from 'vitest';
import { fillIn, type Placeholders } from '../../src/i18n/client-fill.ts';
import { strings } from '../../src/i18n/strings.ts';

describe('fillIn', () => {
  test('fills a template read as its literal type', () => {
    expect(fillIn(strings['search.option'], { label: 'Năm 2024', count: 3 })).toBe('Năm 2024 (3)');
  });

  test('a template without placeholders takes no values and comes back as it is', () => {
    expect(fillIn(strings['search.loading'])).toBe('Đang tìm…');
  });

  test('a template read as a plain string still throws on a missing value at run time', () => {
    const template: string = strings['search.results'];
    expect(() => fillIn(template, { count: 2 })).toThrow('No value for {q}');
  });

  test('the compiler asks for every placeholder (checked by npm run check)', () => {
    const names: Placeholders<'{count} kết quả cho “{q}”'>[] = ['count', 'q'];
    expect(names).toHaveLength(2);
    // @ts-expect-error: {q} has no value.
    expect(() => fillIn(strings['search.results'], { count: 1 })).toThrow('No value for {q}');
    // @ts-expect-error: a template without placeholders takes no values.
    expect(fillIn(strings['search.loading'], {})).toBe('Đang tìm…');
  });
});
