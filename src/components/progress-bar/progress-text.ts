import type { Progress } from '../../../workers/api';
import { assertNever } from '../../../core/shared/invariant';
import { formatBytes, formatCount } from '../../i18n/format-number';
import type { Lang } from '../../i18n/locale';
import { t } from '../../i18n/translate';
import { PHASE_LABELS } from '../../i18n/labels';

/** What a progress bar says. */
export interface ProgressText {
  /** What is happening: `读取` / `Reading`. */
  readonly phase: string;
  /** How far, in the report's unit: `12.5 MB / 200 MB`, `30,000 行`; empty for bare percentages. */
  readonly amount: string;
  /** 0–100, or undefined when the total is unknown (the bar is then indeterminate). */
  readonly percent: number | undefined;
}

/** Describes a progress report in `lang`. */
export function progressText(p: Progress, lang: Lang): ProgressText {
  const percent = p.total > 0 ? Math.min(100, Math.max(0, (p.done / p.total) * 100)) : undefined;
  return { phase: t(PHASE_LABELS[p.phase], {}, lang), amount: amountText(p, lang), percent };
}

function amountText(p: Progress, lang: Lang): string {
  switch (p.unit) {
    case 'bytes':
      return p.total > 0
        ? `${formatBytes(p.done, lang)} / ${formatBytes(p.total, lang)}`
        : formatBytes(p.done, lang);
    case 'rows':
      return p.total > 0
        ? t('progress.rowsOf', { done: formatCount(p.done, lang), total: formatCount(p.total, lang) }, lang)
        : t('progress.rows', { done: formatCount(p.done, lang) }, lang);
    case 'percent':
      return '';
    default:
      return assertNever(p.unit, 'progress unit');
  }
}
