// Shared helpers for the browser tests: Debian's Chromium through playwright-core, a fresh
// browser context (so a fresh IndexedDB and a fresh seed) per test, and sign-in by role.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];

export const ACCOUNTS = {
    compliance: 'li.na',
    customer_service: 'wang.fang',
    financeA: 'zhang.wei',
    financeB: 'liu.yang',
    supervisor: 'chen.jing',
};

export const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

/** A new context and page; console errors are collected so a test can assert there were none. */
export const newPage = async (browser, { locale = 'en-GB' } = {}) => {
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = [];
    page.on('pageerror', e => {
        // Chromium's background update check of the mock's service worker sometimes fails while
        // the page navigates; it is not the console's error (registration itself is checked by
        // every test that reaches the API).
        if (/Failed to update a ServiceWorker/.test(String(e))) return;
        errors.push(String(e));
    });
    return { context, page, errors };
};

/** Signs in through the login page and waits for the app shell. */
export const signIn = async (page, username, { path = '/' } = {}) => {
    await page.goto(`${BASE_URL}/#${path === '/' ? '/login' : path}`);
    await page.waitForSelector('input[name="username"]');
    await page.fill('input[name="username"]', username);
    await page.fill('input[name="password"]', 'demo');
    await page.click('button[type="submit"]');
    await page.waitForSelector('header'); // react-admin's AppBar
};

/** Calls the API from inside the page (same origin as the mock), with the page's token. */
export const api = (page, method, path, body) =>
    page.evaluate(
        async ({ method, path, body }) => {
            const session = JSON.parse(localStorage.getItem('tradeward.session') ?? 'null');
            const response = await fetch(`/api${path}`, {
                method,
                headers: { 'Content-Type': 'application/json', ...(session ? { Authorization: `Bearer ${session.token}` } : {}) },
                body: body === undefined ? undefined : JSON.stringify(body),
            });
            return { status: response.status, body: await response.json().catch(() => null) };
        },
        { method, path, body },
    );

export const screenshot = (page, name) =>
    page.screenshot({ path: new URL(`./screenshots/${name}.png`, import.meta.url).pathname, fullPage: true });

/** The labels of the main menu's entries, in order. */
export const menuItems = async page => {
    await page.getByRole('menuitem').first().waitFor();
    return page.getByRole('menuitem').evaluateAll(els => els.map(e => e.textContent.trim()));
};
