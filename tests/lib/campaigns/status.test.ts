import { describe, test, expect } from 'vitest';
import { campaignStatus } from '../../../src/lib/campaigns/status.ts';

describe('campaignStatus', () => {
  test('is upcoming before the first day', () => {
    expect(campaignStatus({ start: '2025-03-01', end: '2025-12-31' }, '2025-02-28')).toBe('upcoming');
  });
  test('is active on the first and last day', () => {
    expect(campaignStatus({ start: '2025-03-01', end: '2025-12-31' }, '2025-03-01')).toBe('active');
    expect(campaignStatus({ start: '2025-03-01', end: '2025-12-31' }, '2025-12-31')).toBe('active');
  });
  test('is ended the day after the last day', () => {
    expect(campaignStatus({ start: '2025-03-01', end: '2025-12-31' }, '2026-01-01')).toBe('ended');
  });
  test('never ends without an end date', () => {
    expect(campaignStatus({ start: '2020-01-01' }, '2099-01-01')).toBe('active');
    expect(campaignStatus({ start: '2020-01-01', end: undefined }, '2099-01-01')).toBe('active');
  });
});
