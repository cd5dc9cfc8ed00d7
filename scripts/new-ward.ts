/**
 * Starts a new ward from this repository's content, in one step (run from the project root):
 *   npm run new-ward -- --unit-name "Tân Phong" --unit-kind xã --province "tỉnh Lai Châu" \
 *     --site-url https://guongsang.tanphong.gov.vn --remove-examples      (or --keep-examples)
 * Rewrites content/settings/, removes the old ward's own entries and local documents, removes
 * or renames the examples (src/content-pipeline/new-ward.ts), prints every change, then runs the
 * build's content check. --dry-run prints the changes without writing them.
 * Exit codes: 0 done (or --help), 1 the content has problems (printed), 2 bad options.
 */
import { checkContent } from '../src/content-pipeline/check.ts';
import { parseNewWardArgs } from '../src/content-pipeline/new-ward-options.ts';
import { newWardUsage } from '../src/i18n/wording/new-ward.ts';
import { word } from '../src/i18n/wording/message.ts';
import { applyNewWardPlan, NewWardError, planNewWard, type NewWardPlan } from '../src/content-pipeline/new-ward.ts';
import { t } from '../src/i18n/strings.ts';

const root = process.cwd();
const args = parseNewWardArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(`${t('newWard.help')}\n\n${newWardUsage()}`);
  process.exit(0);
}
if (args.kind === 'problems') {
  console.error(
    [t('newWard.error.heading'), ...args.problems.map((p) => `  - ${word(p)}`), '', newWardUsage()].join('\n'),
  );
  process.exit(2);
}
const { options } = args;

let plan: NewWardPlan;
try {
  plan = planNewWard(root, options);
} catch (error) {
  if (!(error instanceof NewWardError)) throw error;
  console.error(error.lines.join('\n'));
  process.exit(1);
}

const heading = options.dryRun ? 'newWard.report.headingDryRun' : 'newWard.report.heading';
console.log(t(heading, { committee: plan.committee }));
console.log(
  plan.lines.length > 0 ? plan.lines.map((line) => `  - ${line}`).join('\n') : `  ${t('newWard.report.nothing')}`,
);
for (const warning of plan.warnings) console.log(warning);
if (options.dryRun) process.exit(0);

applyNewWardPlan(root, plan);
const { issues } = checkContent(root);
if (issues.length > 0) {
  console.error(t('newWard.report.checkFailed'));
  for (const i of issues) console.error(`  ${i.file}${i.field ? ` › ${i.field}` : ''}: ${i.message}`);
  process.exit(1);
}
console.log(t('newWard.report.next'));
