/**
 * The other side of a campaign's results: the results, across campaigns, that name a story
 * (results[i].honoree), so the story's page can show which campaign commended it and how.
 */

/**
 * Each result naming `storyId`, with its campaign, in the campaigns' order then the results';
 * `resultsOf` reads a campaign's results.
 */
export function commendationsOf<C, R extends { honoree?: string | undefined }>(
  storyId: string,
  campaigns: readonly C[],
  resultsOf: (campaign: C) => readonly R[],
): { campaign: C; result: R }[] {
  return campaigns.flatMap((campaign) =>
    resultsOf(campaign)
      .filter((result) => result.honoree === storyId)
      .map((result) => ({ campaign, result })),
  );
}
