/**
 * Status of an emulation campaign, derived from its dates and today's date (plain
 * YYYY-MM-DD strings compare correctly as text). An open-ended campaign never ends.
 */

export type CampaignStatus = 'upcoming' | 'active' | 'ended';

export interface CampaignDates {
  start: string;
  end?: string | undefined;
}

/** "upcoming" before the first day, "ended" after the last day, otherwise "active". */
export function campaignStatus(dates: CampaignDates, today: string): CampaignStatus {
  if (today < dates.start) return 'upcoming';
  if (dates.end !== undefined && dates.end !== '' && today > dates.end) return 'ended';
  return 'active';
}
