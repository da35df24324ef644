import type { CanonicalTable, DatasetInfo, TableMapping, ValidationReport } from '../api';
import type { DatasetId } from '../../core/shared/ids';

/** The datasets loaded into the engine, the mapping of each, and the report of each canonical table. */
export class DatasetRegistry {
  private readonly datasets = new Map<DatasetId, DatasetInfo>();
  private readonly reports = new Map<CanonicalTable, ValidationReport>();
  private next = 1;

  /** A fresh dataset id. */
  newId(): DatasetId {
    return `ds${this.next++}` as DatasetId;
  }

  /** Every table name in use (raw tables). */
  tableNames(): Set<string> {
    return new Set([...this.datasets.values()].map((d) => d.table));
  }

  add(info: DatasetInfo): void {
    this.datasets.set(info.id, info);
  }

  get(id: DatasetId): DatasetInfo | undefined {
    return this.datasets.get(id);
  }

  bySource(table: string): DatasetInfo | undefined {
    return [...this.datasets.values()].find((d) => d.table === table);
  }

  remove(id: DatasetId): DatasetInfo | undefined {
    const info = this.datasets.get(id);
    this.datasets.delete(id);
    return info;
  }

  list(): DatasetInfo[] {
    return [...this.datasets.values()];
  }

  /** Records the mapping in force for raw table `source`; `undefined` leaves it unmapped. */
  setMapping(source: string, mapping: TableMapping | undefined): void {
    const info = this.bySource(source);
    if (!info) return;
    const { mapping: _previous, ...rest } = info;
    this.datasets.set(info.id, mapping ? { ...rest, mapping } : rest);
  }

  /** Every mapping that feeds `target`, in load order. */
  mappingsFor(target: CanonicalTable): TableMapping[] {
    return this.list()
      .map((d) => d.mapping)
      .filter((m): m is TableMapping => m?.target === target);
  }

  setReport(report: ValidationReport): void {
    this.reports.set(report.target, report);
  }

  dropReport(target: CanonicalTable): void {
    this.reports.delete(target);
  }

  allReports(): ValidationReport[] {
    return [...this.reports.values()];
  }
}
