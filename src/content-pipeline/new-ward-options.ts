/**
 * The command line of `npm run new-ward`: the new ward's name, kind, province and public
 * address, and what to do with the example entries. Every problem is reported at once, each
 * naming the option and what would be right, as a code and its values that scripts/new-ward.ts
 * words (word() in src/i18n/wording/); the usage text is src/i18n/wording/new-ward.ts.
 */
import { siteFields } from '../schemas/settings.ts';
import { UNIT_KINDS, unitKindOf, type UnitKind } from '../lib/site/unit-kinds.ts';
import type { Coded } from '../lib/text/message.ts';
import type { ExamplesChoice } from './example-removal.ts';

export interface NewWardOptions {
  /** The ward's name without its kind, in NFC: "Tân Phong". */
  unitName: string;
  unitKind: UnitKind;
  /** Province with its kind: "tỉnh Lai Châu", "thành phố Hà Nội". */
  province: string;
  /** Public address at the root of a domain, without a trailing slash: "https://guongsang.tanphong.gov.vn". */
  siteUrl: string;
  examples: ExamplesChoice;
  /** Print the plan without writing anything. */
  dryRun: boolean;
}

/** What a problem with the options says, as a string key. */
export type NewWardProblemCode =
  | 'newWard.error.unknown'
  | 'newWard.error.noValue'
  | 'newWard.error.flagValue'
  | 'newWard.error.repeated'
  | 'newWard.error.stray'
  | 'newWard.error.missing'
  | 'newWard.error.examplesMissing'
  | 'newWard.error.examplesBoth'
  | 'newWard.error.empty'
  | 'newWard.error.tooLong'
  | 'newWard.error.unitKind'
  | 'newWard.error.unitNameWithKind'
  | 'newWard.error.unitNameChars'
  | 'newWard.error.province'
  | 'newWard.error.siteUrl'
  | 'newWard.error.siteUrlHttps'
  | 'newWard.error.siteUrlPath'
  | 'newWard.error.siteUrlExtra';

export type NewWardProblem = Coded<NewWardProblemCode>;

export type NewWardArgs =
  { kind: 'help' } | { kind: 'options'; options: NewWardOptions } | { kind: 'problems'; problems: NewWardProblem[] };

const VALUE_OPTIONS = {
  '--unit-name': { what: 'newWard.option.unitName', example: '"Tân Phong"' },
  '--unit-kind': { what: 'newWard.option.unitKind', example: 'xã' },
  '--province': { what: 'newWard.option.province', example: '"tỉnh Lai Châu"' },
  '--site-url': { what: 'newWard.option.siteUrl', example: 'https://guongsang.tanphong.gov.vn' },
} as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

const FLAGS = ['--remove-examples', '--keep-examples', '--dry-run', '--help'] as const;
type Flag = (typeof FLAGS)[number];

/** Every option, for the usage text and the "unknown option" message. */
export const NEW_WARD_OPTIONS: readonly string[] = [...Object.keys(VALUE_OPTIONS), ...FLAGS];

/** The kinds a unit may be, as the messages list them. */
export const KINDS = UNIT_KINDS.join(', ');
const isValueOption = (name: string): name is ValueOption => name in VALUE_OPTIONS;
const isFlag = (name: string): name is Flag => (FLAGS as readonly string[]).includes(name);
/** A problem: its code and values. */
const p = (code: NewWardProblemCode, params?: NewWardProblem['params']): NewWardProblem =>
  params === undefined ? { code } : { code, params };
const clean = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ');

/** Letters (with their marks), digits, spaces, hyphens and apostrophes, starting with a letter or digit. */
const NAME_CHARS = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '’-]*$/u;

function maxLength(name: 'unitName' | 'province'): number {
  return siteFields[name].maxLength ?? Infinity;
}

function checkUnitName(value: string, problems: NewWardProblem[]): string | undefined {
  const name = clean(value);
  if (name === '')
    return void problems.push(p('newWard.error.empty', { option: '--unit-name', example: '"Tân Phong"' }));
  const lower = name.toLowerCase();
  const kind = UNIT_KINDS.find((k) => lower.startsWith(`${k} `));
  if (kind) {
    const rest = name.slice(kind.length + 1);
    return void problems.push(p('newWard.error.unitNameWithKind', { value: name, kind, name: rest }));
  }
  if (!NAME_CHARS.test(name)) return void problems.push(p('newWard.error.unitNameChars', { value: name }));
  if (name.length > maxLength('unitName'))
    return void problems.push(
      p('newWard.error.tooLong', { option: '--unit-name', length: name.length, max: maxLength('unitName') }),
    );
  return name;
}

function checkProvince(value: string, problems: NewWardProblem[]): string | undefined {
  const province = clean(value);
  if (province === '')
    return void problems.push(p('newWard.error.empty', { option: '--province', example: '"tỉnh Lai Châu"' }));
  const match = /^(tỉnh|thành phố) (\S.*)$/iu.exec(province);
  if (!match) return void problems.push(p('newWard.error.province', { value: province }));
  if (province.length > maxLength('province'))
    return void problems.push(
      p('newWard.error.tooLong', { option: '--province', length: province.length, max: maxLength('province') }),
    );
  // The kind in lower case, as it is written inside a sentence: "tỉnh Lai Châu".
  return `${(match[1] ?? '').toLowerCase()} ${match[2] ?? ''}`;
}

/** The site's address, or a problem: https, a domain, nothing after it (no base-path support). */
function checkSiteUrl(value: string, problems: NewWardProblem[]): string | undefined {
  const raw = value.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return void problems.push(p('newWard.error.siteUrl', { value: raw }));
  }
  if (!['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.'))
    return void problems.push(p('newWard.error.siteUrl', { value: raw }));
  const suggestion = `https://${url.host}`;
  if (url.protocol !== 'https:') return void problems.push(p('newWard.error.siteUrlHttps', { value: raw, suggestion }));
  if (url.username || url.password || url.search || url.hash || raw.endsWith('?') || raw.endsWith('#'))
    return void problems.push(p('newWard.error.siteUrlExtra', { value: raw, suggestion }));
  if (url.pathname !== '/')
    return void problems.push(p('newWard.error.siteUrlPath', { value: raw, path: url.pathname, suggestion }));
  return url.origin;
}

/** Reads the arguments after `npm run new-ward --`. */
export function parseNewWardArgs(argv: readonly string[]): NewWardArgs {
  const problems: NewWardProblem[] = [];
  const values = new Map<ValueOption, string>();
  const flags = new Set<Flag>();
  /** Options written without their value: already reported, not reported missing again. */
  const valueless = new Set<ValueOption>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      problems.push(p('newWard.error.stray', { value: arg }));
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (isFlag(name)) {
      if (eq !== -1) problems.push(p('newWard.error.flagValue', { option: name }));
      else if (flags.has(name)) problems.push(p('newWard.error.repeated', { option: name }));
      flags.add(name);
    } else if (isValueOption(name)) {
      let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
      if (value === undefined) {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          value = next;
          i += 1;
        }
      }
      if (value === undefined) {
        valueless.add(name);
        problems.push(p('newWard.error.noValue', { option: name, example: VALUE_OPTIONS[name].example }));
      } else if (values.has(name)) problems.push(p('newWard.error.repeated', { option: name }));
      else values.set(name, value);
    } else problems.push(p('newWard.error.unknown', { option: name, options: NEW_WARD_OPTIONS.join(', ') }));
  }
  if (flags.has('--help')) return { kind: 'help' };

  for (const [name, { what, example }] of Object.entries(VALUE_OPTIONS) as [
    ValueOption,
    (typeof VALUE_OPTIONS)[ValueOption],
  ][])
    if (!values.has(name) && !valueless.has(name))
      problems.push(
        p('newWard.error.missing', { option: name, what: { code: what, params: { kinds: KINDS } }, example }),
      );
  const unitName = values.has('--unit-name') ? checkUnitName(values.get('--unit-name') ?? '', problems) : undefined;
  let unitKind: UnitKind | undefined;
  if (values.has('--unit-kind')) {
    const kindText = values.get('--unit-kind') ?? '';
    unitKind = unitKindOf(kindText);
    if (!unitKind) problems.push(p('newWard.error.unitKind', { value: clean(kindText), kinds: KINDS }));
  }
  const province = values.has('--province') ? checkProvince(values.get('--province') ?? '', problems) : undefined;
  const siteUrl = values.has('--site-url') ? checkSiteUrl(values.get('--site-url') ?? '', problems) : undefined;
  const remove = flags.has('--remove-examples');
  const keep = flags.has('--keep-examples');
  if (remove && keep) problems.push(p('newWard.error.examplesBoth'));
  else if (!remove && !keep) problems.push(p('newWard.error.examplesMissing'));

  if (problems.length > 0 || !unitName || !unitKind || !province || !siteUrl) return { kind: 'problems', problems };
  return {
    kind: 'options',
    options: {
      unitName,
      unitKind,
      province,
      siteUrl,
      examples: remove ? 'remove' : 'keep',
      dryRun: flags.has('--dry-run'),
    },
  };
}
