/** Decap's slug sanitiser, imported by to-decap.test.ts; decap-cms-core types only its main entry. */
declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  export function sanitizeSlug(
    str: string,
    options?: { encoding?: string; clean_accents?: boolean; sanitize_replacement?: string },
    preserveSlashes?: boolean,
  ): string;
}

/** Decap's list-path expansion (`tasks.*.id`), as its relation widget uses it; untyped upstream. */
declare module 'decap-cms-lib-widgets/dist/esm/stringTemplate.js' {
  export function expandPath(args: { data: Record<string, unknown>; path: string }): string[];
}
