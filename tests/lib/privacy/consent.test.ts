import { describe, expect, test } from 'vitest';
import { consentProblems, storyDisplay, type ConsentRecord } from '../../../src/lib/privacy/consent.ts';

const full: ConsentRecord = {
  givenBy: 'Nguyễn Văn A',
  giver: 'ban-than',
  date: '2025-03-01',
  name: true,
  photo: true,
  story: true,
  minor: false,
  childAgreed: false,
};

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('consentProblems', () => {
  test('accepts a person story with full consent', () => {
    expect(consentProblems({ subjectType: 'ca-nhan', name: 'A', photo: {}, consent: full })).toEqual([]);
  });

  test('requires a consent record for a person', () => {
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A' }))).toEqual(['consent']);
  });

  test('requires a consent record for a household', () => {
    expect(fields(consentProblems({ subjectType: 'ho-gia-dinh', name: 'Hộ ông A' }))).toEqual(['consent']);
  });

  test('does not require consent for a collective', () => {
    expect(consentProblems({ subjectType: 'tap-the', name: 'Chi hội Phụ nữ' })).toEqual([]);
  });

  test('refuses a photo without consent to the photo', () => {
    const consent = { ...full, photo: false };
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', photo: {}, consent }))).toEqual([
      'consent.photo',
    ]);
  });

  test('allows a story without photo when the photo is not consented', () => {
    const consent = { ...full, photo: false };
    expect(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent })).toEqual([]);
  });

  test('refuses when the story itself is not consented', () => {
    expect(
      fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent: { ...full, story: false } })),
    ).toContain('consent.story');
  });

  test('refuses a published name without consent to the name', () => {
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent: { ...full, name: false } }))).toEqual([
      'consent.name',
    ]);
  });

  test('requires a parent or guardian for a minor', () => {
    const consent = { ...full, minor: true, childAge: 5 };
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent }))).toEqual(['consent.giver']);
  });

  test('requires the child to agree from age 7', () => {
    const consent = { ...full, giver: 'cha-me', minor: true, childAge: 12, childAgreed: false };
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent }))).toEqual(['consent.childAgreed']);
  });

  test('accepts a minor with a parent and the child agreeing', () => {
    const consent = { ...full, giver: 'cha-me', minor: true, childAge: 12, childAgreed: true };
    expect(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent })).toEqual([]);
  });

  test('refuses a story whose consent was withdrawn', () => {
    const consent = { ...full, withdrawn: '2025-06-01' };
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent }))).toEqual(['consent.withdrawn']);
  });

  test('says what is wrong as a code and its values, for the caller to word', () => {
    const consent = { ...full, withdrawn: '2025-06-01', photo: false };
    expect(consentProblems({ subjectType: 'ca-nhan', name: 'A', photo: {}, consent })).toEqual([
      { field: 'consent.withdrawn', code: 'error.consentWithdrawn', params: { date: '2025-06-01' } },
      { field: 'consent.photo', code: 'error.consentPhoto' },
    ]);
  });
});

describe('storyDisplay', () => {
  test('shows name and photo of a person only as far as the consent record goes', () => {
    expect(storyDisplay({ subjectType: 'ca-nhan', name: 'Nguyễn Văn A', photo: {}, consent: full })).toEqual({
      name: 'Nguyễn Văn A',
      photo: true,
      story: true,
    });
    expect(
      storyDisplay({
        subjectType: 'ca-nhan',
        name: 'Nguyễn Văn A',
        photo: {},
        consent: { ...full, name: false, photo: false },
      }),
    ).toEqual({ name: undefined, photo: false, story: true });
  });

  test('shows a collective as written, without needing consent', () => {
    expect(storyDisplay({ subjectType: 'tap-the', name: 'Chi hội Phụ nữ', photo: {} })).toEqual({
      name: 'Chi hội Phụ nữ',
      photo: true,
      story: true,
    });
  });

  test('publishes nothing of a person without consent, with consent withdrawn or without consent to the story', () => {
    const hidden = { name: undefined, photo: false, story: false };
    expect(storyDisplay({ subjectType: 'ca-nhan', name: 'A', photo: {} })).toEqual(hidden);
    expect(
      storyDisplay({ subjectType: 'ho-gia-dinh', name: 'A', consent: { ...full, withdrawn: '2025-05-01' } }),
    ).toEqual(hidden);
    expect(storyDisplay({ subjectType: 'ca-nhan', name: 'A', consent: { ...full, story: false } })).toEqual(hidden);
  });

  test('publishes nothing of a minor without a parent or guardian, or without the agreement of a child from 7', () => {
    const minor = { ...full, minor: true, giver: 'cha-me', childAge: 12, childAgreed: true };
    expect(storyDisplay({ subjectType: 'ca-nhan', name: 'A', consent: minor }).story).toBe(true);
    expect(storyDisplay({ subjectType: 'ca-nhan', name: 'A', consent: { ...minor, giver: 'ban-than' } }).story).toBe(
      false,
    );
    expect(storyDisplay({ subjectType: 'ca-nhan', name: 'A', consent: { ...minor, childAgreed: false } }).story).toBe(
      false,
    );
    expect(
      storyDisplay({ subjectType: 'ca-nhan', name: 'A', consent: { ...minor, childAge: 5, childAgreed: false } }).story,
    ).toBe(true);
  });
});
