import type {
  CellRunRequest,
  DatasetId,
  DatasetInfo,
  JobId,
  KernelApi,
  MappingProposal,
  ModelInfo,
  OpenOutcome,
  ProgressCallback,
  Readiness,
  Result,
  ScoreLevel,
  TableMapping,
  ValidationReport,
  WorkshopOptions,
  WorkshopScore,
} from '../../../workers/api';
import { fail, ok } from '../../../core/shared/errors';
import type { DatasetFingerprint } from '../../../core/cells/cell-datasets';

/** A dataset as the kernel would describe it. */
export function datasetInfo(id: string, fileName: string, extra: Partial<DatasetInfo> = {}): DatasetInfo {
  return {
    id: id as DatasetId,
    table: `raw_${fileName.replace(/\..*$/, '')}`,
    fileName,
    fileSize: 100,
    sha256: 'ab'.repeat(32),
    format: 'csv',
    rowCount: 3,
    columns: [
      { name: '结算ID', type: 'VARCHAR' },
      { name: '金额', type: 'VARCHAR' },
    ],
    loadMs: 5,
    warnings: [],
    ...extra,
  };
}

/** A controllable kernel: loads resolve when the test says so; calls are recorded. */
export class FakeKernel implements KernelApi {
  datasets: DatasetInfo[] = [];
  reports: ValidationReport[] = [];
  /** The knowledge layers' fingerprints the catalog reports. */
  knowledgeLayers: DatasetFingerprint[] = [];
  calls: string[] = [];
  cancelled: JobId[] = [];
  /** Pending loadFile calls, in order. */
  pendingLoads: {
    file: File;
    jobId: JobId;
    onProgress?: ProgressCallback;
    resolve: (r: Result<DatasetInfo>) => void;
  }[] = [];
  proposal: (id: DatasetId) => Result<MappingProposal> = (id) =>
    ok({
      mapping: {
        source: this.datasets.find((d) => d.id === id)?.table ?? '',
        target: 'setl',
        columns: { setl_id: '结算ID' },
      },
      matches: { setl_id: { column: '结算ID', score: 1, reason: 'header' } },
      targets: [
        { target: 'setl', score: 0.5 },
        { target: 'fee', score: 0.1 },
      ],
    });
  applyResult: (m: TableMapping) => Result<ValidationReport> = (m) =>
    ok({ target: m.target, sources: [m.source], rowsRead: 3, rowsWithProblems: 0, problems: [] });

  async init() {
    this.calls.push('init');
    return ok({ duckdbVersion: 'v1.4.3', bundle: 'eh' as const });
  }
  async loadFile(file: File, options: { jobId: JobId }, onProgress?: ProgressCallback) {
    this.calls.push(`loadFile:${file.name}`);
    return new Promise<Result<DatasetInfo>>((resolve) => {
      this.pendingLoads.push({ file, jobId: options.jobId, onProgress, resolve });
    });
  }
  /**
   * Opens a file: a `kb_*` file imports as knowledge at once; any other is a pending load (see
   * `pendingLoads`) that, once settled, takes the demo's datasets out as the kernel does.
   */
  async openFile(file: File, options: { jobId: JobId }, onProgress?: ProgressCallback) {
    this.calls.push(`openFile:${file.name}`);
    if (file.name.startsWith('kb_'))
      return ok<OpenOutcome>({
        kind: 'knowledge',
        report: {
          file: file.name,
          rowsRead: 1,
          accepted: 1,
          rejected: 0,
          errors: [],
          errorsOmitted: 0,
          filledSources: 0,
        },
      });
    const loaded = await new Promise<Result<DatasetInfo>>((resolve) => {
      this.pendingLoads.push({ file, jobId: options.jobId, onProgress, resolve });
    });
    if (!loaded.ok) return loaded;
    const demo = this.datasets.filter((d) => d.format === 'demo');
    this.datasets = this.datasets.filter((d) => d.format !== 'demo');
    return ok<OpenOutcome>({ kind: 'dataset', dataset: loaded.value, demoRemoved: demo.length > 0 });
  }
  async keepDemoApart(_jobId: JobId) {
    this.calls.push('keepDemoApart');
    return ok({ tables: ['demo.setl'] });
  }
  async removeDemoApart() {
    this.calls.push('removeDemoApart');
    return true;
  }
  async unmapDataset(id: DatasetId) {
    this.calls.push(`unmap:${id}`);
    this.datasets = this.datasets.map((d) => {
      if (d.id !== id) return d;
      const { mapping: _gone, ...rest } = d;
      return rest;
    });
    return ok(undefined);
  }
  async loadDemo(_jobId: JobId, onProgress?: ProgressCallback) {
    this.calls.push('loadDemo');
    onProgress?.({ phase: 'insert', done: 10, total: 20, unit: 'rows' });
    const demo = datasetInfo('demo-1', 'setl.csv', { format: 'demo' });
    this.datasets.push(demo);
    return ok([demo]);
  }
  async listDatasets() {
    return [...this.datasets];
  }
  async removeDataset(id: DatasetId) {
    this.datasets = this.datasets.filter((d) => d.id !== id);
    return ok(undefined);
  }
  async proposeMapping(id: DatasetId) {
    this.calls.push(`propose:${id}`);
    return this.proposal(id);
  }
  async applyMapping(mapping: TableMapping, _jobId: JobId, onProgress?: ProgressCallback) {
    this.calls.push(`apply:${mapping.source}->${mapping.target}`);
    onProgress?.({ phase: 'map', done: 100, total: 100, unit: 'percent' });
    const result = this.applyResult(mapping);
    if (result.ok) this.reports = [...this.reports.filter((r) => r.target !== mapping.target), result.value];
    return result;
  }
  async validationReports() {
    return [...this.reports];
  }
  async query(_sql: string, _jobId: JobId) {
    return fail<never>({ kind: 'sql', code: 'sql.error', message: { zh: '无', en: 'none' } });
  }
  async runCell(_request: CellRunRequest, _jobId: JobId) {
    return fail<never>({ kind: 'sql', code: 'sql.error', message: { zh: '无', en: 'none' } });
  }
  async resultPage(_name: string, _offset: number, _limit: number, _jobId: JobId) {
    return fail<never>({ kind: 'sql', code: 'sql.error', message: { zh: '无', en: 'none' } });
  }
  async resultDigest(_name: string) {
    return fail<never>({ kind: 'sql', code: 'sql.error', message: { zh: '无', en: 'none' } });
  }
  async catalog() {
    return {
      datasets: await this.listDatasets(),
      reports: await this.validationReports(),
      schema: await this.schema(),
      knowledge: this.knowledgeLayers,
    };
  }
  async dropCellViews(_names: readonly string[]) {}
  async cancel(jobId: JobId) {
    this.cancelled.push(jobId);
    const pending = this.pendingLoads.find((p) => p.jobId === jobId);
    if (!pending) return false;
    this.settle(
      jobId,
      fail({ kind: 'cancelled', code: 'cancelled', message: { zh: '已取消。', en: 'Cancelled.' } }),
    );
    return true;
  }
  async schema() {
    return { tables: [] };
  }
  async importKnowledge(): Promise<Result<never>> {
    return fail(this.unsupported('importKnowledge'));
  }
  async removeKnowledgeLayer() {
    return false;
  }
  async knowledgeSummary(): Promise<never> {
    throw new Error('not supported: knowledgeSummary');
  }
  async ruleLibrary() {
    return [];
  }
  async runRules(): Promise<Result<never>> {
    return fail(this.unsupported('runRules'));
  }
  async findingsPage(): Promise<Result<never>> {
    return fail(this.unsupported('findingsPage'));
  }
  async findingDrill(): Promise<Result<never>> {
    return fail(this.unsupported('findingDrill'));
  }
  async checkCustomRule(): Promise<Result<never>> {
    return fail(this.unsupported('checkCustomRule'));
  }
  async exportRulePack(): Promise<Result<never>> {
    return fail(this.unsupported('exportRulePack'));
  }
  async readiness(): Promise<Readiness> {
    return { ready: 0, skipped: 0, rules: [], needs: [] };
  }
  async modelLibrary(): Promise<ModelInfo[]> {
    return [];
  }
  async runModel(): Promise<Result<never>> {
    return fail(this.unsupported('runModel'));
  }
  async modelDrill(): Promise<Result<never>> {
    return fail(this.unsupported('modelDrill'));
  }
  async generateWorkshop(_options: WorkshopOptions, _jobId: JobId): Promise<Result<DatasetInfo[]>> {
    return fail(this.unsupported('generateWorkshop'));
  }
  async revealAnswers(): Promise<Result<{ rows: number }>> {
    return fail(this.unsupported('revealAnswers'));
  }
  async scoreWorkshop(_flags: string, _level: ScoreLevel): Promise<Result<WorkshopScore>> {
    return fail(this.unsupported('scoreWorkshop'));
  }
  private unsupported(call: string) {
    this.calls.push(call);
    return {
      kind: 'internal' as const,
      code: 'fake',
      message: { zh: '不支持', en: `not supported: ${call}` },
    };
  }
  async engineLog() {
    return [];
  }

  /** Finishes a pending load. */
  settle(jobId: JobId, result: Result<DatasetInfo>): void {
    const index = this.pendingLoads.findIndex((p) => p.jobId === jobId);
    const [pending] = this.pendingLoads.splice(index, 1);
    if (result.ok) this.datasets.push(result.value);
    pending?.resolve(result);
  }
}

/** Waits until queued promise callbacks have run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}
