import type { Context } from '../../context';
import { idempotentCreate } from '../../common/idempotency';
import { uuidOf } from '../../common/node-id';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import type { Localized } from '../../common/language';
import { bilingual, idempotencyKey, optionalText, parseInput, requiredText, z } from '../../common/validate';
import { Denied, write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { ADMINISTRATIVE_UNIT } from '../administrative-unit/administrative-unit.type';
import { editableProducerIds, isAdministrator, type Viewer } from '../auth/viewer';
import { PRODUCER } from '../producer/producer.type';
import { ocopProductService as products } from './ocop-product.service';
import { OCOP_PRODUCT } from './ocop-product.type';
import type { ProductProposeInput } from './product-propose.inputs';
import { ProductProposePayload } from './product-propose.type';

/** A global ID of `typeName`, as its UUID; anything else is INVALID. */
const globalId = (typeName: string, localized: Localized) => {
  // Registered once, where the schema is built: zod keeps the Vietnamese, the answer picks.
  const message = bilingual(localized);
  return z
    .string()
    .transform((id, ctx) => {
      const uuid = uuidOf(id, typeName);
      if (uuid) return uuid;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    })
    .nullish();
};

const Proposal = z.object({
  // Stored in NFC like every name, so that search and uniqueness see one spelling.
  name: requiredText(200, 2).transform((name) => name.normalize('NFC')),
  productSetCode: z
    .string()
    .trim()
    .regex(
      /^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/,
      bilingual({ vi: 'Mã bộ sản phẩm có dạng "1.2.1".', en: 'A product set code looks like "1.2.1".' }),
    )
    .nullish(),
  description: optionalText(5000).optional(),
  originCommuneId: globalId(ADMINISTRATIVE_UNIT, {
    vi: 'Không phải mã của một xã.',
    en: 'Not a commune ID.',
  }),
  producerId: globalId(PRODUCER, { vi: 'Không phải mã của một chủ thể.', en: 'Not a producer ID.' }),
  idempotencyKey,
});

/**
 * Which producer the product is for: a producer editor's own, from their role — the input can
 * only pick among the producers the viewer keeps; an administrator must name one.
 */
function chooseProducer(viewer: Viewer, named: string | null | undefined): string {
  const own = editableProducerIds(viewer);
  if (!isAdministrator(viewer) && own.length === 0) {
    throw new Denied('FORBIDDEN', {
      vi: 'Chỉ chủ thể mới được đề xuất sản phẩm.',
      en: 'Only producers propose products.',
    });
  }
  if (named) {
    if (isAdministrator(viewer) || own.includes(named)) return named;
    throw new Denied(
      'FORBIDDEN',
      {
        vi: 'Bạn không được đề xuất sản phẩm cho chủ thể khác.',
        en: 'You cannot propose a product for another producer.',
      },
      named,
    );
  }
  if (!isAdministrator(viewer) && own.length === 1) return own[0]!;
  throw new InputRejected([
    userError(['input', 'producerId'], UserErrorCode.REQUIRED, {
      vi: 'Cần chọn chủ thể.',
      en: 'Choose the producer.',
    }),
  ]);
}

/** Producers propose new products; officials certify them later (not here). */
export class ProductProposeService {
  async propose(ctx: Context, input: ProductProposeInput): Promise<ProductProposePayload> {
    const result = await write(
      ctx,
      // Refusals are recorded against the producer (named, or null); the product created is its own entry.
      { action: 'productPropose', entityType: PRODUCER, entityId: null, input },
      async (scope) => {
        const { tx, viewer, audit, unit } = scope;
        // The role is settled before the input is looked at: an official is FORBIDDEN whatever they send.
        if (!isAdministrator(viewer) && editableProducerIds(viewer).length === 0)
          chooseProducer(viewer, null);
        const proposal = parseInput(Proposal, { ...input });
        const communeOf = async (id: string) =>
          (
            (await tx.query(`SELECT commune_id FROM producer WHERE id = $1`, [id])) as {
              commune_id: string | null;
            }[]
          )[0]?.commune_id ?? null;
        // A refusal about a named producer is audited under its commune (its officials see it).
        if (proposal.producerId) unit(await communeOf(proposal.producerId));
        const producerId = chooseProducer(viewer, proposal.producerId);

        const rejections = [];
        const [producer] = (await tx.query(
          `SELECT id, commune_id FROM producer WHERE id = $1 AND deleted_at IS NULL`,
          [producerId],
        )) as { id: string; commune_id: string | null }[];
        // Audited under its producer's commune, or where the product is made once that is checked.
        unit(producer?.commune_id ?? null);
        if (!producer) {
          rejections.push(
            userError(['input', 'producerId'], UserErrorCode.NOT_FOUND, {
              vi: 'Không có chủ thể này.',
              en: 'There is no such producer.',
            }),
          );
        }
        let productSetId: string | null = null;
        if (proposal.productSetCode) {
          const [set] = (await tx.query(`SELECT id FROM ocop_product_set WHERE code = $1`, [
            proposal.productSetCode,
          ])) as { id: string }[];
          if (set) productSetId = set.id;
          else
            rejections.push(
              userError(['input', 'productSetCode'], UserErrorCode.NOT_FOUND, {
                vi: 'Không có bộ sản phẩm này.',
                en: 'There is no such product set.',
              }),
            );
        }
        if (proposal.originCommuneId) {
          const [commune] = (await tx.query(`SELECT id FROM admin_unit WHERE id = $1 AND level = 'commune'`, [
            proposal.originCommuneId,
          ])) as { id: string }[];
          if (commune) unit(commune.id);
          else
            rejections.push(
              userError(['input', 'originCommuneId'], UserErrorCode.NOT_FOUND, {
                vi: 'Không có xã này.',
                en: 'There is no such commune.',
              }),
            );
        }
        if (rejections.length > 0) throw new InputRejected(rejections);

        const created = await idempotentCreate(
          scope,
          'productPropose',
          proposal.idempotencyKey,
          { ...input },
          async () => {
            const [row] = (await tx.query(
              `INSERT INTO ocop_product (name, producer_id, product_set_id, origin_commune_id, description)
             VALUES ($1, $2, $3, $4, $5)
             RETURNING id, version, name, producer_id, product_set_id, origin_commune_id, description, created_at`,
              [
                proposal.name,
                producerId,
                productSetId,
                proposal.originCommuneId ?? null,
                proposal.description ?? null,
              ],
            )) as { id: string }[];
            await audit({ entityType: OCOP_PRODUCT, entityId: row!.id, after: row });
            return row!.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(ProductProposePayload, result, (id) => oneOrNull(products.findByIds(ctx.db, [id])));
  }
}

export const productProposeService = new ProductProposeService();
