import { AuditLogResolver } from '../audit/audit-log.resolver';
import { FundingRecordResolver } from '../funding/funding-record.resolver';
import { FundingResolver } from '../funding/funding.resolver';
import { EvaluationRecordResolver } from '../ntm/evaluation-record.resolver';
import { RecognitionRecordResolver } from '../ntm/recognition-record.resolver';
import { OcopCertificationRecordResolver } from '../ocop-certificate/ocop-certification-record.resolver';
import { ProducerRecordResolver } from '../producer/producer-record.resolver';

/** The officials' writes (NTM, OCOP certification, producers, funding), funding reads and the audit view. */
export const OFFICIAL_RESOLVERS = [
  EvaluationRecordResolver,
  RecognitionRecordResolver,
  OcopCertificationRecordResolver,
  ProducerRecordResolver,
  FundingRecordResolver,
  FundingResolver,
  AuditLogResolver,
] as const;
