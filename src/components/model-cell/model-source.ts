import type { Result, ResultPage } from '../../../workers/api';
import type { ModelDrill } from '../../../core/models/model-api-types';

/**
 * Where a Model cell reads its output from: more pages of its ranked table and of its extra tables
 * (`resultPage`), and one entity's settlements and fee lines (`modelDrill`). The shell implements it
 * over the kernel; tests pass a fake. Failures are values.
 */
export interface ModelSource {
  /** Rows `offset … offset + limit` of a table the run wrote (the output, `<name>_digits`, …). */
  page(table: string, offset: number, limit: number): Promise<Result<ResultPage>>;
  /** One scored entity with the settlements and fee lines behind it (at most `limit` of each). */
  drill(table: string, entityId: string, limit: number): Promise<Result<ModelDrill>>;
}
