import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, launch, newPage, screenshot, signIn } from './support.mjs';

test('a supervisor signs in on the mock API and sees the audit log', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        await signIn(page, ACCOUNTS.supervisor);
        await page.goto(`${process.env.E2E_BASE_URL}/#/audit-log`);
        await page.waitForSelector('table');
        await screenshot(page, 'smoke-audit-log');
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
});
