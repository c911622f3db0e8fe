import { designSystemsRepository, usersRepository, type Db, type DesignSystemRow } from '@anclora/db';
import { exportTokens, importTokens, presets, withRoles, type SkippedToken, type TokenSet } from '@anclora/engine';
import { AppError, errors, isUuid } from '@anclora/shared';
import type { Actor } from '../authorization/policy.js';

export type ImportFormat = 'dtcg' | 'style-dictionary' | 'css' | 'tailwind';
export type ExportFormat = 'css' | 'scss' | 'js' | 'ts' | 'tailwind' | 'dtcg';

export const DEFAULT_DESIGN_SYSTEM = 'anclora-ocean';
/** PRODUCT.md: the Free plan keeps 3 custom design systems. */
const FREE_PLAN_DESIGN_SYSTEMS = 3;

export interface DesignSystemView {
  id: string;
  name: string;
  builtIn: boolean;
  version: number;
  sourceFormat: string | null;
  tokenCount: number;
  createdAt: string | null;
  updatedAt: string | null;
}

const PRESET_NAMES: Record<string, string> = {
  'anclora-ocean': 'Anclora Ocean',
  'material-3': 'Material Design 3',
  tailwind: 'Tailwind default',
  'bootstrap-5': 'Bootstrap 5',
};

const presetOf = (id: string): TokenSet | undefined => (presets as Record<string, TokenSet>)[id];

function presetView(id: string, set: TokenSet): DesignSystemView {
  return { id, name: PRESET_NAMES[id] ?? set.name, builtIn: true, version: 1, sourceFormat: null, tokenCount: Object.keys(set.tokens).length, createdAt: null, updatedAt: null };
}

function rowView(row: DesignSystemRow): DesignSystemView {
  return {
    id: row.id,
    name: row.name,
    builtIn: false,
    version: row.version,
    sourceFormat: row.sourceFormat,
    tokenCount: Object.keys((row.tokens as TokenSet).tokens ?? {}).length,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}


/**
 * Design systems: the four built-in presets (read-only, addressed by slug)
 * and the user's own (imported or copied from a preset, addressed by UUID).
 * Stored token sets are already completed with the engine's roles, so every
 * compile and generation can rely on them.
 */
export function createDesignSystemsService(db: Db) {
  const repo = designSystemsRepository(db);

  function importSet(name: string, format: ImportFormat | undefined, source: string | undefined, preset: string | undefined) {
    if (preset !== undefined) {
      const set = presetOf(preset);
      if (!set) throw errors.validation(`Unknown preset "${preset}"; use one of ${Object.keys(presets).join(', ')}.`);
      return { tokens: { ...set, name }, sourceFormat: null, filled: [] as string[], skipped: [] as SkippedToken[] };
    }
    if (format === undefined || source === undefined) {
      throw errors.validation('Send either { preset } or { format, source } to create a design system.');
    }
    // What the importer left out (not design tokens, e.g. animation names) is reported, never dropped silently.
    const skipped: SkippedToken[] = [];
    const imported = importTokens(format, source, name, { onSkip: (token) => skipped.push(token) });
    const completed = withRoles(imported);
    return { tokens: completed.tokens, sourceFormat: format, filled: completed.filled, skipped };
  }

  return {
    async list(actor: Actor | null): Promise<DesignSystemView[]> {
      const own = actor ? (await repo.listByOwner(actor.userId)).map(rowView) : [];
      return [...Object.entries(presets).map(([id, set]) => presetView(id, set as TokenSet)), ...own];
    },

    /** The token set behind an id, for compiling; strangers' ids are "not found". */
    async tokenSet(id: string | undefined, actor: Actor | null): Promise<{ tokens: TokenSet; version: number }> {
      const key = id ?? DEFAULT_DESIGN_SYSTEM;
      const preset = presetOf(key);
      if (preset) return { tokens: preset, version: 1 };
      if (!isUuid(key) || !actor) throw errors.notFound('Design system');
      const row = await repo.findOwned(key, actor.userId);
      if (!row) throw errors.notFound('Design system');
      return { tokens: row.tokens as TokenSet, version: row.version };
    },

    async get(id: string, actor: Actor | null): Promise<DesignSystemView & { tokens: TokenSet['tokens'] }> {
      const preset = presetOf(id);
      if (preset) return { ...presetView(id, preset), tokens: preset.tokens };
      if (!isUuid(id) || !actor) throw errors.notFound('Design system');
      const row = await repo.findOwned(id, actor.userId);
      if (!row) throw errors.notFound('Design system');
      return { ...rowView(row), tokens: (row.tokens as TokenSet).tokens };
    },

    async create(
      actor: Actor,
      input: { name: string; format?: ImportFormat | undefined; source?: string | undefined; preset?: string | undefined },
    ): Promise<DesignSystemView & { filledRoles: string[]; skipped: SkippedToken[] }> {
      const user = actor.user ?? (await usersRepository(db).findById(actor.userId));
      if (!user) throw errors.unauthorized();
      if (user.plan === 'free' && (await repo.countByOwner(actor.userId)) >= FREE_PLAN_DESIGN_SYSTEMS) {
        throw new AppError('PLAN_LIMIT', 403, `The Free plan keeps ${FREE_PLAN_DESIGN_SYSTEMS} custom design systems; delete one or upgrade.`);
      }
      const { tokens, sourceFormat, filled, skipped } = importSet(input.name, input.format, input.source, input.preset);
      const row = await repo.create({ ownerId: actor.userId, name: input.name, tokens, sourceFormat });
      return { ...rowView(row), filledRoles: filled, skipped };
    },

    async update(
      id: string,
      actor: Actor,
      patch: { name?: string | undefined; format?: ImportFormat | undefined; source?: string | undefined },
    ): Promise<DesignSystemView & { filledRoles: string[]; skipped: SkippedToken[] }> {
      if (presetOf(id)) throw errors.forbidden('Built-in presets are read-only; create a copy with { preset }.');
      if (!isUuid(id)) throw errors.notFound('Design system');
      let imported: ReturnType<typeof importSet> | undefined;
      if (patch.source !== undefined || patch.format !== undefined) {
        imported = importSet(patch.name ?? 'design system', patch.format, patch.source, undefined);
      }
      const row = await repo.update(id, actor.userId, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(imported ? { tokens: { ...imported.tokens, name: patch.name ?? imported.tokens.name }, sourceFormat: imported.sourceFormat } : {}),
      });
      if (!row) throw errors.notFound('Design system');
      return { ...rowView(row), filledRoles: imported?.filled ?? [], skipped: imported?.skipped ?? [] };
    },

    async delete(id: string, actor: Actor): Promise<void> {
      if (presetOf(id)) throw errors.forbidden('Built-in presets cannot be deleted.');
      if (!isUuid(id) || !(await repo.delete(id, actor.userId))) throw errors.notFound('Design system');
    },

    async export(id: string, actor: Actor | null, format: ExportFormat): Promise<string> {
      const { tokens } = await this.tokenSet(id, actor);
      return exportTokens(tokens, format);
    },
  };
}
export type DesignSystemsService = ReturnType<typeof createDesignSystemsService>;
