/**
 * Where a campaign stands among its milestones on a given day (plain YYYY-MM-DD strings
 * compare correctly as text). Milestones are listed in date order (src/lib/campaigns/rules.ts).
 *
 * Each milestone opens a stage that lasts until the next milestone's day: on a day between
 * two milestones, the earlier one is the current step (after the interim review and before the
 * final review, the campaign is at its interim-review stage). The last milestone is current on
 * its own day only: it closes the campaign. Earlier milestones are past, later ones coming.
 * Before the first milestone every step is coming; after the last one's day every step is past.
 * The site computes this at build time with the same "today" as the campaign's status, and the
 * daily rebuild keeps it true.
 */

export type StepState = 'past' | 'current' | 'coming';

/** The state of each milestone on `today`, in the list's order. */
export function stepStates(milestones: readonly { date: string }[], today: string): StepState[] {
  let current = -1;
  milestones.forEach((m, i) => {
    const next = milestones[i + 1];
    const last = next === undefined;
    if (m.date <= today && (last ? m.date === today : today < next.date)) current = i;
  });
  return milestones.map((m, i) => {
    if (i === current) return 'current';
    return m.date <= today ? 'past' : 'coming';
  });
}
