import type { Context } from '../../context';
import { badUserInput } from '../../common/errors';
import { decodeNodeId } from '../../common/node-id';
import type { Node } from '../../common/node.type';
import { administrativeUnitService } from '../administrative-unit/administrative-unit.service';
import { ADMINISTRATIVE_UNIT } from '../administrative-unit/administrative-unit.type';
import { criteriaSetService } from '../criteria-set/criteria-set.service';
import { CRITERIA_SET, CRITERION } from '../criteria-set/criteria-set.type';
import { evaluationService } from '../ntm/evaluation.service';
import { EVALUATION } from '../ntm/evaluation.type';
import { recognitionService } from '../ntm/recognition.service';
import { RECOGNITION } from '../ntm/recognition.type';
import { productListingService } from '../listing/product-listing.service';
import { PRODUCT_LISTING } from '../listing/product-listing.type';
import { productPhotoService } from '../listing/product-photo.service';
import { PRODUCT_PHOTO } from '../listing/product-photo.type';
import { ocopCertificateService } from '../ocop-certificate/ocop-certificate.service';
import { OCOP_CERTIFICATE } from '../ocop-certificate/ocop-certificate.type';
import { ocopProductService } from '../ocop-product/ocop-product.service';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { producerService } from '../producer/producer.service';
import { fundingService } from '../funding/funding.service';
import { FUNDING_RECORD } from '../funding/funding.type';
import { PRODUCER } from '../producer/producer.type';
import { inquiryService } from '../inquiry/inquiry.service';
import { INQUIRY } from '../inquiry/inquiry.type';
import { productTradeService } from '../product-trade/product-trade.service';
import { PRODUCT_CERTIFICATION } from '../product-trade/product-trade.type';
import { labelBatchService } from '../label/label-batch.service';
import { LABEL_BATCH } from '../label/label.type';

/** How to fetch each type that implements Node, by the type name inside its global ID. */
const FETCHERS: Record<string, (ctx: Context, uuid: string) => Promise<Node | null>> = {
  [ADMINISTRATIVE_UNIT]: (ctx, uuid) => administrativeUnitService.byId(ctx, uuid),
  [CRITERIA_SET]: (ctx, uuid) => criteriaSetService.byId(ctx, uuid),
  [CRITERION]: (ctx, uuid) => criteriaSetService.criterionById(ctx, uuid),
  [RECOGNITION]: (ctx, uuid) => recognitionService.byId(ctx, uuid),
  [EVALUATION]: (ctx, uuid) => evaluationService.byId(ctx, uuid),
  [OCOP_PRODUCT]: (ctx, uuid) => ocopProductService.find(ctx, uuid),
  [OCOP_CERTIFICATE]: (ctx, uuid) => ocopCertificateService.byId(ctx, uuid),
  [PRODUCER]: (ctx, uuid) => producerService.find(ctx, uuid),
  [PRODUCT_LISTING]: (ctx, uuid) => productListingService.byId(ctx, uuid),
  [FUNDING_RECORD]: async (ctx, uuid) => (await fundingService.findByIds(ctx.db, [uuid]))[0] ?? null,
  [PRODUCT_PHOTO]: (ctx, uuid) => productPhotoService.byId(ctx, uuid),
  // Only for those who keep the inquiry's producer: null for anyone else.
  [INQUIRY]: (ctx, uuid) => inquiryService.byIdForViewer(ctx, uuid),
  [PRODUCT_CERTIFICATION]: (ctx, uuid) => productTradeService.certificationById(ctx, uuid),
  // Only for those who may see the batch (label-batch.service.ts): null for anyone else.
  [LABEL_BATCH]: (ctx, uuid) => labelBatchService.byUuidForViewer(ctx, uuid),
};

/** Most IDs `nodes(ids:)` takes at once, like a page. */
export const MAX_NODE_IDS = 100;

export class NodeService {
  /** The object behind a global ID; null when it no longer exists; BAD_USER_INPUT when the ID is not one of ours. */
  async find(ctx: Context, id: string): Promise<Node | null> {
    const decoded = decodeNodeId(id);
    const fetch = decoded ? FETCHERS[decoded.typeName] : undefined;
    if (!decoded || !fetch)
      throw badUserInput('Not a valid ID: IDs are opaque values returned by this API.', 'id');
    return fetch(ctx, decoded.uuid);
  }

  /** `find` for many IDs; the fetchers go through DataLoaders, so reads are batched per type. */
  async findMany(ctx: Context, ids: string[]): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODE_IDS) {
      throw badUserInput(`At most ${MAX_NODE_IDS} IDs at once; got ${ids.length}.`, 'ids');
    }
    return Promise.all(ids.map((id) => this.find(ctx, id)));
  }
}

export const nodeService = new NodeService();
