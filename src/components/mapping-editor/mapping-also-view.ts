import { html, nothing } from 'lit';
import { CANONICAL_TABLE_LABELS } from '../../../core/mapping/canonical-model';
import { msgText, t } from '../../i18n/translate';
import { withAlso, withConfirmed, type DraftAlso, type MappingDraft } from '../../state/target-mapping';

/** Receives the draft an edit made. */
type Update = (draft: MappingDraft) => void;

/** The tick that confirms one proposed field (`table.field`) the proposal flagged as uncertain. */
export function confirmBox(draft: MappingDraft, key: string, busy: boolean, update: Update) {
  return html`<label class="confirm-box">
    <input
      type="checkbox"
      data-confirm=${key}
      ?disabled=${busy}
      @change=${() => update(withConfirmed(draft, key))}
    />
    ${t('mapping.confirm')}
  </label>`;
}

/**
 * The further tables the same file builds (`also`: psn, medins, death), each with its columns and
 * evidence, a switch to leave it out, and ticks for its uncertain fields. Rendered inside the mapping
 * editor (its styles apply).
 */
export function alsoSection(draft: MappingDraft, busy: boolean, update: Update) {
  if (draft.also.length === 0) return nothing;
  return html`<section class="also" data-testid="mapping-also">
    <h3>${t('mapping.also')}</h3>
    <p class="muted small">${t('mapping.alsoHint')}</p>
    <ul>
      ${draft.also.map((a) => alsoItem(draft, a, busy, update))}
    </ul>
  </section>`;
}

function alsoItem(draft: MappingDraft, also: DraftAlso, busy: boolean, update: Update) {
  const target = also.proposal.mapping.target;
  const columns = Object.entries(also.proposal.mapping.columns);
  return html`<li data-also=${target}>
    <label>
      <input
        type="checkbox"
        ?checked=${also.enabled}
        ?disabled=${busy}
        @change=${(e: Event) => update(withAlso(draft, target, (e.target as HTMLInputElement).checked))}
      />
      <code>${target}</code> · ${msgText(CANONICAL_TABLE_LABELS[target])}
    </label>
    <ul class="small">
      ${columns.map(([field, column]) => {
        const match = also.proposal.matches[field];
        const key = `${target}.${field}`;
        return html`<li>
          <code>${field}</code> ← ${column}
          ${match ? html`<span class="muted"> · ${msgText(match.evidence ?? { zh: '', en: '' })}</span>` : nothing}
          ${also.enabled && draft.toConfirm.includes(key) ? confirmBox(draft, key, busy, update) : nothing}
        </li>`;
      })}
    </ul>
  </li>`;
}
