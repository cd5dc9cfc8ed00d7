/**
 * Keeps the CMS bundle apart from the public site. The /admin/ page's script pulls in
 * Decap (several megabytes of JavaScript, code-editor modes and image codecs) and the
 * project modules the CMS shares with public pages (strings, legal and radio rules).
 *
 * The rule: every script the /admin/ page loads lives under dist/admin/cms/, and no public
 * page loads anything from there. Two steps make it so:
 * 1. Project modules imported from the admin graph get an id of their own (`?gs-admin`), so
 *    the bundler keeps a separate copy for the CMS instead of a chunk shared with public
 *    pages: a pure module such as src/lib/legal/citation.ts is duplicated, never shared.
 * 2. Every file reachable only from the admin entry is written under dist/admin/cms/; the
 *    build then fails if an admin chunk still imports a public chunk or a public file
 *    mentions the admin folder, naming the modules, so the rule cannot break silently.
 * Also quiets warnings about third-party code inside that bundle (direct eval in Node-only
 * branches, "use client" directives) and raises the chunk size warning limit for it.
 */
import { extname, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Folder, relative to dist/, that receives the CMS files. */
export const ADMIN_ASSETS_DIR = 'admin/cms';

const ADMIN_ENTRY = /\/src\/pages\/admin\/index\.astro\?/;
const COPY_MARK = 'gs-admin';
const QUIET_CODES = new Set(['EVAL', 'MODULE_LEVEL_DIRECTIVE']);
const SCRIPT_FILE = /\.(m?[jt]s|[jt]sx)$/;

interface GraphInfo {
  isEntry: boolean;
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}

/** The node_modules package folder a path belongs to, if any. */
export function packageOf(path: string): string | undefined {
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path.replace(/\\/g, '/'));
  return match?.[1];
}

/** True for a module id that is the CMS's own copy of a project module. */
export function isAdminCopy(id: string): boolean {
  return new RegExp(`\\?${COPY_MARK}(&|$)`).test(id);
}

/**
 * The id of the CMS's own copy of `id`, when `id` is a project script (under `root`, not in
 * node_modules, no query); otherwise undefined. The copy ends in `&lang.<ext>` so tools that
 * look at the extension still see a TypeScript or JavaScript file.
 */
export function adminCopyId(id: string, root: string): string | undefined {
  const path = id.replace(/\\/g, '/');
  const base = root.replace(/\\/g, '/').replace(/\/?$/, '/');
  if (!path.startsWith(base) || path.includes('/node_modules/') || path.includes('?')) return undefined;
  if (!SCRIPT_FILE.test(path)) return undefined;
  return `${path}?${COPY_MARK}&lang${extname(path)}`;
}

/** Modules reachable from the admin entries and from no other entry. */
export function adminOnly(
  ids: readonly string[],
  info: (id: string) => GraphInfo | null | undefined,
  isAdminEntry: (id: string) => boolean,
): Set<string> {
  const reach = (starts: string[]) => {
    const seen = new Set<string>(starts);
    const queue = [...starts];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const m = info(id);
      for (const next of [...(m?.importedIds ?? []), ...(m?.dynamicallyImportedIds ?? [])]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };
  const entries = ids.filter((id) => info(id)?.isEntry);
  const admin = reach(entries.filter(isAdminEntry));
  const others = reach(entries.filter((id) => !isAdminEntry(id)));
  return new Set([...admin].filter((id) => !others.has(id)));
}

/** What the bundle check needs to know about one output file. */
export interface OutputFile {
  fileName: string;
  /** Files a chunk imports, statically or dynamically; empty for assets. */
  imports: readonly string[];
  /** Modules bundled into a chunk (for the error message). */
  moduleIds: readonly string[];
  /** The file's text, when it is text. */
  text: string;
}

/**
 * Ways the output breaks the rule: an admin chunk importing a file outside ADMIN_ASSETS_DIR,
 * or a public file mentioning ADMIN_ASSETS_DIR. Empty when the bundle is sound.
 */
export function isolationProblems(outputs: readonly OutputFile[]): string[] {
  const inAdmin = (name: string) => name.startsWith(`${ADMIN_ASSETS_DIR}/`);
  const byName = new Map(outputs.map((o) => [o.fileName, o]));
  const problems: string[] = [];
  for (const o of outputs) {
    if (inAdmin(o.fileName)) {
      for (const imported of o.imports.filter((i) => !inAdmin(i))) {
        const modules = (byName.get(imported)?.moduleIds ?? []).slice(0, 5).join(', ');
        problems.push(`${o.fileName} imports the public file ${imported} (${modules || 'no modules'})`);
      }
    } else if (o.text.includes(`${ADMIN_ASSETS_DIR}/`)) {
      problems.push(`the public file ${o.fileName} refers to ${ADMIN_ASSETS_DIR}/`);
    }
  }
  return problems;
}

type NameFn<I> = (info: I) => string;

function moveToAdmin(name: string): string {
  return `${ADMIN_ASSETS_DIR}/${name.split('/').pop() ?? name}`;
}

const isAdminEntryChunk = (chunk: { facadeModuleId: string | null }) =>
  chunk.facadeModuleId !== null && ADMIN_ENTRY.test(chunk.facadeModuleId);

function adminBundlePlugin(): Plugin {
  let only = new Set<string>();
  let root = process.cwd();
  const isAdminChunk = (chunk: { facadeModuleId: string | null; moduleIds: readonly string[] }) =>
    isAdminEntryChunk(chunk) || (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => only.has(id)));

  return {
    name: 'guong-sang:admin-bundle',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configEnvironment: (name) => (name === 'client' ? { build: { chunkSizeWarningLimit: 8000 } } : undefined),
    configResolved(config) {
      root = config.root;
    },
    resolveId: {
      order: 'pre',
      async handler(source, importer, options) {
        if (!importer || !(ADMIN_ENTRY.test(importer) || isAdminCopy(importer))) return null;
        const from = isAdminCopy(importer) ? importer.slice(0, importer.indexOf('?')) : importer;
        const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
        if (!resolved || resolved.external) return resolved;
        const copy = adminCopyId(resolved.id, root);
        return copy ? { ...resolved, id: copy } : resolved;
      },
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      only = adminOnly(
        ids,
        (id) => this.getModuleInfo(id),
        (id) => ADMIN_ENTRY.test(id),
      );
    },
    outputOptions(options) {
      // Wrap Astro's naming: admin files keep their names but move to ADMIN_ASSETS_DIR.
      const chunkName = <I extends { facadeModuleId: string | null; moduleIds: string[] }>(
        original: string | NameFn<I> | undefined,
      ): NameFn<I> => {
        return (chunk) => {
          if (isAdminEntryChunk(chunk)) return `${ADMIN_ASSETS_DIR}/cms.[hash].js`;
          const name = typeof original === 'function' ? original(chunk) : (original ?? '[name].[hash].js');
          return isAdminChunk(chunk) ? moveToAdmin(name) : name;
        };
      };
      return {
        ...options,
        entryFileNames: chunkName(options.entryFileNames),
        chunkFileNames: chunkName(options.chunkFileNames),
      };
    },
    generateBundle(_options, bundle) {
      // Assets (the image codecs' .wasm files) are named while the module graph is still
      // being built, so they are moved here instead: files from packages only the CMS
      // uses, which no public output mentions, are re-emitted under ADMIN_ASSETS_DIR and
      // the CMS chunks pointed at them.
      const outputs = Object.values(bundle);
      const inAdmin = (fileName: string) => fileName.startsWith(`${ADMIN_ASSETS_DIR}/`);
      const text = (o: (typeof outputs)[number]) =>
        o.type === 'chunk' ? o.code : typeof o.source === 'string' ? o.source : '';
      const adminChunks = outputs.flatMap((o) => (o.type === 'chunk' && inAdmin(o.fileName) ? [o] : []));
      const publicOutputs = outputs.filter((o) => !inAdmin(o.fileName));
      const adminPackages = new Set([...only].flatMap((id) => packageOf(id) ?? []));
      for (const asset of outputs) {
        if (asset.type !== 'asset' || inAdmin(asset.fileName)) continue;
        const packages = asset.originalFileNames.map((file) => packageOf(resolve(root, file)));
        if (packages.length === 0 || !packages.every((p) => p !== undefined && adminPackages.has(p))) continue;
        const old = asset.fileName;
        if (publicOutputs.some((o) => o !== asset && text(o).includes(old))) continue;
        const moved = moveToAdmin(old);
        for (const chunk of adminChunks) chunk.code = chunk.code.replaceAll(old, moved);
        delete bundle[old];
        this.emitFile({ type: 'asset', fileName: moved, source: asset.source });
      }
      const problems = isolationProblems(
        Object.values(bundle).map((o) =>
          o.type === 'chunk'
            ? {
                fileName: o.fileName,
                imports: [...o.imports, ...o.dynamicImports],
                moduleIds: o.moduleIds,
                text: o.code,
              }
            : { fileName: o.fileName, imports: [], moduleIds: [], text: typeof o.source === 'string' ? o.source : '' },
        ),
      );
      if (problems.length > 0) {
        this.error(`The CMS bundle is not kept apart from the public site:\n- ${problems.join('\n- ')}`);
      }
    },
    onLog(_level, log) {
      if (log.code && QUIET_CODES.has(log.code) && log.id?.includes('/node_modules/')) return false;
      return undefined;
    },
  };
}

export default function adminBundle(): AstroIntegration {
  return {
    name: 'guong-sang:admin-bundle',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [adminBundlePlugin()] } });
      },
    },
  };
}
