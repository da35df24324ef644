/**
 * How a Model cell writes its output's values for people: each indicator by its declared format through
 * `core/format/number-format.ts` (money to the fen, counts grouped, shares as percentages, measured
 * numbers with every digit they have), the explanation in the UI language.
 */
import type { IndicatorFormat, ModelEntity } from '../../../core/models/model-types';
import {
  formatCount,
  formatDecimal,
  formatMoney,
  formatShare,
  type NumberLang,
} from '../../../core/format/number-format';
import type { PlotRow, PlotValue } from '../../arrow/plot-rows';
import { plotRowsFromIpc } from '../../arrow/plot-rows';
import type { ResultPage } from '../../../workers/api';
import { t } from '../../i18n/translate';

/** What an empty value reads as (SQL NULL: the indicator does not apply to this entity). */
export const NO_VALUE = '—';

/** `value` written per `format` in `lang`. */
export function formatIndicator(
  value: PlotValue | undefined,
  format: IndicatorFormat,
  lang: NumberLang,
): string {
  if (value === null || value === undefined) return NO_VALUE;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'number') return String(value);
  switch (format) {
    case 'money':
      return formatMoney(value, lang);
    case 'count':
      return Number.isInteger(value) ? formatCount(value, lang) : formatDecimal(value, lang);
    case 'share':
      return formatShare(value, lang);
    case 'days':
      return t('models.days', { n: formatDecimal(value, lang) }, lang);
    case 'number':
    case 'text':
      return formatDecimal(value, lang);
  }
}

/** The rows of a page as plain values (every row of the page). */
export function pageRows(page: ResultPage): readonly PlotRow[] {
  return plotRowsFromIpc(page.ipc, { maxRows: Math.max(1, page.rowCount) }).rows;
}

/** The explanation of an output row in `lang` (the Chinese one when the English one is empty). */
export function explanation(row: PlotRow, lang: NumberLang): string {
  const zh = row['explain_zh'];
  const en = row['explain_en'];
  const text = lang === 'en' && typeof en === 'string' && en !== '' ? en : zh;
  return typeof text === 'string' ? text : '';
}

/** An output row's entity id as text. */
export function entityIdOf(row: PlotRow): string {
  const id = row['entity_id'];
  return id === null || id === undefined ? '' : id instanceof Date ? id.toISOString() : String(id);
}

/** What the UI calls an entity type. */
export function entityLabel(entity: ModelEntity, lang: NumberLang): string {
  return t(`models.entity.${entity}`, {}, lang);
}
