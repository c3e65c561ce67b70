// Issue 4, point 8: finance officer A requests a refund for an eligible merchant, A cannot
// approve it (R-DEP-13), finance officer B approves it, the ledger shows the refund and the
// balance is zero (R-DEP-7). Plus screenshots of the deposit pages in English and Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, api, BASE_URL, launch, newPage, screenshot, signIn } from './support.mjs';

const q = obj => encodeURIComponent(JSON.stringify(obj));

const switchUser = async (page, username) => {
    // As a sign-out does: the session goes and the app starts afresh (no cached identity).
    await page.evaluate(() => localStorage.removeItem('tradeward.session'));
    await page.goto(`${BASE_URL}/#/login`);
    await page.reload();
    await signIn(page, username);
};

test('R-DEP-13 A requests a refund, A cannot approve it, B approves it, the ledger shows the refund and a zero balance', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.financeA);
        const found = await api(page, 'GET', `/deposit-accounts?filter=${q({ refundEligible: true, refundPending: false })}&range=${q([0, 0])}`);
        assert.equal(found.status, 200);
        const account = found.body[0];
        assert.ok(account, 'the seed has a merchant eligible for a refund');
        assert.ok(account.balance > 0);

        await page.goto(`${BASE_URL}/#/deposit-accounts/${account.id}/show`);
        await page.getByText('Eligible for a refund').waitFor();
        await page.getByRole('button', { name: 'Request refund' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Reason (recorded with the entry)').fill('Store closed; three quiet months passed');
        await dialog.getByRole('button', { name: 'Review' }).click();
        await page.getByRole('button', { name: 'Send for approval' }).click();
        await page.getByText(/Approval request APR-\d+ created/).waitFor();

        const pending = await api(page, 'GET', `/approvals?filter=${q({ accountId: account.id, status: 'pending' })}`);
        assert.equal(pending.body.length, 1);
        const approval = pending.body[0];
        assert.equal(approval.requestedBy, 'op-finance-a');
        // A sees why they cannot approve: the button is disabled with the rule beside it.
        await page.getByText(/You requested this: another finance officer or the supervisor must decide it/).first().waitFor();
        const approveA = page.getByRole('button', { name: 'Approve' }).first();
        assert.equal(await approveA.isDisabled(), true);
        await screenshot(page, 'deposits-refund-requested-by-A');
        // Forced through the API anyway: 403 (maker-checker).
        const forced = await api(page, 'POST', `/approvals/${approval.id}/approve`, { note: '' });
        assert.equal(forced.status, 403);
        assert.match(forced.body.message, /R-DEP-13/);

        await switchUser(page, ACCOUNTS.financeB);
        await page.goto(`${BASE_URL}/#/approvals`);
        const row = page.locator('tr', { hasText: approval.id });
        await row.waitFor();
        await screenshot(page, 'deposits-approvals-inbox-B');
        await row.getByRole('button', { name: 'Approve' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
        await page.getByText(/Approved: entry LE-\d+ posted/).waitFor();

        await page.goto(`${BASE_URL}/#/deposit-accounts/${account.id}/show`);
        const refundRow = page.locator('tr', { hasText: 'Refund' }).filter({ hasText: '−' }).first();
        await refundRow.waitFor();
        const after = await api(page, 'GET', `/deposit-accounts/${account.id}`);
        assert.equal(after.body.balance, 0);
        const ledger = await api(page, 'GET', `/ledger-entries?filter=${q({ accountId: account.id })}&sort=${q(['id', 'DESC'])}&range=${q([0, 0])}`);
        assert.equal(ledger.body[0].type, 'refund');
        assert.equal(ledger.body[0].balanceAfter, 0);
        assert.equal(ledger.body[0].approvalId, approval.id);
        const balanceText = await refundRow.textContent();
        assert.match(balanceText, /0\.00/);
        await screenshot(page, 'deposits-refund-approved-ledger');
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});

test('deposit pages render in English and Chinese (screenshots)', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.financeA);
        const shortfall = await api(page, 'GET', `/shortfalls?range=${q([0, 0])}`);
        const owed = await api(page, 'GET', `/deposit-accounts?filter=${q({ owed: true })}&range=${q([0, 0])}`);
        for (const locale of ['en', 'zh']) {
            await page.evaluate(l => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
            await page.goto(`${BASE_URL}/#/deposit-accounts`);
            await page.reload();
            await page.waitForSelector('table tbody tr');
            await screenshot(page, `deposits-accounts-${locale}`);
            await page.goto(`${BASE_URL}/#/shortfalls`);
            await page.waitForSelector('table tbody tr');
            await screenshot(page, `deposits-shortfalls-${locale}`);
            await page.goto(`${BASE_URL}/#/approvals`);
            await page.waitForSelector('table tbody tr');
            await screenshot(page, `deposits-approvals-${locale}`);
            await page.goto(`${BASE_URL}/#/deposit-accounts/${owed.body[0].id}/show`);
            await page.waitForSelector('table tbody tr');
            await screenshot(page, `deposits-account-owed-${locale}`);
            await page.goto(`${BASE_URL}/#/deposit-accounts/${shortfall.body[0].id}/show`);
            await page.waitForSelector('table tbody tr');
            await page.getByRole('button', { name: locale === 'en' ? 'Post entry' : '记账' }).first().click();
            await page.getByRole('dialog').waitFor();
            await screenshot(page, `deposits-post-entry-${locale}`);
            await page.keyboard.press('Escape');
            await page.goto(`${BASE_URL}/#/merchants/${owed.body[0].merchantId}/show/deposit`);
            await page.waitForSelector('table tbody tr');
            await screenshot(page, `deposits-merchant-tab-${locale}`);
        }
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});
