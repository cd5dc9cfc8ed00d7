import { describe, test, expect } from 'vitest';
import { telHref, telText } from '../../../src/lib/site/tel-href.ts';

describe('telHref', () => {
  test('keeps digits and a leading plus only', () => {
    expect(telHref('0221 000 0000')).toBe('tel:02210000000');
    expect(telHref('+84 (221) 000.0000')).toBe('tel:+842210000000');
  });
});

describe('telText', () => {
  test('joins the groups of a number with non-breaking spaces', () => {
    expect(telText(' 0221  000 0000 ')).toBe('0221\u00a0000\u00a00000');
    expect(telText('0221.000.0000')).toBe('0221.000.0000');
  });
});
