import { describe, test, expect } from 'vitest';
import { telHref } from '../../../src/lib/site/tel-href.ts';

describe('telHref', () => {
  test('keeps digits and a leading plus only', () => {
    expect(telHref('0221 000 0000')).toBe('tel:02210000000');
    expect(telHref('+84 (221) 000.0000')).toBe('tel:+842210000000');
  });
});
