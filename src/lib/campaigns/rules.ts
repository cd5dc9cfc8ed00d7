/**
 * Rules a campaign must keep beyond its field formats, checked by the build's content check
 * and by the CMS before saving (the CMS refuses what the build would refuse):
 *
 * - Milestones are listed in the order they happen: no date is earlier than the one above it,
 *   and kinds keep their natural order (launch ≤ registration deadline ≤ sơ kết ≤ tổng kết ≤
 *   ceremony, OPTIONS.milestoneKind). A kind may repeat (two interim reviews), but never comes
 *   back after a later kind.
 * - No milestone is before the campaign's first day. When the campaign has a last day, only
 *   the final review and the ceremony may come after it (they review and reward the campaign
 *   once it is over); a launch, a registration deadline or an interim review after the end is
 *   a mistyped date. An open-ended campaign has no such limit.
 * - A registration names exactly one of a residential group and a unit.
 * - A result names its decision exactly once: a document on the site, or a number (with an
 *   optional date) as text; a date alone is not a decision.
 *
 * Unknown residential groups and references to stories or documents that do not exist are
 * checked where every such field is (the zod schema, the content check's references). Each
 * problem is a code and its values, on a field path; the caller words it.
 */
import { formatViDate } from '../dates/plain-date.ts';
import { OPTIONS } from '../content/options.ts';
import { labelOf, type Coded, type Label } from '../text/message.ts';

/** What a campaign problem says, as a string key. */
export type CampaignCode =
  | 'error.milestoneDateOrder'
  | 'error.milestoneKindOrder'
  | 'error.milestoneBeforeStart'
  | 'error.milestoneAfterEnd'
  | 'error.registrationWhoMissing'
  | 'error.registrationWhoBoth'
  | 'error.resultDecisionMissing'
  | 'error.resultDecisionBoth'
  | 'error.resultDecisionDateOnly';

export interface CampaignProblem extends Coded<CampaignCode> {
  /** Dotted path of the field: milestones[2].date, registrations[0].unit, results[1].decision. */
  field: string;
}

export interface MilestoneForRules {
  kind: string;
  date: string;
}

export interface CampaignForRules {
  start: string;
  end?: string | undefined;
  milestones?: readonly MilestoneForRules[] | undefined;
  registrations?: readonly { residentialGroup?: string | undefined; unit?: string | undefined }[] | undefined;
  results?:
    | readonly {
        decision?: string | undefined;
        decisionNumber?: string | undefined;
        decisionDate?: string | undefined;
      }[]
    | undefined;
}

/** Kinds that may fall after the campaign's last day. */
const AFTER_END_KINDS: readonly string[] = ['tong-ket', 'khen-thuong'];

const kindLabel = (kind: string): Label => labelOf('option.milestoneKind.', kind);
const rank = (kind: string) => (OPTIONS.milestoneKind as readonly string[]).indexOf(kind);
const present = (value: string | undefined) => value !== undefined && value.trim() !== '';

/** The natural order of the kinds, as labels joined by the caller: "phát động → … → lễ khen thưởng". */
function orderParams(): Record<string, Label> {
  return Object.fromEntries(OPTIONS.milestoneKind.map((kind, i) => [`k${i}`, kindLabel(kind)]));
}

/** Problems of the milestones' order and of their dates against the campaign's period. */
export function milestoneProblems(campaign: CampaignForRules): CampaignProblem[] {
  const out: CampaignProblem[] = [];
  const milestones = campaign.milestones ?? [];
  milestones.forEach((m, i) => {
    const at = `milestones[${i}]`;
    const previous = milestones[i - 1];
    if (previous && m.date < previous.date) {
      out.push({
        field: `${at}.date`,
        code: 'error.milestoneDateOrder',
        params: {
          date: formatViDate(m.date),
          previous: kindLabel(previous.kind),
          previousDate: formatViDate(previous.date),
        },
      });
    } else if (previous && rank(m.kind) >= 0 && rank(m.kind) < rank(previous.kind)) {
      out.push({
        field: `${at}.kind`,
        code: 'error.milestoneKindOrder',
        params: { kind: kindLabel(m.kind), previous: kindLabel(previous.kind), ...orderParams() },
      });
    }
    if (m.date < campaign.start) {
      out.push({
        field: `${at}.date`,
        code: 'error.milestoneBeforeStart',
        params: { kind: kindLabel(m.kind), date: formatViDate(m.date), start: formatViDate(campaign.start) },
      });
    } else if (present(campaign.end) && m.date > (campaign.end ?? '') && !AFTER_END_KINDS.includes(m.kind)) {
      out.push({
        field: `${at}.date`,
        code: 'error.milestoneAfterEnd',
        params: {
          kind: kindLabel(m.kind),
          date: formatViDate(m.date),
          end: formatViDate(campaign.end ?? ''),
          after0: kindLabel('tong-ket'),
          after1: kindLabel('khen-thuong'),
        },
      });
    }
  });
  return out;
}

/** Registrations naming neither or both of a residential group and a unit. */
export function registrationProblems(campaign: CampaignForRules): CampaignProblem[] {
  return (campaign.registrations ?? []).flatMap((r, i): CampaignProblem[] => {
    const group = present(r.residentialGroup);
    const unit = present(r.unit);
    if (group && unit) return [{ field: `registrations[${i}].unit`, code: 'error.registrationWhoBoth' }];
    if (!group && !unit)
      return [{ field: `registrations[${i}].residentialGroup`, code: 'error.registrationWhoMissing' }];
    return [];
  });
}

/** Results naming no decision, two decisions, or a date without a number. */
export function resultProblems(campaign: CampaignForRules): CampaignProblem[] {
  return (campaign.results ?? []).flatMap((r, i): CampaignProblem[] => {
    const at = `results[${i}]`;
    const document = present(r.decision);
    const number = present(r.decisionNumber);
    if (document && number) return [{ field: `${at}.decisionNumber`, code: 'error.resultDecisionBoth' }];
    if (!document && !number) {
      return present(r.decisionDate)
        ? [{ field: `${at}.decisionDate`, code: 'error.resultDecisionDateOnly' }]
        : [{ field: `${at}.decision`, code: 'error.resultDecisionMissing' }];
    }
    if (document && present(r.decisionDate)) return [{ field: `${at}.decisionDate`, code: 'error.resultDecisionBoth' }];
    return [];
  });
}

/** Every rule above, in the order of the fields. */
export function campaignProblems(campaign: CampaignForRules): CampaignProblem[] {
  return [...milestoneProblems(campaign), ...registrationProblems(campaign), ...resultProblems(campaign)];
}
