// Foundation in a real browser: each role's menu and identity, the language switch surviving
// a reload, a supervisor's setting surviving a reload, and a 401 returning to the same page
// after signing in again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, api, BASE_URL, launch, menuItems, newPage, screenshot, signIn } from './support.mjs';

// What each role's menu must offer (RULES.md "Who uses the console", src/domain/permissions.ts):
// every role reads the audit log and the settings; only the supervisor edits settings.
const ROLES = [
    { username: ACCOUNTS.compliance, role: 'Compliance officer', editsSettings: false },
    { username: ACCOUNTS.customer_service, role: 'Customer service agent', editsSettings: false },
    { username: ACCOUNTS.financeA, role: 'Finance officer', editsSettings: false },
    { username: ACCOUNTS.financeB, role: 'Finance officer', editsSettings: false },
    { username: ACCOUNTS.supervisor, role: 'Supervisor', editsSettings: true },
];

test('each role signs in, sees who is signed in, its menu, and settings editable only for the supervisor', async () => {
    const browser = await launch();
    try {
        for (const account of ROLES) {
            const { context, page, errors } = await newPage(browser);
            await signIn(page, account.username);
            const who = page.getByTestId('signed-in-operator');
            await who.waitFor();
            assert.match(await who.innerText(), new RegExp(account.role), `${account.username} shows role ${account.role}`);
            const items = await menuItems(page);
            assert.ok(items.includes('Audit log'), `${account.username} menu has the audit log: ${items}`);
            assert.ok(items.includes('Settings'), `${account.username} menu has settings: ${items}`);
            await page.getByRole('menuitem', { name: 'Settings' }).click();
            await page.getByRole('heading', { name: 'Deposits', exact: true }).waitFor();
            assert.equal(page.url(), `${BASE_URL}/#/settings/platform`);
            if (account.editsSettings) {
                await page.getByRole('button', { name: 'Save' }).waitFor();
                assert.equal(await page.getByTestId('settings-read-only').count(), 0);
                // The supervisor controls the mock clock from the app bar.
                assert.equal(await page.getByRole('button', { name: 'Move the mock clock or reset the demo data' }).count(), 1);
            } else {
                await page.getByTestId('settings-read-only').waitFor();
                assert.equal(await page.getByRole('button', { name: 'Save' }).count(), 0, `${account.username} has no Save button`);
                assert.equal(await page.getByRole('button', { name: 'Move the mock clock or reset the demo data' }).count(), 0, 'only the supervisor moves the clock');
                await page.getByTestId('mock-clock').waitFor();
            }
            assert.deepEqual(errors, []);
            await context.close();
        }
    } finally {
        await browser.close();
    }
});

test('the language switch shows Chinese and is remembered across a reload', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.compliance);
        await page.getByRole('button', { name: 'English' }).first().click();
        await page.getByRole('menuitem', { name: '中文' }).click();
        await page.getByRole('menuitem', { name: '审计日志' }).waitFor();
        await page.reload();
        await page.getByRole('menuitem', { name: '审计日志' }).waitFor();
        await page.getByRole('menuitem', { name: '平台设置' }).click();
        await page.getByRole('heading', { name: '保证金', exact: true }).waitFor();
        await page.getByText('合规专员').first().waitFor();
        await screenshot(page, 'settings-zh');
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});

test('a supervisor changes a setting (money in major units) and still sees it after a reload', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.supervisor);
        await page.goto(`${BASE_URL}/#/settings/platform`);
        const topUp = page.getByLabel('Days to top up a shortfall');
        await topUp.fill('21');
        const deposit = page.getByLabel('Standard deposit (CNY)');
        await deposit.fill('12345.67');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByText('Settings saved').waitFor();
        const saved = await api(page, 'GET', '/settings/platform');
        assert.equal(saved.body.topUpDays, 21);
        assert.equal(saved.body.standardDeposit.CNY, 1234567, 'stored exactly in minor units');
        await page.reload();
        await page.getByRole('heading', { name: 'Deposits', exact: true }).waitFor();
        assert.equal(await page.getByLabel('Days to top up a shortfall').inputValue(), '21');
        assert.equal(await page.getByLabel('Standard deposit (CNY)').inputValue(), '12345.67');
        await screenshot(page, 'settings-en');
        // The change is in the audit log, newest first, with its diff.
        await page.getByRole('menuitem', { name: 'Audit log' }).click();
        const firstRow = page.locator('tbody tr').first();
        await firstRow.waitFor();
        assert.match(await firstRow.innerText(), /Updated/);
        await firstRow.locator('.RaDatagrid-expandIcon').click();
        const diff = page.getByTestId('audit-diff');
        await diff.waitFor();
        const text = await diff.innerText();
        assert.match(text, /standardDeposit\.CNY/);
        assert.match(text, /topUpDays/);
        await screenshot(page, 'audit-log');
        // Date range in China days: tomorrow has nothing, today has the change.
        const from = page.getByLabel('From (China date)');
        await from.fill('2026-11-21');
        await page.getByText('No Audit log found using the current filters.').waitFor();
        await from.fill('2026-11-20');
        await page.locator('tbody tr').first().waitFor();
        assert.match(page.url(), /at_gte/);
        // Export downloads every matching entry as CSV.
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
        const csv = await new Promise((resolve, reject) => {
            download.createReadStream().then(stream => {
                const chunks = [];
                stream.on('data', c => chunks.push(c));
                stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
                stream.on('error', reject);
            }, reject);
        });
        const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
        assert.equal(lines.length, 2, 'header and one entry');
        assert.match(lines[1], /standardDeposit\.CNY: 1000000 → 1234567/);
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});

test('an invalid setting is refused at its field and nothing is saved', async () => {
    const browser = await launch();
    try {
        const { page } = await newPage(browser);
        await signIn(page, ACCOUNTS.supervisor);
        await page.goto(`${BASE_URL}/#/settings/platform`);
        await page.getByLabel('Standard deposit (USD)').fill('10.005');
        await page.getByLabel('Days to top up a shortfall').fill('0');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByText('Enter an amount such as 10000 or 10000.50 (at most two decimals)').waitFor();
        await page.getByText('Must be a whole number from 1 to 365').waitFor();
        const saved = await api(page, 'GET', '/settings/platform');
        assert.equal(saved.body.topUpDays, 15);
        assert.equal(saved.body.standardDeposit.USD, 200000);
    } finally {
        await browser.close();
    }
});

test('a 401 returns to the login page and, after signing in again, to the page the operator was on', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.financeA);
        await page.goto(`${BASE_URL}/#/settings/platform`);
        await page.getByRole('heading', { name: 'Deposits', exact: true }).waitFor();
        // The server forgets the session; the console still holds the token.
        const out = await api(page, 'POST', '/auth/logout');
        assert.equal(out.status, 200);
        await page.goto(`${BASE_URL}/#/audit-log?filter=${encodeURIComponent('{"resource":"settings"}')}`);
        await page.waitForSelector('input[name="username"]');
        assert.match(page.url(), /#\/login/);
        // react-admin's notification says why; the form says where the operator will return.
        await page.getByText('Your session has ended, please reconnect.').waitFor();
        await page.getByText('you will return to the page you were on').waitFor();
        await page.fill('input[name="username"]', ACCOUNTS.financeA);
        await page.fill('input[name="password"]', 'demo');
        await page.click('button[type="submit"]');
        await page.waitForURL(/#\/audit-log/);
        assert.match(decodeURIComponent(page.url()), /"resource":"settings"/, 'the filter is kept too');
        await page.getByRole('menuitem', { name: 'Audit log' }).waitFor();
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});

test('the supervisor moves the mock clock and resets the demo data from the app bar', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.supervisor);
        const before = (await api(page, 'GET', '/clock')).body.now;
        await page.getByRole('button', { name: 'Move the mock clock or reset the demo data' }).click();
        await page.getByLabel('Days', { exact: true }).fill('3');
        await page.getByRole('button', { name: 'Advance the clock' }).click();
        await page.getByText(/The mock clock now reads/).waitFor();
        const after = (await api(page, 'GET', '/clock')).body.now;
        const movedHours = (Date.parse(after) - Date.parse(before)) / 3_600_000;
        assert.ok(movedHours >= 72 && movedHours < 73, `moved ${movedHours} h`);
        await api(page, 'PUT', '/settings/platform', { topUpDays: 30 });
        await page.getByRole('button', { name: 'Move the mock clock or reset the demo data' }).click();
        await page.getByRole('button', { name: 'Reset demo data' }).click();
        await page.getByRole('dialog', { name: 'Reset the demo data?' }).getByRole('button', { name: 'Reset demo data' }).click();
        await page.locator('.MuiSnackbar-root').getByText('Demo data restored to the seed').waitFor();
        assert.equal((await api(page, 'GET', '/settings/platform')).body.topUpDays, 15);
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});

test('the login page lists the demo accounts and is usable by keyboard', async () => {
    const browser = await launch();
    try {
        const { page } = await newPage(browser);
        await page.goto(`${BASE_URL}/#/login`);
        await page.getByTestId('demo-accounts').waitFor();
        await screenshot(page, 'login');
        const accounts = await page.getByTestId('demo-accounts').locator('[data-username]').evaluateAll(els => els.map(e => e.getAttribute('data-username')));
        assert.deepEqual(accounts, ['li.na', 'wang.fang', 'zhang.wei', 'liu.yang', 'chen.jing']);
        // Tab to the supervisor's entry, choose it with Enter; focus moves to "Sign in"; Enter signs in.
        await page.locator('[data-username="chen.jing"]').focus();
        await page.keyboard.press('Enter');
        assert.equal(await page.inputValue('input[name="username"]'), 'chen.jing');
        await page.keyboard.press('Enter');
        await page.getByTestId('signed-in-operator').waitFor();
        assert.match(await page.getByTestId('signed-in-operator').innerText(), /Supervisor/);
    } finally {
        await browser.close();
    }
});
