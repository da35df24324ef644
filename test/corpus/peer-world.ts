/**
 * A corpus world for the peer-comparison models: ten level-2 hospitals of one city (one peer group by
 * level × type: `medins` carries no peer_group) and 2,400 people with outpatient visits and stays.
 */
import { buildWorld, type WorldBuilder } from './build-world';
import type { CorpusInstitution } from './corpus-model';
import type { CanonicalRow } from './world-canonical';

const HOSPITALS: readonly CorpusInstitution[] = Array.from({ length: 10 }, (_, i) => ({
  code: `YY3205${String(81 + i * 3).padStart(4, '0')}`,
  name: `第${i + 1}人民医院`,
  level: 2,
}));

/** The world (background only: planters add to it). */
export function peerWorld(seed: number): WorldBuilder {
  return buildWorld({
    seed,
    persons: 2400,
    institutions: HOSPITALS,
    scenes: [
      ['outpatient', 3],
      ['inpatient', 2],
    ],
    ids: {
      person: (n) => `RY${String(500_000 + n * 11)}`,
      visit: (n) => `JZ-${String(n).padStart(7, '0')}`,
      line: (n) => `FY-${String(n).padStart(8, '0')}`,
      doctor: (n) => `YS${String(n).padStart(4, '0')}`,
      trace: (n) => `ZS${String(n).padStart(12, '0')}`,
    },
    depts: ['内科', '外科', '老年科'],
  });
}

/** The hospitals' `medins` rows: level and type only. */
export const PEER_WORLD_MEDINS: readonly CanonicalRow[] = HOSPITALS.map((h) => ({
  fixmedins_code: h.code,
  fixmedins_name: h.name,
  fixmedins_type: '医院',
  medins_lv: String(h.level),
}));
