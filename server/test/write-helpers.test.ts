import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { loadForProducerEditor } from '../src/common/authorization';
import { encodeNodeId, uuidArgument } from '../src/common/node-id';
import { userError, UserErrorCode } from '../src/common/user-error';
import { Denied, type WriteResult, type WriteScope } from '../src/common/write';
import { toPayload } from '../src/common/write-payload';
import type { Viewer } from '../src/modules/auth/viewer';
import { ProductListingUpdatePayload } from '../src/modules/listing/listing-update.type';
import type { ProductListing } from '../src/modules/listing/product-listing.type';
import { ProductPhotoRemovePayload } from '../src/modules/listing/product-photo-write.type';

const LISTING = { id: 'listing' } as unknown as ProductListing;
const CONFLICT = userError(['input', 'version'], UserErrorCode.CONFLICT, 'stale', { currentVersion: 3 });

/** A `read` that answers LISTING and remembers what it was asked for: each call is a statement. */
function reader() {
  const asked: string[] = [];
  const read = async (id: string) => {
    asked.push(id);
    return LISTING;
  };
  return { asked, read };
}

describe('toPayload (common/write-payload.ts)', () => {
  it('reads the object the write returned, with no user errors', async () => {
    const { asked, read } = reader();
    const result: WriteResult<string> = { ok: true, value: 'written', userErrors: [] };
    const payload = await toPayload(ProductListingUpdatePayload, result, read, 'aimed');
    expect(payload).toBeInstanceOf(ProductListingUpdatePayload);
    expect(asked).toEqual(['written']);
    expect(payload.listing).toBe(LISTING);
    expect(payload.userErrors).toEqual([]);
  });

  it('reads the object aimed at when the write was refused, beside its user errors', async () => {
    const { asked, read } = reader();
    const result: WriteResult<string> = { ok: false, userErrors: [CONFLICT] };
    const payload = await toPayload(ProductListingUpdatePayload, result, read, 'aimed');
    expect(asked).toEqual(['aimed']);
    expect(payload.listing).toBe(LISTING);
    expect(payload.userErrors).toEqual([CONFLICT]);
  });

  it('reads nothing when a refused write aimed at no object', async () => {
    const { asked, read } = reader();
    const result: WriteResult<string> = { ok: false, userErrors: [CONFLICT] };
    const payload = await toPayload(ProductListingUpdatePayload, result, read);
    expect(asked).toEqual([]);
    expect(payload.listing).toBeNull();
    expect(await toPayload(ProductListingUpdatePayload, result, read, null)).toMatchObject({ listing: null });
    expect(asked).toEqual([]);
  });

  it('fills the field its payload class names, from a synchronous read too', async () => {
    const result: WriteResult<string> = { ok: true, value: 'photo', userErrors: [] };
    const payload = await toPayload(ProductPhotoRemovePayload, result, (id) => `removed ${id}`);
    expect(payload.removedPhotoId).toBe('removed photo');
    expect(Object.keys(payload).sort()).toEqual(['removedPhotoId', 'userErrors']);
  });
});

describe('loadForProducerEditor (common/authorization.ts)', () => {
  const editor = (producerId: string): Viewer => ({
    userId: 'u',
    email: 'e@example.com',
    displayName: 'E',
    locale: 'vi',
    roles: [{ role: 'producer_editor', producerId, unitId: null }],
    sessionTokenHash: 'h',
  });
  const row = { id: 'p1', producer_id: 'producer-a', origin_commune_id: 'commune-1' };

  /** A scope without a database: the helper reaches it only through `load`. */
  function scopeOf(viewer: Viewer) {
    const units: (string | null)[] = [];
    const scope = { viewer, unit: (id: string | null) => units.push(id) } as unknown as WriteScope;
    return { scope, units };
  }

  async function denial(promise: Promise<unknown>): Promise<Denied> {
    const error: unknown = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Denied);
    return error as Denied;
  }

  it('answers NOT_FOUND naming no object, without loading, when the ID was not one', async () => {
    const { scope, units } = scopeOf(editor('producer-a'));
    const loaded: string[] = [];
    const load = async (id: string) => {
      loaded.push(id);
      return row;
    };
    const denied = await denial(loadForProducerEditor(scope, null, 'no such thing', load));
    expect([denied.code, denied.message, denied.entityId]).toEqual(['NOT_FOUND', 'no such thing', null]);
    expect(loaded).toEqual([]);
    expect(units).toEqual([]);
  });

  it('answers NOT_FOUND naming the object when there is no row', async () => {
    const { scope, units } = scopeOf(editor('producer-a'));
    const denied = await denial(loadForProducerEditor(scope, 'p1', 'no such thing', async () => undefined));
    expect([denied.code, denied.entityId]).toEqual(['NOT_FOUND', 'p1']);
    expect(units).toEqual([]);
  });

  it('names the unit before refusing another producer’s editor, so that the refusal is audited there', async () => {
    const { scope, units } = scopeOf(editor('producer-b'));
    const denied = await denial(loadForProducerEditor(scope, 'p1', 'no such thing', async () => row));
    expect([denied.code, denied.entityId]).toEqual(['FORBIDDEN', 'p1']);
    expect(units).toEqual(['commune-1']);
  });

  it('returns the row to its producer’s editor', async () => {
    const { scope, units } = scopeOf(editor('producer-a'));
    const loaded: string[] = [];
    const load = async (id: string) => {
      loaded.push(id);
      return row;
    };
    expect(await loadForProducerEditor(scope, 'p1', 'x', load)).toBe(row);
    expect(loaded).toEqual(['p1']);
    expect(units).toEqual(['commune-1']);
  });
});

describe('uuidArgument (common/node-id.ts)', () => {
  const uuid = '0b9f4c2e-5d1a-4e8b-9c3f-2a6d7e8f9a0b';

  it('answers the UUID of a global ID of the expected type', () => {
    expect(uuidArgument(encodeNodeId('Producer', uuid), 'Producer', 'id', 'Not a valid Producer ID.')).toBe(
      uuid,
    );
  });

  it('refuses another type’s ID, or no ID at all, as BAD_USER_INPUT on the argument', () => {
    for (const id of [encodeNodeId('OcopProduct', uuid), uuid, '']) {
      let error: GraphQLError | undefined;
      try {
        uuidArgument(id, 'Producer', 'id', 'Not a valid Producer ID.');
      } catch (e) {
        error = e as GraphQLError;
      }
      expect(error?.message).toBe('Not a valid Producer ID.');
      expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    }
  });
});
