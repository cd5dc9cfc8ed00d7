import { describe, expect, test } from 'vitest';
import { consentProblems, type ConsentRecord } from '../../../src/lib/privacy/consent.ts';

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
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', photo: {}, consent }))).toEqual(['consent.photo']);
  });

  test('allows a story without photo when the photo is not consented', () => {
    const consent = { ...full, photo: false };
    expect(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent })).toEqual([]);
  });

  test('refuses when the story itself is not consented', () => {
    expect(fields(consentProblems({ subjectType: 'ca-nhan', name: 'A', consent: { ...full, story: false } }))).toContain(
      'consent.story',
    );
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
});
