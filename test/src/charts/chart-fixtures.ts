/** Shared test setup for charts: a jsdom document Plot can draw into, and real DuckDB result rows. */
import { JSDOM } from 'jsdom';
import { plotRowsFromIpc, type PlotRows } from '../../../src/arrow/plot-rows';
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';

/**
 * A jsdom document. jsdom has no canvas, which Plot uses to paint a continuous colour legend:
 * a stub context stands in, with a fixed data URL so snapshots stay stable.
 */
export function chartDocument(): Document {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const canvas = window.HTMLCanvasElement.prototype;
  canvas.getContext = (() => ({ fillStyle: '', fillRect: () => undefined })) as never;
  canvas.toDataURL = () => 'data:image/png;base64,STUB';
  return window.document;
}

/** Claims per hospital, department and month: text, DECIMAL, BIGINT and DATE columns from DuckDB. */
export const CLAIMS_SQL = `
  SELECT hospital, dept, month, fee, visits FROM (VALUES
    ('协和医院', '内科', DATE '2024-01-01', 1200.50::DECIMAL(18,2), 30::BIGINT),
    ('协和医院', '外科', DATE '2024-01-01', 2300.00::DECIMAL(18,2), 12::BIGINT),
    ('协和医院', '内科', DATE '2024-02-01', 1500.25::DECIMAL(18,2), 34::BIGINT),
    ('协和医院', '外科', DATE '2024-02-01', 2100.75::DECIMAL(18,2), 15::BIGINT),
    ('人民医院', '内科', DATE '2024-01-01', 800.00::DECIMAL(18,2), 22::BIGINT),
    ('人民医院', '外科', DATE '2024-01-01', 3100.10::DECIMAL(18,2), 9::BIGINT),
    ('人民医院', '内科', DATE '2024-02-01', 950.40::DECIMAL(18,2), 25::BIGINT),
    ('人民医院', '外科', DATE '2024-02-01', 2800.00::DECIMAL(18,2), 11::BIGINT),
    ('Central Clinic', '内科', DATE '2024-01-01', 400.00::DECIMAL(18,2), 18::BIGINT),
    ('Central Clinic', '外科', DATE '2024-01-01', 650.00::DECIMAL(18,2), 5::BIGINT),
    ('Central Clinic', '内科', DATE '2024-02-01', 420.00::DECIMAL(18,2), 19::BIGINT),
    ('Central Clinic', '外科', DATE '2024-02-01', 700.00::DECIMAL(18,2), 6::BIGINT)
  ) AS t(hospital, dept, month, fee, visits)`;

/** Monthly fees per department over 2024: a DATE series for lines and areas. */
export const MONTHLY_SQL = `
  SELECT (DATE '2024-01-01' + INTERVAL (m) MONTH)::DATE AS month, dept,
         (1000 + m * 150 + CASE dept WHEN '内科' THEN 400 * (m % 3) ELSE -300 * (m % 4) END)::DECIMAL(18,2) AS fee
  FROM range(12) AS r(m), (VALUES ('内科'), ('外科')) AS d(dept)
  ORDER BY dept, month DESC`;

/** Rows of a query, through IPC as the browser gets them. */
export async function queryRows(engine: NodeEngine, sql: string): Promise<PlotRows> {
  return plotRowsFromIpc(await engine.queryIpc(sql));
}

/** The claims fixture as chart rows. */
export async function claimsRows(engine: NodeEngine): Promise<PlotRows> {
  return plotRowsFromIpc(await engine.queryIpc(CLAIMS_SQL));
}

/**
 * Plot's output made stable and readable: clip-path ids (a global counter) numbered from 1 within the
 * chart, long float noise rounded to 2 decimals, one element a line.
 */
export function normaliseSvg(markup: string): string {
  const ids = new Map<string, string>();
  return markup
    .replace(/plot-(clip|pattern)-\d+/g, (id, kind: string) => {
      if (!ids.has(id)) ids.set(id, `plot-${kind}-${ids.size + 1}`);
      return ids.get(id) as string;
    })
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<');
}
