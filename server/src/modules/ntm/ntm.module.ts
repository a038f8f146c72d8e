import type { ApiModule } from '../module';
import { createNtmLoaders } from './ntm.loaders';
import { AdministrativeUnitNtmResolver } from './unit-ntm.resolver';
import { RecognitionResolver } from './recognition.resolver';
import { CriterionResultResolver, EvaluationResolver } from './evaluation.resolver';
import { NtmProgressResolver } from './ntm-progress.resolver';
import { EvaluationRecordResolver } from './evaluation-record.resolver';
import { RecognitionRecordResolver } from './recognition-record.resolver';

/** NTM: a unit's status, recognitions, evaluations and progress, and the officials' records of them. */
export const ntmModule = {
  resolvers: [
    AdministrativeUnitNtmResolver,
    RecognitionResolver,
    EvaluationResolver,
    CriterionResultResolver,
    NtmProgressResolver,
    EvaluationRecordResolver,
    RecognitionRecordResolver,
  ],
  loaders: createNtmLoaders,
} satisfies ApiModule;
