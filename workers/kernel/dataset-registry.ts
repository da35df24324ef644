import type { CanonicalTable, DatasetInfo, TableMapping, ValidationReport } from '../api';
import type { DatasetId } from '../../core/shared/ids';
import { DERIVABLE_TABLES, derivedMappingsFor, type SourceMapping } from '../mapping/derived-mapping';

/** The datasets loaded into the engine, the mapping of each, and the report of each canonical table. */
export class DatasetRegistry {
  private readonly datasets = new Map<DatasetId, DatasetInfo>();
  private readonly reports = new Map<CanonicalTable, ValidationReport>();
  /** Canonical tables whose last build read another table's file (`also`). */
  private readonly builtFromOthers = new Set<CanonicalTable>();
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

  /**
   * Every mapping that feeds `target`, in load order: the files mapped to it, then the files whose
   * `also` builds it (flagged `derived`, reduced to one row per key by the build).
   */
  mappingsFor(target: CanonicalTable): SourceMapping[] {
    const mappings = this.list().flatMap((d) => (d.mapping ? [d.mapping] : []));
    return [
      ...mappings.filter((m) => m.target === target),
      ...mappings.flatMap((m) => derivedMappingsFor(m, target)),
    ];
  }

  /** Records which mappings `target` was last built from (so a later build knows it read other files). */
  noteBuilt(target: CanonicalTable, mappings: readonly SourceMapping[]): void {
    if (mappings.some((m) => m.derived)) this.builtFromOthers.add(target);
    else this.builtFromOthers.delete(target);
  }

  /**
   * The canonical tables to rebuild when `target`'s mappings change, in a fixed order: `target`; then
   * `fee` after `setl` (fee lines take empty keys from their settlement); then psn, medins and death
   * when a file's `also` builds them now or did at their last build (a mapping's `also` may have
   * changed with it).
   */
  rebuildOrder(target: CanonicalTable): CanonicalTable[] {
    const order: CanonicalTable[] = [target];
    if (target === 'setl') order.push('fee');
    for (const table of DERIVABLE_TABLES) {
      if (order.includes(table)) continue;
      const fedByOthers = this.mappingsFor(table).some((m) => m.derived);
      if (fedByOthers || this.builtFromOthers.has(table)) order.push(table);
    }
    return order;
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
