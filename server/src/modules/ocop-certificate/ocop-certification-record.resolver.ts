import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { OcopCertificateRevokeInput, OcopCertificationRecordInput } from './ocop-certification-record.inputs';
import { ocopCertificationRecordService } from './ocop-certification-record.service';
import {
  OcopCertificateRevokePayload,
  OcopCertificationRecordPayload,
} from './ocop-certification-record.type';

@Resolver()
export class OcopCertificationRecordResolver {
  @Mutation(() => OcopCertificationRecordPayload, {
    description:
      'Records an OCOP certification: stars from the score, expiry 36 months after the decision; the product’s ' +
      'certificate valid on that day is superseded. Officials inside the product’s commune and administrators; ' +
      'FORBIDDEN otherwise.',
  })
  ocopCertificationRecord(
    @Arg('input') input: OcopCertificationRecordInput,
    @Ctx() ctx: Context,
  ): Promise<OcopCertificationRecordPayload> {
    return ocopCertificationRecordService.record(ctx, input);
  }

  @Mutation(() => OcopCertificateRevokePayload, {
    description:
      'Records the revocation of an OCOP certificate. Officials inside the product’s commune and administrators; ' +
      'FORBIDDEN otherwise.',
  })
  ocopCertificateRevoke(
    @Arg('input') input: OcopCertificateRevokeInput,
    @Ctx() ctx: Context,
  ): Promise<OcopCertificateRevokePayload> {
    return ocopCertificationRecordService.revoke(ctx, input);
  }
}
