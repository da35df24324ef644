import { html } from 'lit';
import type { FindingsSummary } from '../../../workers/api';
import { formatCount } from '../../i18n/format-number';
import { t } from '../../i18n/translate';
import { formatYuan } from '../rule-cell/money';

/** How many institutions or doctors the summary lists. */
export const TOP_GROUPS = 10;

/** A table of the institutions or doctors with the most amount at risk (code, name, findings, amount). */
export function groupTable(
  caption: string,
  groups: FindingsSummary['byInstitution'],
  testId: string,
): ReturnType<typeof html> {
  const rows = groups.slice(0, TOP_GROUPS);
  return html`<table class="groups" data-testid=${testId}>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('rules.group.code')}</th>
        <th scope="col">${t('rules.group.name')}</th>
        <th scope="col" class="num">${t('rules.col.findings')}</th>
        <th scope="col" class="num">${t('rules.col.amountAtRisk')}</th>
      </tr>
    </thead>
    <tbody>
      ${
        rows.length === 0
          ? html`<tr>
              <td colspan="4" class="muted">${t('rules.summary.none')}</td>
            </tr>`
          : rows.map(
              (g) =>
                html`<tr>
                  <td class="mono">${g.code}</td>
                  <td>${g.name}</td>
                  <td class="num">${formatCount(g.findings)}</td>
                  <td class="num">${formatYuan(g.amountAtRisk)}</td>
                </tr>`,
            )
      }
    </tbody>
  </table>`;
}
