/**
 * The closed lists of values of select fields, for the schemas and their readers. They are
 * domain data of src/lib/content/options.ts: schemas may import lib, lib never imports schemas.
 */
export { OPTIONS, type OptionSet, type OptionValue } from '../lib/content/options.ts';
