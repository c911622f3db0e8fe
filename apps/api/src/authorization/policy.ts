import type { PublicUser } from '@anclora/db';
import { errors } from '@anclora/shared';

/** Who is making the request: a live session of a user. Teams and roles extend this later. */
export interface Actor {
  userId: string;
  sessionId: string;
  /** The user as loaded with the session check (plan included). */
  user?: PublicUser;
}

/** Any row with an owner. Public rows may be read by anyone. */
export interface OwnedResource {
  ownerId: string;
  isPublic?: boolean;
}

/**
 * The one place that decides who may read or change an owned row. Both
 * answer "not found" rather than "forbidden" to a stranger, so ids of other
 * people's rows cannot be probed. Repositories already filter lists by owner;
 * these guard single-row access after it was loaded.
 */
export function assertCanRead<T extends OwnedResource>(actor: Actor | null, resource: T | undefined, what: string): T {
  if (!resource) throw errors.notFound(what);
  if (resource.isPublic === true) return resource;
  if (!actor || actor.userId !== resource.ownerId) throw errors.notFound(what);
  return resource;
}

export function assertCanWrite<T extends OwnedResource>(actor: Actor | null, resource: T | undefined, what: string): T {
  if (!actor) throw errors.unauthorized();
  if (!resource || actor.userId !== resource.ownerId) throw errors.notFound(what);
  return resource;
}
