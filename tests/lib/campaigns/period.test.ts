import { describe, test, expect } from 'vitest';
import { campaignPeriod } from '../../../src/lib/campaigns/period.ts';

describe('campaignPeriod', () => {
  test('gives a range with both dates in Vietnamese format', () => {
    expect(campaignPeriod({ start: '2025-01-13', end: '2025-12-31' })).toEqual({
      key: 'campaigns.periodRange',
      params: { start: '13/01/2025', end: '31/12/2025' },
    });
  });
  test('gives an open period without an end date', () => {
    expect(campaignPeriod({ start: '2025-01-13' })).toEqual({
      key: 'campaigns.periodOpen',
      params: { start: '13/01/2025' },
    });
  });
});
