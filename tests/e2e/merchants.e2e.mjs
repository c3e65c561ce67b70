// Issue 3 point 9: a compliance officer opens an overdue registration from the review queue,
// sees a failing check, requests information, then approves a merchant whose checks pass; the
// audit log shows both decisions. Also screenshots of the list, queue and merchant tabs (en, zh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, api, BASE_URL, launch, newPage, screenshot, signIn } from './support.mjs';

const decide = async (page, kind, reasonLabel, note) => {
    await page.getByRole('button', { name: kind }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Reason code/).click();
    await page.getByRole('option', { name: reasonLabel }).click();
    await dialog.getByLabel(/Note/).fill(note);
    await dialog.getByRole('button', { name: 'Confirm decision' }).click();
    await dialog.waitFor({ state: 'detached' });
};

test('compliance: overdue registration from the queue → request information; clean one → approve; audit shows both', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.compliance);
        await page.goto(`${BASE_URL}/#/merchants/queue`);
        await page.waitForSelector('[data-testid="review-clock"]');
        await screenshot(page, 'merchants-queue-en');
        // The most urgent registration is first and overdue (red clock).
        const firstClock = page.locator('[data-testid="review-clock"]').first();
        assert.match(await firstClock.innerText(), /Overdue by/);
        await page.locator('tbody tr').first().click();
        await page.waitForURL(/\/merchants\/m-\d+\/show/);
        const overdueId = /merchants\/(m-\d+)\/show/.exec(page.url())[1];
        await page.getByRole('tab', { name: 'Checks' }).click();
        await page.waitForSelector('[data-testid="check-licence_match"]');
        assert.equal(await page.getAttribute('[data-testid="check-licence_match"]', 'data-status'), 'fail');
        assert.match(await page.locator('[data-testid="check-licence_match"]').innerText(), /R-REG-8/);
        await screenshot(page, 'merchant-checks-failing-en');
        await decide(page, 'Request information', 'Licence differs from registration', 'The licence names another legal representative; send the current licence.');
        await page.locator('[data-testid="merchant-summary"]').getByText('Information requested').waitFor();

        // A pending registration whose checks all pass: found through the API the page uses.
        const pending = await api(page, 'GET', `/merchants?filter=${encodeURIComponent(JSON.stringify({ status: 'pending_review' }))}&sort=${encodeURIComponent('["id","ASC"]')}&range=[0,49]`);
        let cleanId = null;
        for (const m of pending.body) {
            const checks = await api(page, 'GET', `/merchants/${m.id}/checks`);
            if (checks.body.every(c => !(c.blocking && c.status === 'fail'))) {
                cleanId = m.id;
                break;
            }
        }
        assert.ok(cleanId, 'the seed has a pending registration whose checks all pass');
        await page.goto(`${BASE_URL}/#/merchants/${cleanId}/show/checks`);
        await page.waitForSelector('[data-testid="check-uscc"]');
        assert.equal(await page.locator('[data-testid="check-uscc"]').getAttribute('data-status'), 'pass');
        await decide(page, 'Approve', 'All checks passed', 'Licence, certificate and checks verified.');
        await page.locator('[data-testid="merchant-summary"]').getByText('Active').waitFor();

        // The audit log shows both decisions.
        await page.goto(`${BASE_URL}/#/audit-log`);
        await page.waitForSelector('table');
        await page.getByText('decision:request_info').first().waitFor();
        await page.getByText('decision:approve').first().waitFor();
        const audit = await api(page, 'GET', `/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: ['decision:request_info', 'decision:approve'] }))}`);
        assert.deepEqual(audit.body.map(e => e.merchantId).sort(), [overdueId, cleanId].sort());
        await screenshot(page, 'merchants-audit-en');
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});

test('screenshots: merchant list and merchant page tabs in English and Chinese', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.compliance);
        // CSV export: every merchant matching the filter (not only the page), contact data masked.
        await page.goto(`${BASE_URL}/#/merchants?filter=${encodeURIComponent(JSON.stringify({ status: ['active'] }))}`);
        await page.waitForSelector('tbody tr');
        const total = Number(/of (\d+)/.exec(await page.locator('.MuiTablePagination-displayedRows').innerText())[1]);
        assert.ok(total > 25);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
        const csv = await (await download.createReadStream()).toArray().then(chunks => Buffer.concat(chunks).toString('utf8'));
        const lines = csv.trim().split(/\r\n/);
        assert.equal(lines.length, total + 1);
        assert.equal((csv.match(/,1\d{2}\*{4}\d{4},/g) ?? []).length, total, 'every row carries a masked phone');
        assert.doesNotMatch(csv, /,1\d{10},/, 'no full phone number is exported');
        for (const lang of ['en', 'zh']) {
            await page.evaluate(l => localStorage.setItem('RaStore.locale', JSON.stringify(l)), lang);
            await page.goto(`${BASE_URL}/#/merchants`);
            await page.reload();
            await page.waitForSelector('tbody tr');
            await screenshot(page, `merchants-list-${lang}`);
            await page.goto(`${BASE_URL}/#/merchants/queue`);
            await page.waitForSelector('[data-testid="review-clock"]');
            await screenshot(page, `merchants-queue-${lang}`);
            const id = 'm-00002';
            for (const tab of ['', 'licence', 'checks', 'categories', 'change-reports', 'decisions', 'notices', 'audit']) {
                await page.goto(`${BASE_URL}/#/merchants/${id}/show${tab ? `/${tab}` : ''}`);
                await page.waitForSelector('[data-testid="merchant-summary"]').catch(async e => {
                    await screenshot(page, `failed-${tab}-${lang}`);
                    throw new Error(`${tab}: ${e.message}; page errors: ${errors.join(' | ')}`);
                });
                await page.waitForTimeout(400);
                await screenshot(page, `merchant-tab-${tab || 'profile'}-${lang}`);
            }
            for (const [name, path] of [['merchant-edit', '/merchants/m-00002'], ['document-edit', '/documents/doc-m-00002-lic'], ['document-create', '/documents/create?merchantId=m-00002']]) {
                await page.goto(`${BASE_URL}/#${path}`);
                await page.waitForSelector('form');
                await page.waitForTimeout(400);
                await screenshot(page, `${name}-${lang}`);
            }
            await page.goto(`${BASE_URL}/#/change-reports`);
            await page.waitForSelector('table');
            await screenshot(page, `change-reports-${lang}`);
            await page.goto(`${BASE_URL}/#/category-applications`);
            await page.waitForSelector('table');
            await screenshot(page, `category-applications-${lang}`);
        }
        // The browser's periodic service-worker update check of the mock API worker sometimes gets a
        // 404 from vite preview under load; it is not an error of the console.
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});
