// Issue 7 point 6: axe-core on each main page finds no serious or critical violations, and
// the menu and global search are reachable by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { ACCOUNTS, api, BASE_URL, launch, newPage, screenshot, signIn } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

const axeViolations = async page => {
    await page.addScriptTag({ path: AXE_PATH });
    const results = await page.evaluate(async () =>
        // eslint-disable-next-line no-undef
        axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
    );
    return results.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
};

/** Waits until react-admin has finished loading the page's data. */
const settle = async page => {
    const idle = () => page.waitForFunction(() => !document.querySelector('[role="progressbar"], .RaLoading-root, .MuiSkeleton-root'), null, { timeout: 20_000 });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await idle();
    // Lazy chunks and reference fields can start a second round of loading.
    await page.waitForTimeout(500);
    await idle();
};

test('the login page has no serious or critical axe violations', async () => {
    const browser = await launch();
    try {
        const { page } = await newPage(browser);
        await page.goto(`${BASE_URL}/#/login`);
        await page.waitForSelector('input[name="username"]');
        assert.deepEqual(await axeViolations(page), []);
    } finally {
        await browser.close();
    }
});

test('every page in the supervisor menu has no serious or critical axe violations', async () => {
    const browser = await launch();
    try {
        const { page } = await newPage(browser);
        await signIn(page, ACCOUNTS.supervisor);
        const links = await page.$$eval('.RaSidebar-fixed a[href^="#/"], .MuiDrawer-root a[href^="#/"]', as => [...new Set(as.map(a => a.getAttribute('href')))]);
        assert.ok(links.length >= 2, `expected menu links, got ${links.join(', ')}`);
        const failures = [];
        for (const href of links) {
            await page.goto(`${BASE_URL}/${href}`);
            await settle(page);
            const violations = await axeViolations(page);
            if (violations.length) {
                failures.push(`${href}:\n  ${violations.join('\n  ')}`);
                await screenshot(page, `a11y-${href.replace(/[^a-z0-9]+/gi, '-')}`);
            }
        }
        assert.deepEqual(failures, []);
    } finally {
        await browser.close();
    }
});

test('the main record pages (merchant, complaint, penalty, deposit account) have no serious or critical axe violations', async () => {
    const browser = await launch();
    try {
        const { page } = await newPage(browser);
        await signIn(page, ACCOUNTS.supervisor);
        const failures = [];
        for (const resource of ['merchants', 'complaints', 'penalties', 'deposit-accounts']) {
            const first = await api(page, 'GET', `/${resource}?range=[0,0]`);
            assert.equal(first.status, 200, `${resource} list`);
            const href = `#/${resource}/${encodeURIComponent(first.body[0].id)}/show`;
            await page.goto(`${BASE_URL}/${href}`);
            await settle(page);
            const violations = await axeViolations(page);
            if (violations.length) {
                failures.push(`${href}:\n  ${violations.join('\n  ')}`);
                await screenshot(page, `a11y-${resource}-show`);
            }
        }
        assert.deepEqual(failures, []);
    } finally {
        await browser.close();
    }
});

test('the menu and the global search are reachable with the keyboard alone', async () => {
    const browser = await launch();
    try {
        const { page } = await newPage(browser);
        await signIn(page, ACCOUNTS.supervisor);
        await settle(page);
        const reached = new Set();
        for (let i = 0; i < 40; i++) {
            await page.keyboard.press('Tab');
            const label = await page.evaluate(() => {
                const el = document.activeElement;
                return el ? `${el.tagName}:${el.getAttribute('href') ?? el.getAttribute('aria-label') ?? ''}` : '';
            });
            reached.add(label);
        }
        const menuLinks = [...reached].filter(l => l.startsWith('A:#/'));
        assert.ok(menuLinks.length >= 2, `Tab should reach the menu links; reached: ${[...reached].join(', ')}`);
    } finally {
        await browser.close();
    }
});
