import { formatViDate } from '../dates/plain-date.ts';

/**
 * The period of a campaign as a strings key and its parameters:
 * "Từ 13/01/2025 đến 31/12/2025", or "Từ 13/01/2025" when open-ended.
 */
export function campaignPeriod(dates: {
  start: string;
  end?: string | undefined;
}):
  | { key: 'campaigns.periodRange'; params: { start: string; end: string } }
  | { key: 'campaigns.periodOpen'; params: { start: string } } {
  const start = formatViDate(dates.start);
  if (dates.end) return { key: 'campaigns.periodRange', params: { start, end: formatViDate(dates.end) } };
  return { key: 'campaigns.periodOpen', params: { start } };
}
