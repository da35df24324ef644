import type { RestrictionKind } from '../../core/knowledge/kb-types';
import type { Msg } from '../../core/shared/msg';

/** Which part of a knowledge point a problem is about (`record`: the rule class's own restriction). */
export type NhsaPart =
  'record' | 'sex' | 'age' | 'indication' | 'med_type' | 'medins_lv' | 'course_days' | 'frequency';

/** What one knowledge point says, before it is spread over its codes. */
export class NhsaDraft {
  readonly restrictions: { kind: RestrictionKind; param: string }[] = [];
  readonly frequencies: { period: string; max_cnt: number }[] = [];
  readonly problems: { part: NhsaPart; reason: Msg }[] = [];
  /** True once the rule class's own restriction is read; without it the record yields no rows. */
  primary = false;
  /** True for 医疗服务项目重复收费: the record's two codes are an exclusive pair. */
  pair = false;

  /** Adds a restriction (a later one of the same kind replaces it). */
  restrict(kind: RestrictionKind, param: string): void {
    const i = this.restrictions.findIndex((r) => r.kind === kind);
    if (i >= 0) this.restrictions.splice(i, 1);
    this.restrictions.push({ kind, param });
  }

  /** Adds a frequency limit. */
  limit(period: string, max_cnt: number): void {
    this.frequencies.push({ period, max_cnt });
  }

  /** Records what could not be read. */
  problem(part: NhsaPart, reason: Msg): void {
    this.problems.push({ part, reason });
  }
}
