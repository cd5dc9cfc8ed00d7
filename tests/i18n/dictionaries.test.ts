import { describe, expect, test } from 'vitest';
import { dictionaries, t, tMaybe } from '../../src/i18n/strings.ts';

/** The key prefixes each dictionary may hold: one reader per dictionary. */
const readerPrefixes: Record<keyof typeof dictionaries, readonly string[]> = {
  'vi/site': [
    'site.',
    'share.',
    'feed.',
    'nav.',
    'search.',
    'home.',
    'honorees.',
    'campaigns.',
    'documents.',
    'announcements.',
    'legal.',
    'relation.',
    'radio.',
    'about.',
    'notFound.',
    'list.',
  ],
  'vi/cms-form': ['field.', 'hint.', 'option.'],
  'vi/cms-ui': ['cms.'],
  'vi/errors': ['error.', 'privacy.kind.'],
  'vi/new-ward': ['newWard.'],
  'en/site': ['en.'],
};

/** Letters only Vietnamese uses (with and without tone marks), lower and upper case. */
const vietnameseLetter = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** English strings that are Vietnamese on purpose: the link to the Vietnamese pages. */
const languageLinks = new Set(['en.vietnamese']);

const entries = Object.entries(dictionaries) as [keyof typeof dictionaries, Record<string, string>][];

describe('the string dictionaries', () => {
  test('no key is defined in two dictionaries', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, dictionary] of entries) {
      for (const key of Object.keys(dictionary)) {
        const other = seen.get(key);
        if (other !== undefined) twice.push(`${key} in ${other} and ${name}`);
        seen.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  test.each(entries)('%s only holds its reader’s prefixes', (name, dictionary) => {
    const prefixes = readerPrefixes[name];
    const strays = Object.keys(dictionary).filter((key) => !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(strays).toEqual([]);
  });

  test('the English dictionaries hold no Vietnamese, but for the link to the Vietnamese pages', () => {
    const vietnamese = entries
      .filter(([name]) => name.startsWith('en/'))
      .flatMap(([, dictionary]) => Object.entries(dictionary))
      .filter(([key, text]) => !languageLinks.has(key) && vietnameseLetter.test(text))
      .map(([key]) => key);
    expect(vietnamese).toEqual([]);
  });

  test('t() finds a key of every dictionary', () => {
    for (const [, dictionary] of entries) {
      const [key, text] = Object.entries(dictionary)[0] ?? ['', ''];
      expect(tMaybe(key), key).toBe(text);
    }
    expect(t('en.home')).toBe('Home');
    expect(t('error.yaml', { message: 'x' })).toBe('lỗi cú pháp YAML: x');
  });

  test('an unknown key is undefined for tMaybe', () => {
    expect(tMaybe('site.noSuchKey')).toBeUndefined();
  });
});
