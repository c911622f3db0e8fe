import { componentsRepository, type ComponentRow, type Db } from '@anclora/db';
import { analyzeSpec, compile, importHtml, isTargetId, parseSpec, type ComponentSpec, type QualityReport, type TargetId } from '@anclora/engine';
import { errors, isUuid } from '@anclora/shared';
import { assertCanRead, assertCanWrite, type Actor } from '../authorization/policy.js';
import type { DesignSystemsService } from './design-systems-service.js';
import { exportArchive } from './export-archive.js';

export interface ComponentView {
  id: string;
  name: string;
  description: string | null;
  designSystemId: string | null;
  version: number;
  isPublic: boolean;
  visualThreshold: number;
  createdAt: string;
  updatedAt: string;
}

const view = (row: ComponentRow): ComponentView => ({
  id: row.id,
  name: row.name,
  description: row.description,
  designSystemId: row.designSystemId ?? row.designSystemPreset,
  version: row.currentVersion,
  isPublic: row.isPublic,
  visualThreshold: row.visualThreshold,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});


/**
 * Saved components: created from a spec or from pasted code (imported into a
 * spec by the engine), read with their current version, compiled per target.
 * Preset design systems are referenced by slug and not stored as a row id.
 */
export function createComponentsService(db: Db, designSystems: DesignSystemsService) {
  const repo = (executor: Db = db) => componentsRepository(executor);

  async function save(actor: Actor, spec: ComponentSpec, designSystemId: string | undefined, note: string) {
    const stored = designSystemId && isUuid(designSystemId) ? designSystemId : null;
    const preset = designSystemId && !stored ? designSystemId : null;
    return db.transaction(async (tx) =>
      componentsRepository(tx as unknown as Db).create({
        ownerId: actor.userId,
        name: spec.name,
        description: spec.description ?? null,
        designSystemId: stored,
        designSystemPreset: preset,
        spec,
        note,
      }),
    );
  }

  /**
   * A component the actor may read (own, or public) with its current spec and
   * the tokens it compiles with. A public component's own design system is
   * private to its owner, so visitors see it in its preset or the default one.
   */
  async function loadReadable(id: string, actor: Actor | null) {
    const found = isUuid(id) ? await repo().findWithCurrent(id) : undefined;
    const readable = assertCanRead(
      actor,
      found ? { ...found, ownerId: found.component.ownerId, isPublic: found.component.isPublic } : undefined,
      'Component',
    );
    const { component } = readable;
    const isOwner = component.ownerId === actor?.userId;
    return { component, spec: readable.version.spec as ComponentSpec, tokens: await tokensFor(component, isOwner, actor), isOwner };
  }

  async function tokensFor(component: ComponentRow, isOwner: boolean, actor: Actor | null) {
    const designSystemId = (isOwner ? component.designSystemId : null) ?? component.designSystemPreset ?? undefined;
    return (await designSystems.tokenSet(designSystemId, actor)).tokens;
  }

  /**
   * The owner's component, for what only the owner sees: its history (a
   * public link shares the current version, not the drafts before it).
   * Anyone else gets "not found", as for a private component.
   */
  async function findOwned(id: string, actor: Actor | null) {
    const found = isUuid(id) ? await repo().findWithCurrent(id) : undefined;
    if (!found || !actor || found.component.ownerId !== actor.userId) throw errors.notFound('Component');
    return found.component;
  }

  /** Appends a version in one statement that also checks ownership, and answers with what was written. */
  async function appendVersion(id: string, actor: Actor, spec: ComponentSpec, note: string) {
    const added = isUuid(id)
      ? await db.transaction(async (tx) => componentsRepository(tx as unknown as Db).addVersion({ componentId: id, ownerId: actor.userId, spec, note }))
      : undefined;
    if (!added) throw errors.notFound('Component');
    return { component: view(added.component), spec, quality: analyzeSpec(spec, await tokensFor(added.component, true, actor)) };
  }

  return {
    async createFromSpec(actor: Actor, input: { spec: unknown; name?: string | undefined; designSystemId?: string | undefined }) {
      const spec = parseSpec(input.name ? { ...(input.spec as object), name: input.name } : input.spec);
      const { tokens } = await designSystems.tokenSet(input.designSystemId, actor);
      const { component } = await save(actor, spec, input.designSystemId, 'created from a spec');
      return { component: view(component), spec, quality: analyzeSpec(spec, tokens), unsupported: [] };
    },

    async createFromHtml(actor: Actor, input: { source: string; name?: string | undefined; designSystemId?: string | undefined }) {
      const { tokens } = await designSystems.tokenSet(input.designSystemId, actor);
      const imported = importHtml(input.source, tokens, input.name ? { name: input.name } : {});
      const { component } = await save(actor, imported.spec, input.designSystemId, 'imported from HTML');
      return { component: view(component), spec: imported.spec, quality: analyzeSpec(imported.spec, tokens), unsupported: imported.unsupported };
    },

    async get(id: string, actor: Actor | null): Promise<{ component: ComponentView & { canEdit: boolean }; spec: ComponentSpec; quality: QualityReport }> {
      const { component, spec, tokens, isOwner } = await loadReadable(id, actor);
      return { component: { ...view(component), canEdit: isOwner }, spec, quality: analyzeSpec(spec, tokens) };
    },

    async list(actor: Actor, page: number, limit: number, search?: string) {
      const { items, total } = await repo().listByOwner(actor.userId, page, limit, search?.trim() || undefined);
      return { items: items.map(view), page, limit, total };
    },

    /** The readable component with its current spec and tokens (previews, share and embed pages). */
    readable: loadReadable,

    async update(id: string, actor: Actor, changes: { name?: string | undefined; description?: string | null | undefined; isPublic?: boolean | undefined; visualThreshold?: number | undefined }) {
      const found = isUuid(id) ? await repo().findWithCurrent(id) : undefined;
      assertCanWrite(actor, found ? { ownerId: found.component.ownerId } : undefined, 'Component');
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const row = Object.keys(defined).length > 0 ? await repo().update(id, defined) : found!.component;
      return view(row!);
    },

    async remove(id: string, actor: Actor): Promise<void> {
      const found = isUuid(id) ? await repo().findWithCurrent(id) : undefined;
      assertCanWrite(actor, found ? { ownerId: found.component.ownerId } : undefined, 'Component');
      await repo().remove(id);
    },

    /** The version history, newest first (notes say what produced each version); the owner's only. */
    async versions(id: string, actor: Actor | null) {
      const component = await findOwned(id, actor);
      const rows = await repo().listVersions(component.id);
      return {
        items: rows.map((row) => ({ version: row.version, note: row.note, createdAt: row.createdAt.toISOString(), current: row.version === component.currentVersion })),
      };
    },

    async version(id: string, version: number, actor: Actor | null) {
      const component = await findOwned(id, actor);
      const found = await repo().findVersion(component.id, version);
      if (!found) throw errors.notFound(`Version ${version}`);
      return { version: found.version.version, note: found.version.note, createdAt: found.version.createdAt.toISOString(), spec: found.version.spec as ComponentSpec };
    },

    /** A new current version from an edited spec (the workspace's spec editor, the CLI). */
    async addVersion(id: string, actor: Actor, input: { spec: unknown; note?: string | undefined }) {
      const spec = parseSpec(input.spec);
      return appendVersion(id, actor, spec, input.note?.trim() || 'edited spec');
    },

    /** Restoring never rewrites history: the old spec becomes a new current version. */
    async restore(id: string, version: number, actor: Actor) {
      await findOwned(id, actor);
      const found = await repo().findVersion(id, version);
      if (!found) throw errors.notFound(`Version ${version}`);
      return appendVersion(id, actor, found.version.spec as ComponentSpec, `Restored from version ${version}`);
    },

    /** The zip download for one target (compiled files, spec.json, README.md). */
    async exportZip(id: string, actor: Actor | null, target: string) {
      if (!isTargetId(target)) throw errors.validation(`Unknown target "${target}".`);
      const { spec, tokens } = await loadReadable(id, actor);
      return exportArchive(spec, tokens, target);
    },

    async code(id: string, actor: Actor | null, target: string) {
      if (!isTargetId(target)) throw errors.validation(`Unknown target "${target}".`);
      const { spec, tokens } = await loadReadable(id, actor);
      return compile(spec, tokens, target as TargetId);
    },
  };
}
export type ComponentsService = ReturnType<typeof createComponentsService>;
