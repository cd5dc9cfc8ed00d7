import { describe, expect, test } from 'vitest';
import {
  compileDictionary,
  expandAbbreviations,
  findDictionaryAbbreviations,
  findUnknownAbbreviations,
  spellLetters,
} from '../../../src/lib/radio/abbreviations.ts';
import { RADIO_SETTINGS } from '../../fixtures/radio/settings.ts';

const dict = compileDictionary(RADIO_SETTINGS.abbreviations);

describe('expandAbbreviations', () => {
  test('expands whole tokens only, case-sensitively', () => {
    expect(expandAbbreviations('UBND, (TDP) và TDPs, tdp', dict)).toBe('Ủy ban nhân dân, (tổ dân phố) và TDPs, tdp');
  });
  test('prefers a whole hyphenated entry, else expands each part', () => {
    expect(expandAbbreviations('NĐ-CP', dict)).toBe('nghị định của Chính phủ');
    expect(expandAbbreviations('UBND-HĐND', dict)).toBe('Ủy ban nhân dân Hội đồng nhân dân');
  });
  test('keeps the first of duplicate entries', () => {
    const twice = compileDictionary([
      { abbr: 'TDP', expansion: 'tổ dân phố' },
      { abbr: 'TDP', expansion: 'sai' },
    ]);
    expect(expandAbbreviations('TDP', twice)).toBe('tổ dân phố');
  });
  test('does nothing with an empty dictionary', () => {
    expect(expandAbbreviations('UBND', compileDictionary([]))).toBe('UBND');
  });
});

describe('findDictionaryAbbreviations', () => {
  test('lists abbreviations left in a text', () => {
    expect(findDictionaryAbbreviations('Ủy ban nhân dân và MTTQ', dict)).toEqual(['MTTQ']);
    expect(findDictionaryAbbreviations('Ủy ban nhân dân', dict)).toEqual([]);
  });
});

describe('findUnknownAbbreviations', () => {
  test('lists capitalised tokens the dictionary lacks', () => {
    expect(findUnknownAbbreviations('Đoàn TNCS và HTX, UBND, Việt Nam', dict)).toEqual(['HTX', 'TNCS']);
  });
});

describe('spellLetters', () => {
  test('spells letters by their Vietnamese names', () => {
    expect(spellLetters('BCĐ')).toBe('bê xê đê');
  });
});
