/**
 * The usage text of `npm run new-ward`, from the new-ward dictionary; the options themselves
 * are read and checked by src/content-pipeline/new-ward-options.ts.
 */
import { UNIT_KINDS } from '../../lib/site/unit-kinds.ts';
import { t } from '../strings.ts';

/** The usage text with one line per option, for --help and after a problem. */
export function newWardUsage(): string {
  const lines = [
    ['--unit-name', t('newWard.option.unitName')],
    ['--unit-kind', t('newWard.option.unitKind', { kinds: UNIT_KINDS.join(', ') })],
    ['--province', t('newWard.option.province')],
    ['--site-url', t('newWard.option.siteUrl')],
    ['--remove-examples', t('newWard.option.removeExamples')],
    ['--keep-examples', t('newWard.option.keepExamples')],
    ['--dry-run', t('newWard.option.dryRun')],
  ].map(([option, what]) => `  ${(option ?? '').padEnd(18)} ${what}`);
  return [t('newWard.usage'), '', ...lines].join('\n');
}
