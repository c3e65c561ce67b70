// R-PEN-2, R-PEN-7, R-PEN-10, R-PRV-2 in Chromium: an officer proposes a suspension, the
// supervisor approves it, the merchant becomes suspended, an appeal overturns it, the status is
// restored, and the audit log shows the whole chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, api, launch, newPage, screenshot, signIn } from './support.mjs';

const BASE = process.env.E2E_BASE_URL;

const signOut = async page => {
    await page.evaluate(() => localStorage.removeItem('tradeward.session'));
    await page.reload();
};

const setLocale = async (page, locale) => {
    await page.evaluate(l => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
    await page.reload();
    await page.waitForSelector('header');
};

/** An active merchant without any penalty, so its derived status starts as active. */
const cleanMerchant = async page => {
    const penalties = await api(page, 'GET', `/penalties?range=${encodeURIComponent('[0,9999]')}`);
    const taken = new Set(penalties.body.map(p => p.merchantId));
    const merchants = await api(page, 'GET', `/merchants?filter=${encodeURIComponent(JSON.stringify({ status: 'active' }))}&range=${encodeURIComponent('[0,199]')}`);
    return merchants.body.find(m => !taken.has(m.id));
};

const confirmDialog = async (page, buttonName, note) => {
    await page.getByRole('button', { name: buttonName, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    if (note) await dialog.getByTestId('action-note').fill(note);
    await dialog.getByRole('button', { name: /Confirm|确认/ }).click();
    await dialog.waitFor({ state: 'hidden' });
};

test('officer proposes a suspension, supervisor approves, appeal overturns it, audit log shows the chain', async () => {
    const browser = await launch();
    const { page, errors } = await newPage(browser);
    try {
        // 1. The compliance officer proposes a temporary suspension from the create form.
        await signIn(page, ACCOUNTS.compliance);
        const merchant = await cleanMerchant(page);
        assert.ok(merchant, 'a clean active merchant exists in the seed');
        await page.goto(`${BASE}/#/penalties/create?source=${encodeURIComponent(JSON.stringify({ merchantId: merchant.id }))}`);
        await page.getByRole('combobox', { name: /Rule broken/ }).click();
        await page.getByRole('option', { name: /R-REG-8/ }).click();
        // R-REG-8 pre-fills "suspend category services".
        assert.equal(await page.locator('input[name="measure-suspend_category_services"]').isChecked(), true);
        const endsOn = await page.evaluate(() => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
        await page.locator('input[name="endsOn"]').fill(endsOn);
        await screenshot(page, 'penalties-create-en');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.waitForURL(/#\/penalties\/[^/]+\/show/);
        const penaltyId = decodeURIComponent(page.url().match(/#\/penalties\/([^/]+)\/show/)[1]);
        await page.getByTestId('timeline-waiting').waitFor();
        // The proposer cannot approve their own proposal (R-PEN-2): the page says why.
        await page.getByTestId('approve-refusal').waitFor();
        let p = (await api(page, 'GET', `/penalties/${penaltyId}`)).body;
        assert.equal(p.status, 'proposed');
        assert.equal(p.merchantStatus, 'active');
        const own = await api(page, 'POST', `/penalties/${penaltyId}/approve`, {});
        assert.equal(own.status, 403);

        // 2. The supervisor approves it: the merchant's derived status becomes suspended.
        await signOut(page);
        await signIn(page, ACCOUNTS.supervisor);
        await page.goto(`${BASE}/#/penalties/${encodeURIComponent(penaltyId)}/show`);
        await confirmDialog(page, 'Approve');
        await page.getByTestId('timeline-approved').waitFor();
        await page.getByText(/Merchant status now .*: Suspended/).waitFor();
        p = (await api(page, 'GET', `/penalties/${penaltyId}`)).body;
        assert.equal(p.status, 'active');
        assert.equal(p.merchantStatus, 'suspended');
        await screenshot(page, 'penalties-show-active-en');

        // 3. The merchant's appeal is recorded and overturns the penalty (decided by someone other than the proposer).
        await page.getByRole('button', { name: 'Record appeal' }).click();
        let dialog = page.getByRole('dialog');
        await dialog.getByTestId('action-note').fill('We updated the licence address on the platform the same day; the change report and new licence are attached.');
        // An attachment through POST /files (a 1×1 PNG).
        const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
        await dialog.locator('input[type="file"]').setInputFiles({ name: 'new-licence.png', mimeType: 'image/png', buffer: png });
        await dialog.getByText('new-licence.png').waitFor();
        await screenshot(page, 'penalties-appeal-dialog-en');
        await dialog.getByRole('button', { name: 'Confirm' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByTestId('appeal-status').getByText('Pending decision').waitFor();
        await page.getByRole('button', { name: 'Decide appeal' }).click();
        dialog = page.getByRole('dialog');
        await dialog.getByLabel('Overturned: undo the penalty').check();
        await dialog.getByTestId('action-note').fill('Licence data was updated in time; ground not made out.');
        await screenshot(page, 'penalties-decide-appeal-en');
        await dialog.getByRole('button', { name: 'Confirm' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByTestId('timeline-ended').waitFor();
        await page.getByText(/Merchant status now .*: Active/).waitFor();
        p = (await api(page, 'GET', `/penalties/${penaltyId}`)).body;
        assert.equal(p.status, 'overturned');
        assert.equal(p.appeal.status, 'overturned');
        assert.equal(p.appeal.fileIds.length, 1, 'the appeal keeps its attachment');
        assert.equal(p.merchantStatus, 'active');
        await screenshot(page, 'penalties-show-overturned-en');

        // 4. The audit log shows the whole chain for the penalty, with who did each step.
        const audit = await api(page, 'GET', `/audit-log?filter=${encodeURIComponent(JSON.stringify({ recordId: penaltyId }))}&sort=${encodeURIComponent('["at","ASC"]')}`);
        const chain = audit.body.map(e => `${e.action}:${e.role}`);
        assert.deepEqual(chain, ['propose:compliance', 'approve:supervisor', 'appeal:supervisor', 'overturn:supervisor']);
        const notices = await api(page, 'GET', `/notices?filter=${encodeURIComponent(JSON.stringify({ recordId: penaltyId }))}`);
        assert.ok(notices.body.some(n => n.kind === 'penalty-approved') && notices.body.some(n => n.kind === 'penalty-overturn'), 'R-NOT-1 notices sent');
        await page.goto(`${BASE}/#/audit-log?filter=${encodeURIComponent(JSON.stringify({ recordId: penaltyId }))}`);
        await page.reload();
        await page.getByText('Overturned', { exact: true }).waitFor();
        await page.getByText('Proposed', { exact: true }).waitFor();
        await screenshot(page, 'penalties-audit-chain-en');

        // Lists and the Chinese console.
        await page.goto(`${BASE}/#/penalties`);
        await page.waitForSelector('table');
        await screenshot(page, 'penalties-list-en');
        await page.goto(`${BASE}/#/penalty-suggestions`);
        await page.waitForSelector('table');
        await screenshot(page, 'penalties-suggestions-en');
        await page.goto(`${BASE}/#/clearances`);
        await page.waitForSelector('table');
        await screenshot(page, 'penalties-clearances-en');
        await setLocale(page, 'zh');
        await page.goto(`${BASE}/#/penalties/${encodeURIComponent(penaltyId)}/show`);
        await page.getByTestId('timeline-ended').waitFor();
        await screenshot(page, 'penalties-show-overturned-zh');
        await page.goto(`${BASE}/#/penalties`);
        await page.waitForSelector('table');
        await screenshot(page, 'penalties-list-zh');
        await page.goto(`${BASE}/#/penalty-suggestions`);
        await page.waitForSelector('table');
        await screenshot(page, 'penalties-suggestions-zh');
        await page.goto(`${BASE}/#/clearances`);
        await page.waitForSelector('table');
        await page.locator('table tbody tr').first().click();
        await page.getByTestId('clearance-transactions').waitFor();
        await screenshot(page, 'penalties-clearance-show-zh');
        await page.goto(`${BASE}/#/penalties/create?source=${encodeURIComponent(JSON.stringify({ merchantId: merchant.id }))}`);
        await page.getByRole('combobox', { name: /违反的规则/ }).click();
        await page.getByRole('option', { name: /R-PEN-6/ }).click();
        await page.locator('input[name="amount-liquidated_damages"]').waitFor();
        assert.equal(await page.locator('input[name="amount-liquidated_damages"]').inputValue(), '100000.00');
        await screenshot(page, 'penalties-create-bribery-zh');
        assert.deepEqual(errors, []);
    } catch (e) {
        await screenshot(page, 'penalties-failure').catch(() => undefined);
        console.error('page errors:', errors);
        throw e;
    } finally {
        await browser.close();
    }
});
