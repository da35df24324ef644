import type { FileEngine } from '../engine/sql-engine';
import { arrowIpc, type ArrowColumn } from './kb-arrow';
import { importKnowledgeAny } from './kb-import-xlsx';
import type { KnowledgeImportReport } from './kb-import-report';
import { KNOWLEDGE_SQL_COLUMNS, createKnowledgeTableSql } from './kb-schema';
import { KNOWLEDGE_TABLES, type KnowledgeTable, type RestrictionKind } from '../../core/knowledge/kb-types';
import {
  DEMO_LAYER,
  LAYER_KINDS,
  NHSA_LAYER,
  importLayerId,
  layerLabel,
  type LayerKind,
} from './knowledge-layer';
import type { KnowledgeRows } from './knowledge-rows';
import { INCOMING_TABLE, createLayersSql, layerCountsSql, layersTable, rebuildSql } from './knowledge-sql';
import type { KnowledgeSummary } from './knowledge-summary';

interface Layer {
  readonly id: string;
  readonly kind: LayerKind;
  readonly name: string;
  /** Layers apply in rank order: kind first (NHSA, demo, imports), then the order they were added. */
  readonly rank: number;
  /** The tables the layer has rows in (only those are rebuilt when it comes or goes). */
  readonly tables: readonly KnowledgeTable[];
}

const zeroCounts = (): Record<KnowledgeTable, number> => ({
  kb_restriction: 0,
  kb_exclusive_pair: 0,
  kb_price_cap: 0,
  kb_frequency: 0,
});

/**
 * The knowledge tables of one engine, built from layers: NHSA's published knowledge points, then the demo's
 * synthetic rows, then each user import in the order imported. Each `kb_*` table holds the newest row
 * per key (kb_restriction: code+kind; kb_exclusive_pair: code_a+code_b; kb_price_cap: code+medins_lv;
 * kb_frequency: code+period): a later layer wins, and within a layer a later row. Calls are queued, so
 * the tables never show half a change. Use one per engine: constructing one (re)creates the tables empty.
 */
export class KnowledgeBase {
  readonly #engine: FileEngine;
  readonly #layers: Layer[] = [];
  #added = 0;
  #queue: Promise<unknown>;

  constructor(engine: FileEngine) {
    this.#engine = engine;
    this.#queue = this.#setUp();
  }

  /** Loads (or replaces) the bottom layer: NHSA's published knowledge points (nhsa-knowledge.ts). */
  loadNhsa(rows: KnowledgeRows): Promise<void> {
    return this.#enqueue(() => this.#put(NHSA_LAYER, 'nhsa-full', NHSA_LAYER, rows));
  }

  /** Loads (or replaces) the demo's synthetic layer. */
  setDemo(rows: KnowledgeRows): Promise<void> {
    return this.#enqueue(() => this.#put(DEMO_LAYER, 'demo', DEMO_LAYER, rows));
  }

  /** Adds a user layer named `name` (a file name) on top; one of the same name is replaced. Returns its id. */
  addLayer(name: string, rows: KnowledgeRows): Promise<string> {
    const id = importLayerId(name);
    return this.#enqueue(async () => {
      await this.#put(id, 'import', name, rows);
      return id;
    });
  }

  /**
   * Reads a user file — a `kb_*` table or NHSA's knowledge-point layout, as CSV, JSON or Excel
   * (kb-import.ts, kb-import-xlsx.ts, nhsa-import.ts) — and, when any row is accepted, adds it as a layer
   * (replacing an earlier import of the same name). A file with no good row leaves the knowledge base
   * unchanged.
   */
  async importFile(name: string, bytes: Uint8Array): Promise<KnowledgeImportReport> {
    const { report, rows } = await importKnowledgeAny(bytes, name);
    if (report.accepted > 0) await this.addLayer(name, rows);
    return report;
  }

  /** Removes a layer by id (`nhsa-full`, `demo`, `import:<file>`); false when there is none. */
  removeLayer(id: string): Promise<boolean> {
    return this.#enqueue(async () => {
      const layer = this.#layers.find((l) => l.id === id);
      if (!layer) return false;
      await this.#drop(layer);
      await this.#rebuild(layer.tables);
      return true;
    });
  }

  /** Rows in force per table and restriction kind, and each layer with its rows and rows in force. */
  summary(): Promise<KnowledgeSummary> {
    return this.#enqueue(() => this.#summary());
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    // A failed task must not block the ones after it; its caller still sees the failure.
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #setUp(): Promise<void> {
    for (const table of KNOWLEDGE_TABLES) {
      await this.#engine.exec(createLayersSql(table));
      await this.#engine.exec(createKnowledgeTableSql(table));
    }
  }

  async #put(id: string, kind: LayerKind, name: string, rows: KnowledgeRows): Promise<void> {
    const previous = this.#layers.find((l) => l.id === id);
    if (previous) await this.#drop(previous);
    this.#added += 1;
    const tables = KNOWLEDGE_TABLES.filter((t) => (rows[t]?.length ?? 0) > 0);
    const layer: Layer = {
      id,
      kind,
      name,
      rank: LAYER_KINDS.indexOf(kind) * 1_000_000 + this.#added,
      tables,
    };
    for (const table of tables) await this.#insert(table, layer.rank, rows[table] ?? []);
    this.#layers.push(layer);
    this.#layers.sort((a, b) => a.rank - b.rank);
    await this.#rebuild(new Set([...tables, ...(previous?.tables ?? [])]));
  }

  async #insert(table: KnowledgeTable, rank: number, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const columns: ArrowColumn[] = [
      { name: 'layer_rank', type: 'int32', values: rows.map(() => rank) },
      { name: 'row_no', type: 'int32', values: rows.map((_, i) => i) },
      ...KNOWLEDGE_SQL_COLUMNS[table].map(([name]): ArrowColumn => ({
        name,
        type: 'utf8',
        values: rows.map((r) => String((r as Record<string, unknown>)[name] ?? '')),
      })),
    ];
    await this.#engine.exec(`DROP TABLE IF EXISTS ${INCOMING_TABLE}`);
    await this.#engine.insertArrowIpc(INCOMING_TABLE, arrowIpc(columns), true);
    await this.#engine.exec(`INSERT INTO ${layersTable(table)} SELECT * FROM ${INCOMING_TABLE}`);
    await this.#engine.exec(`DROP TABLE ${INCOMING_TABLE}`);
  }

  async #drop(layer: Layer): Promise<void> {
    // The rank is a number the app made, not user text.
    for (const table of layer.tables) {
      await this.#engine.exec(`DELETE FROM ${layersTable(table)} WHERE layer_rank = ${layer.rank}`);
    }
    this.#layers.splice(this.#layers.indexOf(layer), 1);
  }

  async #rebuild(tables: Iterable<KnowledgeTable>): Promise<void> {
    for (const table of tables) for (const sql of rebuildSql(table)) await this.#engine.exec(sql);
  }

  async #summary(): Promise<KnowledgeSummary> {
    const tables = zeroCounts();
    const held = new Map(this.#layers.map((l) => [l.rank, { rows: zeroCounts(), inForce: zeroCounts() }]));
    for (const table of KNOWLEDGE_TABLES) {
      const counts = await this.#engine.rows<{ layer_rank: number; n: number; in_force: number }>(
        layerCountsSql(table),
      );
      for (const c of counts) {
        const layer = held.get(Number(c.layer_rank));
        if (!layer) continue;
        layer.rows[table] += Number(c.n);
        layer.inForce[table] += Number(c.in_force);
        tables[table] += Number(c.in_force);
      }
    }
    const kinds = await this.#engine.rows<{ kind: string; n: number }>(
      'SELECT kind, count(*) AS n FROM kb_restriction GROUP BY kind ORDER BY kind',
    );
    return {
      tables,
      restrictionKinds: Object.fromEntries(kinds.map((k) => [k.kind as RestrictionKind, Number(k.n)])),
      layers: this.#layers.map((l) => ({
        id: l.id,
        kind: l.kind,
        ...layerLabel(l.kind, l.name),
        rows: held.get(l.rank)?.rows ?? zeroCounts(),
        inForce: held.get(l.rank)?.inForce ?? zeroCounts(),
      })),
    };
  }
}
