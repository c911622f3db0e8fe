import { isTargetId, parseSpec, type TargetId } from '@anclora/engine';
import type { Rendering } from '@anclora/render';
import { errors } from '@anclora/shared';
import type { Actor } from '../authorization/policy.js';
import type { ComponentsService } from './components-service.js';
import type { DesignSystemsService } from './design-systems-service.js';

/**
 * Preview documents for the workspace's iframe, share and embed pages: built
 * from a spec (checked like any spec) or a component the requester may read,
 * published to the preview origin, addressed by content hash.
 */
export function createPreviewsService(deps: { rendering: Rendering; components: ComponentsService; designSystems: DesignSystemsService }) {
  return {
    async build(input: { spec?: unknown; componentId?: string | undefined; target: string; designSystemId?: string | undefined; audit?: boolean | undefined }, actor: Actor | null) {
      if (!isTargetId(input.target)) throw errors.validation(`Unknown target "${input.target}".`);
      if ((input.spec === undefined) === (input.componentId === undefined)) throw errors.validation('Send either a spec or a componentId.');
      const { spec, tokens } = input.componentId
        ? await deps.components.readable(input.componentId, actor)
        : { spec: parseSpec(input.spec), tokens: (await deps.designSystems.tokenSet(input.designSystemId, actor)).tokens };
      const document = await deps.rendering.builder.build({ spec, tokens, target: input.target as TargetId, ...(input.audit ? { audit: true } : {}) });
      await deps.rendering.store.publish(document);
      return { hash: document.hash, name: spec.name, description: spec.description ?? null };
    },
  };
}
export type PreviewsService = ReturnType<typeof createPreviewsService>;
