// Issue 7: each role lands on its own dashboard whose numbers are the numbers of the filtered
// lists they link to; a phone number revealed with a reason shows in the audit trail (R-PRV-1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, api, BASE_URL, launch, newPage, screenshot, signIn } from './support.mjs';

const EXPECTED_QUEUES = {
    [ACCOUNTS.compliance]: ['registrations_due', 'change_reports', 'penalties_expiring', 'suggested_penalties'],
    [ACCOUNTS.customer_service]: ['complaints_awaiting_decision', 'evidence_deadlines', 'penalties_expiring'],
    [ACCOUNTS.financeA]: ['approvals_waiting_for_me', 'overdue_top_ups', 'refunds_due'],
    [ACCOUNTS.financeB]: ['approvals_waiting_for_me', 'overdue_top_ups', 'refunds_due'],
};

/** The total the API gives for a react-admin list URL (#/resource?filter=...). */
const apiTotal = (page, hash) =>
    page.evaluate(async hash => {
        const [path, query] = hash.replace(/^#/, '').split('?');
        const params = new URLSearchParams(query);
        const session = JSON.parse(localStorage.getItem('tradeward.session'));
        const url = `/api${path}?filter=${encodeURIComponent(params.get('filter') ?? '{}')}&range=${encodeURIComponent('[0,0]')}`;
        const response = await fetch(url, { headers: { Authorization: `Bearer ${session.token}` } });
        return Number((response.headers.get('Content-Range') ?? '').split('/').pop());
    }, hash);

const dashboardNumbersMatchLists = async (browser, username) => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, username);
    await page.locator('[data-queue]').first().waitFor();
    const ids = await page.locator('[data-queue]').evaluateAll(cards => cards.map(c => c.getAttribute('data-queue')));
    if (EXPECTED_QUEUES[username]) assert.deepEqual(ids, EXPECTED_QUEUES[username], `${username}'s queues`);
    for (const id of ids) {
        const total = Number(await page.getByTestId(`queue-total-${id}`).innerText({ timeout: 30_000 }));
        await page.locator(`[data-queue="${id}"] a`).first().click();
        await page.waitForURL(url => !url.hash.match(/^#\/?$/));
        const hash = new URL(page.url()).hash;
        assert.equal(await apiTotal(page, hash), total, `${username} ${id}: the list behind ${hash} has the dashboard's number`);
        if (total > 0) {
            // react-admin's pagination reads "1-25 of N".
            const range = page.locator('.MuiTablePagination-displayedRows').first();
            await range.waitFor({ timeout: 30_000 });
            const text = (await range.innerText()).replace(/[,\s]/g, '');
            assert.ok(text.endsWith(`of${total}`) || text.endsWith(`/${total}`) || text.includes(`${total}`), `${username} ${id}: page shows ${text}, dashboard ${total}`);
        }
        await page.goto(`${BASE_URL}/#/`);
        await page.locator('[data-queue]').first().waitFor();
    }
    await screenshot(page, `dashboard-${username}`);
    assert.deepEqual(errors, []);
    await context.close();
};

for (const username of Object.values(ACCOUNTS)) {
    test(`${username} lands on a dashboard whose numbers match the lists they open`, async () => {
        const browser = await launch();
        try {
            await dashboardNumbersMatchLists(browser, username);
        } finally {
            await browser.close();
        }
    });
}

test('R-PRV-1 a compliance officer reveals a phone number with a reason and finds the reveal in the audit trail', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.compliance);
        const merchants = await api(page, 'GET', `/merchants?filter=${encodeURIComponent('{"status":"active"}')}&range=[0,0]`);
        const merchant = merchants.body[0];
        assert.match(merchant.phone, /\*{4}/, 'the API lists the phone masked');
        await page.goto(`${BASE_URL}/#/merchants/${merchant.id}/show`);
        await page.getByRole('button', { name: 'Reveal contact' }).click();
        const reason = `Complaint follow-up call ${Date.now()}`;
        await page.getByLabel('Reason').fill(reason);
        await page.getByRole('button', { name: 'Reveal', exact: true }).click();
        const revealed = page.getByTestId('revealed-contact');
        await revealed.waitFor();
        const text = await revealed.innerText();
        assert.match(text, /1\d{10}/, 'the full phone number is shown');
        assert.doesNotMatch(text, /\*{4}/);
        await page.getByRole('button', { name: 'Close' }).click();
        await page.goto(`${BASE_URL}/#/merchants/${merchant.id}/show/audit`);
        await page.getByTestId('merchant-audit').getByText(reason).waitFor();
        await page.goto(`${BASE_URL}/#/audit-log`);
        await page.getByText(reason).first().waitFor();
        await screenshot(page, 'audit-log-reveal');
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});
