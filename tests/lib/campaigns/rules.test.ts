import { describe, expect, test } from 'vitest';
import {
  campaignProblems,
  milestoneProblems,
  registrationProblems,
  resultProblems,
  type CampaignForRules,
} from '../../../src/lib/campaigns/rules.ts';

const PERIOD = { start: '2026-03-26', end: '2026-12-15' };

/** A campaign of the given milestones, as [kind, date] pairs. */
function withMilestones(...steps: [string, string][]): CampaignForRules {
  return { ...PERIOD, milestones: steps.map(([kind, date]) => ({ kind, date })) };
}

const fields = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field} ${p.code}`);

describe('milestoneProblems', () => {
  test('accepts the five kinds in order, the final review and the ceremony after the end', () => {
    const campaign = withMilestones(
      ['phat-dong', '2026-03-26'],
      ['han-dang-ky', '2026-04-17'],
      ['so-ket', '2026-08-28'],
      ['tong-ket', '2026-12-18'],
      ['khen-thuong', '2026-12-29'],
    );
    expect(milestoneProblems(campaign)).toEqual([]);
  });

  test('accepts steps on the same day and a kind repeated (two interim reviews)', () => {
    const campaign = withMilestones(
      ['phat-dong', '2026-03-26'],
      ['han-dang-ky', '2026-03-26'],
      ['so-ket', '2026-06-30'],
      ['so-ket', '2026-09-30'],
    );
    expect(milestoneProblems(campaign)).toEqual([]);
  });

  test('names the date that goes back in time, with the step above it', () => {
    const campaign = withMilestones(['phat-dong', '2026-03-26'], ['so-ket', '2026-08-28'], ['tong-ket', '2026-08-01']);
    expect(milestoneProblems(campaign)).toEqual([
      {
        field: 'milestones[2].date',
        code: 'error.milestoneDateOrder',
        params: {
          date: '01/08/2026',
          previous: { key: 'option.milestoneKind.so-ket', value: 'so-ket' },
          previousDate: '28/08/2026',
        },
      },
    ]);
  });

  test('names a kind that comes back after a later kind, even on later dates', () => {
    const campaign = withMilestones(
      ['phat-dong', '2026-03-26'],
      ['so-ket', '2026-08-28'],
      ['han-dang-ky', '2026-09-01'],
    );
    const [problem] = milestoneProblems(campaign);
    expect(problem).toMatchObject({
      field: 'milestones[2].kind',
      code: 'error.milestoneKindOrder',
      params: {
        kind: { key: 'option.milestoneKind.han-dang-ky' },
        previous: { key: 'option.milestoneKind.so-ket' },
        k0: { key: 'option.milestoneKind.phat-dong' },
        k4: { key: 'option.milestoneKind.khen-thuong' },
      },
    });
  });

  test('names a step before the campaign starts, even without an end', () => {
    const campaign = { start: '2026-03-26', milestones: [{ kind: 'phat-dong', date: '2026-03-25' }] };
    expect(fields(milestoneProblems(campaign))).toEqual(['milestones[0].date error.milestoneBeforeStart']);
  });

  test('names a launch, a deadline or an interim review after the end', () => {
    const campaign = withMilestones(['phat-dong', '2026-03-26'], ['so-ket', '2026-12-16']);
    expect(milestoneProblems(campaign)).toEqual([
      {
        field: 'milestones[1].date',
        code: 'error.milestoneAfterEnd',
        params: {
          kind: { key: 'option.milestoneKind.so-ket', value: 'so-ket' },
          date: '16/12/2026',
          end: '15/12/2026',
          after0: { key: 'option.milestoneKind.tong-ket', value: 'tong-ket' },
          after1: { key: 'option.milestoneKind.khen-thuong', value: 'khen-thuong' },
        },
      },
    ]);
  });

  test('lets an open-ended campaign have steps years later', () => {
    const campaign = { start: '2020-01-01', milestones: [{ kind: 'so-ket', date: '2030-06-30' }] };
    expect(milestoneProblems(campaign)).toEqual([]);
  });
});

describe('registrationProblems', () => {
  test('accepts a residential group or a unit', () => {
    const campaign = { ...PERIOD, registrations: [{ residentialGroup: 'tdp-1' }, { unit: 'Đoàn Thanh niên phường' }] };
    expect(registrationProblems(campaign)).toEqual([]);
  });

  test('names a registration with neither, and one with both', () => {
    const campaign = {
      ...PERIOD,
      registrations: [
        { residentialGroup: 'tdp-1' },
        { unit: '  ' },
        { residentialGroup: 'tdp-2', unit: 'Đoàn Thanh niên' },
      ],
    };
    expect(fields(registrationProblems(campaign))).toEqual([
      'registrations[1].residentialGroup error.registrationWhoMissing',
      'registrations[2].unit error.registrationWhoBoth',
    ]);
  });
});

describe('resultProblems', () => {
  test('accepts a decision on the site, or a number with or without its date', () => {
    const campaign = {
      ...PERIOD,
      results: [
        { decision: '129/QĐ-UBND' },
        { decisionNumber: '129/QĐ-UBND', decisionDate: '2026-09-10' },
        { decisionNumber: '130/QĐ-UBND' },
      ],
    };
    expect(resultProblems(campaign)).toEqual([]);
  });

  test('names a result without a decision, with a date only, or with two decisions', () => {
    const campaign = {
      ...PERIOD,
      results: [
        {},
        { decisionDate: '2026-09-10' },
        { decision: '129/QĐ-UBND', decisionNumber: '129/QĐ-UBND' },
        { decision: '129/QĐ-UBND', decisionDate: '2026-09-10' },
      ],
    };
    expect(fields(resultProblems(campaign))).toEqual([
      'results[0].decision error.resultDecisionMissing',
      'results[1].decisionDate error.resultDecisionDateOnly',
      'results[2].decisionNumber error.resultDecisionBoth',
      'results[3].decisionDate error.resultDecisionBoth',
    ]);
  });
});

describe('campaignProblems', () => {
  test('gives the problems of milestones, registrations and results, in that order', () => {
    const campaign = {
      ...withMilestones(['so-ket', '2026-08-28'], ['phat-dong', '2026-09-01']),
      registrations: [{}],
      results: [{}],
    };
    expect(fields(campaignProblems(campaign))).toEqual([
      'milestones[1].kind error.milestoneKindOrder',
      'registrations[0].residentialGroup error.registrationWhoMissing',
      'results[0].decision error.resultDecisionMissing',
    ]);
  });

  test('has nothing to say about a campaign without milestones, registrations or results', () => {
    expect(campaignProblems(PERIOD)).toEqual([]);
  });
});
