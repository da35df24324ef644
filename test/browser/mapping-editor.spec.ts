import { expect, openApp, test } from './fixtures';
import { chooseFiles } from './app-helpers';
import { csvFile } from './test-files';

/** An English claims layout (CMS-style names) with `NA` for empty cells. */
const CLAIMS = [
  'ClaimID,BeneID,Provider,AttendingPhysician,AdmissionDt,DischargeDt,InscClaimAmtReimbursed,ClmDiagnosisCode_1,ClmDiagnosisCode_2,DOB,DOD,Gender,Race,State',
  'CLM46614,BENE11001,PRV55912,PHY390922,2009-04-12,2009-04-18,26000,1970,4019,1943-01-01,NA,1,1,39',
  'CLM66048,BENE11001,PRV55907,PHY318495,2009-08-31,2009-09-02,5000,6186,2948,1943-01-01,NA,1,1,39',
  'CLM68358,BENE11002,PRV56046,PHY372395,2009-09-17,2009-09-20,5000,29590,NA,1936-09-01,2009-12-01,2,1,10',
  'CLM38412,BENE11003,PRV56573,PHY369659,2009-02-14,2009-02-22,8000,V5789,2724,1914-03-01,NA,2,2,52',
  'CLM63689,BENE11004,PRV56573,PHY369659,2009-08-13,2009-08-30,10000,43491,NA,1938-04-01,NA,2,1,39',
].join('\n');

test('the mapping editor shows evidence, asks to confirm uncertain fields, and proposes a constant and a derived psn', async ({
  page,
}) => {
  await openApp(page);
  await chooseFiles(page, [csvFile('claims.csv', CLAIMS)]);
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor.locator('select[data-testid=mapping-target]')).toHaveValue('setl');
  await expect(editor.locator('select[data-field="setl_id"]')).toHaveValue('ClaimID');
  await expect(editor.locator('select[data-field="psn_no"]')).toHaveValue('BeneID');
  await expect(editor.locator('select[data-field="begndate"]')).toHaveValue('AdmissionDt');
  await expect(editor.locator('select[data-field="enddate"]')).toHaveValue('DischargeDt');
  // Evidence: the synonym the header matched, with the confidence.
  const setlRow = editor.locator('tr[data-row="setl_id"]');
  await expect(setlRow.locator('.evidence')).toContainText('ClaimID');
  await expect(setlRow).toContainText('100');
  await expect(editor.locator('[data-testid=mapping-table-evidence]')).toContainText('AdmissionDt');
  // One column feeds two fields, with a note.
  await expect(editor.locator('select[data-field="mdtrt_id"]')).toHaveValue('ClaimID');
  await expect(editor.locator('tr[data-row="mdtrt_id"]')).toContainText('setl_id');
  // The care type is a constant (a file of stays), waiting for confirmation like the visit id.
  await expect(editor.locator('input[data-constant="med_type"]')).toHaveValue('21');
  await expect(editor.locator('tr[data-row="med_type"]')).toHaveClass(/confirm/);
  await expect(editor.locator('tr[data-row="setl_id"]')).not.toHaveClass(/confirm/);
  await expect(editor.locator('[data-testid=mapping-to-confirm]')).toBeVisible();
  const apply = editor.locator('[data-testid=mapping-apply]');
  await expect(apply).toBeDisabled();
  // The person columns build psn; the death date builds death; both can be switched off.
  const psn = editor.locator('[data-testid=mapping-also] li[data-also="psn"]');
  await expect(psn).toContainText('BeneID');
  await expect(psn).toContainText('DOB');
  await expect(psn).toContainText('Gender');
  await expect(psn.locator('input[type=checkbox]').first()).toBeChecked();
  await expect(editor.locator('[data-testid=mapping-also] li[data-also="death"]')).toContainText('DOD');
  // Race and State name no canonical field: mapped nowhere.
  for (const field of ['insu_admdvs', 'medins_lv', 'insutype']) {
    await expect(editor.locator(`select[data-field="${field}"]`)).toHaveValue('');
  }
  // The null spellings are shown and editable.
  await expect(editor.locator('[data-testid=mapping-nulls]')).toHaveValue(/^NA, N\/A, NULL/);
  // Ticking both uncertain fields one by one enables Apply.
  // (a ticked field is confirmed: its tick goes, and so does its highlight)
  await editor.locator('input[data-confirm="setl.med_type"]').click();
  await expect(editor.locator('tr[data-row="med_type"]')).not.toHaveClass(/confirm/);
  await expect(apply).toBeDisabled();
  await editor.locator('input[data-confirm="setl.mdtrt_id"]').click();
  await expect(apply).toBeEnabled();
  await expect(editor.locator('[data-testid=mapping-to-confirm]')).toHaveCount(0);
});

test('a field can take a constant instead of a column, and Confirm all releases Apply', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [csvFile('claims2.csv', CLAIMS)]);
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor.locator('select[data-field="setl_id"]')).toHaveValue('ClaimID');
  const insutype = editor.locator('select[data-field="insutype"]');
  await insutype.selectOption({ index: (await insutype.locator('option').count()) - 1 });
  const value = editor.locator('input[data-constant="insutype"]');
  await expect(value).toBeVisible();
  await value.fill('310');
  await value.press('Tab');
  await expect(editor.locator('tr[data-row="insutype"]')).toHaveClass(/mapped/);
  await editor.locator('[data-testid=mapping-confirm-all]').click();
  await expect(editor.locator('[data-testid=mapping-apply]')).toBeEnabled();
  await editor.locator('li[data-also="death"] input[type=checkbox]').first().uncheck();
  await expect(editor.locator('li[data-also="death"] input[type=checkbox]').first()).not.toBeChecked();
});
