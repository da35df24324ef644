import type { ModelDefinition } from '../../../core/models/model-types';
import { crossRegionModel } from './cross-region';
import { peerIndicatorsModel } from './peer-indicators';
import { upcodingModel } from './upcoding';

/** NHSA's peer-comparison models: 异地就医, 高套编码, 同类机构指标 (ZB indicators). */
export const NHSA_PEER_MODELS: readonly ModelDefinition[] = [
  crossRegionModel,
  upcodingModel,
  peerIndicatorsModel,
];
