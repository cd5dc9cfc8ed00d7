/**
 * The rules on one entry beyond its schema, worded: a story's consent and personal data, a
 * document's number, dates and text (repeated article numbers), a campaign's steps,
 * registrations and results, an announcement's dates, a bulletin's items filled in. The build's content check runs them over
 * every entry and the CMS over the entry being saved (admin/save-check.ts), so both refuse the
 * same thing with the same words.
 */
import type { CollectionName } from '../schemas/fields.ts';
import { announcementProblems, type AnnouncementDates } from '../lib/announcements/rules.ts';
import { campaignProblems, type CampaignForRules } from '../lib/campaigns/rules.ts';
import { documentProblems, type DocumentForRules } from '../lib/legal/document-rules.ts';
import { consentProblems, type StoryForConsent } from '../lib/privacy/consent.ts';
import { personalDataProblems } from '../lib/privacy/personal-data.ts';
import { t } from '../i18n/strings.ts';
import { word } from '../i18n/wording/message.ts';
import { personalDataMessage } from '../i18n/wording/personal-data.ts';

/** The field a bulletin item of each kind must fill in. */
const BULLETIN_ITEM_FIELD: Record<string, string> = {
  'guong-sang': 'honoree',
  'phong-trao': 'campaign',
  'van-ban': 'document',
  'thong-bao-su-kien': 'announcement',
  'thong-bao': 'text',
};

export interface EntryProblem {
  /** Dotted path of the field, e.g. "consent.photo" or "milestones[1].date". */
  field: string;
  message: string;
}

/**
 * The problems of one entry of `collection` whose front matter passed its schema. `source` is
 * the whole file as written, when there is one: personal data is then reported with its line.
 */
export function entryProblems(
  collection: CollectionName,
  data: Record<string, unknown>,
  body: string,
  source?: string,
): EntryProblem[] {
  const worded = (p: Parameters<typeof word>[0] & { field: string }) => ({ field: p.field, message: word(p) });
  switch (collection) {
    case 'honorees':
      return [
        ...consentProblems(data as unknown as StoryForConsent).map(worded),
        ...personalDataProblems({ data, body, source }).map((p) => ({
          field: p.field,
          message: personalDataMessage(p),
        })),
      ];
    case 'documents':
      return documentProblems(data as unknown as DocumentForRules, body).map(worded);
    case 'campaigns':
      return campaignProblems(data as unknown as CampaignForRules).map(worded);
    case 'announcements':
      return announcementProblems(data as unknown as AnnouncementDates).map(worded);
    case 'bulletins':
      return ((data['items'] ?? []) as Record<string, unknown>[]).flatMap((item, i) => {
        const needed = BULLETIN_ITEM_FIELD[String(item['kind'])];
        return needed && !item[needed]
          ? [
              {
                field: `items[${i}].${needed}`,
                message: t('error.bulletinItem', { kind: String(item['kind']), field: needed }),
              },
            ]
          : [];
      });
  }
}
