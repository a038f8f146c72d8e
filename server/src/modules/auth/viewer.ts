import type { Role } from '@ocop/db';

/** A role the viewer holds and what it is bound to (a producer, or a unit and all inside it). */
export interface RoleGrant {
  role: Role;
  producerId: string | null;
  unitId: string | null;
}

/** The person behind a request, resolved from the session cookie; null for the public. */
export interface Viewer {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  roles: RoleGrant[];
  /** SHA-256 of the session token, to log out exactly this session. */
  sessionTokenHash: string;
}

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.some((grant) => grant.role === role) ?? false;
}

export function isAdministrator(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'administrator');
}

export function isOfficial(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'province_official') || hasRole(viewer, 'commune_official');
}

/** Producers whose listings the viewer keeps as a producer editor. */
export function editableProducerIds(viewer: Viewer | null): string[] {
  return (viewer?.roles ?? [])
    .filter((grant) => grant.role === 'producer_editor' && grant.producerId !== null)
    .map((grant) => grant.producerId as string);
}

/** Units the viewer acts in as an official (each with everything inside it). */
export function officialUnitIds(viewer: Viewer | null): string[] {
  return (viewer?.roles ?? [])
    .filter(
      (grant) =>
        (grant.role === 'province_official' || grant.role === 'commune_official') && grant.unitId !== null,
    )
    .map((grant) => grant.unitId as string);
}
