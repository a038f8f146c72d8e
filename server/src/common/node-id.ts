import { badUserInput } from './errors';

/**
 * Opaque global IDs: base64("<TypeName>:<uuid>"), as in GitHub's and Relay's APIs. Clients must
 * treat them as opaque strings; the encoding lets `node(id:)` find the type without a lookup
 * table, and keeps the database key out of the contract should it ever change.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Whether `text` is a UUID as PostgreSQL prints it (lower case): what a cursor or a global ID holds. */
export const isUuid = (text: string): boolean => UUID.test(text);

export function encodeNodeId(typeName: string, uuid: string): string {
  return Buffer.from(`${typeName}:${uuid}`, 'utf8').toString('base64');
}

export interface DecodedNodeId {
  typeName: string;
  uuid: string;
}

/** The type name and UUID inside a global ID, or null when it is not one of ours. */
export function decodeNodeId(id: string): DecodedNodeId | null {
  if (id.length > 200 || !BASE64.test(id)) return null;
  const text = Buffer.from(id, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const typeName = text.slice(0, colon);
  const uuid = text.slice(colon + 1).toLowerCase();
  if (!/^[A-Za-z]+$/.test(typeName) || !isUuid(uuid)) return null;
  // Only the canonical spelling is accepted, so one object has exactly one ID.
  if (encodeNodeId(typeName, uuid) !== id) return null;
  return { typeName, uuid };
}

/** The UUID inside a global ID of type `typeName`; null when the ID is not one, or of another type. */
export function uuidOf(id: string | null | undefined, typeName: string): string | null {
  if (!id) return null;
  const decoded = decodeNodeId(id);
  return decoded?.typeName === typeName ? decoded.uuid : null;
}

/**
 * The UUID inside `id`, a global ID of type `typeName` given as an argument; BAD_USER_INPUT on
 * `argumentName`, with `message`, when it is not one.
 */
export function uuidArgument(id: string, typeName: string, argumentName: string, message: string): string {
  const uuid = uuidOf(id, typeName);
  if (!uuid) throw badUserInput(message, argumentName);
  return uuid;
}
