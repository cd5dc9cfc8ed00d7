import { describe, expect, test } from 'vitest';
import { compileDictionary } from '../../../src/lib/radio/abbreviations.ts';
import { docNumberParts, readDocNumber } from '../../../src/lib/radio/doc-number-words.ts';
import { DEFAULT_READING } from '../../../src/lib/radio/number-words.ts';
import { RADIO_SETTINGS } from '../../fixtures/radio/settings.ts';

const dict = compileDictionary(RADIO_SETTINGS.abbreviations);
const read = (value: string, options = {}) => readDocNumber(value, dict, DEFAULT_READING, options);

describe('readDocNumber', () => {
  test('reads type, number and issuer of an administrative document', () => {
    expect(read('08/KH-UBND')).toBe('kế hoạch số tám của Ủy ban nhân dân');
  });
  test('reads the year of a normative document', () => {
    expect(read('98/2023/NĐ-CP')).toBe('nghị định số chín mươi tám năm hai nghìn không trăm hai mươi ba của Chính phủ');
  });
  test('reads a legislature number after Quốc hội and takes the type from the caller', () => {
    expect(read('06/2022/QH15', { typeWord: 'Luật' })).toBe(
      'luật số sáu năm hai nghìn không trăm hai mươi hai của Quốc hội khóa mười lăm',
    );
  });
  test('reads a type code by law even when the dictionary means something else by it', () => {
    expect(read('12/TTr-UBND')).toBe('tờ trình số mười hai của Ủy ban nhân dân');
  });
  test('spells an issuer the dictionary lacks', () => {
    expect(read('05/QĐ-BCĐ')).toBe('quyết định số năm của bê xê đê');
  });
  test('leaves out what the text already says', () => {
    expect(read('08/KH-UBND', { omitType: true, omitSo: true, omitIssuer: true })).toBe('tám');
  });
  test('returns anything that is not a document number unchanged', () => {
    expect(read('13/01/2025')).toBe('13/01/2025');
    expect(docNumberParts('abc', dict, DEFAULT_READING)).toBeUndefined();
  });
});
