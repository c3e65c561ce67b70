// Complaints in Chromium (issue 5 point 7): an agent files a complaint, uploads a PNG and a PDF
// and sees both previews, sets a deadline, the mock clock passes it, the agent upholds the
// complaint with compensation, and a finance officer deducts the unpaid compensation from the
// deposit from the case page (R-CMP-4, R-CMP-5, R-CMP-7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { ACCOUNTS, api, BASE_URL, launch, newPage, screenshot, signIn } from './support.mjs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
const crc32 = buf => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
};
/** A 160×120 PNG photo-like picture: a brown parcel on blue. */
const pngBytes = () => {
    const w = 160;
    const h = 120;
    const raw = Buffer.alloc((w * 3 + 1) * h);
    for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
            const i = y * (w * 3 + 1) + 1 + x * 3;
            const parcel = x > 40 && x < 120 && y > 30 && y < 95;
            raw[i] = parcel ? 190 : 60 + y;
            raw[i + 1] = parcel ? 140 : 90 + (x >> 2);
            raw[i + 2] = parcel ? 90 : 200;
        }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(w, 0);
    ihdr.writeUInt32BE(h, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
};
const pdfBytes = () => {
    const stream = 'BT /F1 18 Tf 50 780 Td (Bank transfer receipt - order TW2026111900042) Tj ET';
    const objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    let out = '%PDF-1.4\n';
    const offsets = [];
    objs.forEach((o, i) => {
        offsets.push(out.length);
        out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = out.length;
    out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
};

/** Moves the mock clock as the supervisor from inside the page, leaving the page's own session alone. */
const advanceClockAsSupervisor = (page, days) =>
    page.evaluate(async days => {
        const login = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'chen.jing', password: 'demo' }) }).then(r => r.json());
        const res = await fetch('/api/clock', { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.token}` }, body: JSON.stringify({ advanceDays: days }) });
        return res.status;
    }, days);

test('an agent files a complaint with PNG and PDF evidence, sets a deadline, decides after it passes; finance deducts the unpaid compensation', async () => {
    const browser = await launch();
    try {
        const { page, errors } = await newPage(browser);
        // The machine is shared: lazy chunks and the mock's seed can take a while under load.
        page.setDefaultTimeout(45_000);
        await signIn(page, ACCOUNTS.customer_service);
        // A merchant with an open CNY deposit account, so the deduction can be posted.
        const accounts = await api(page, 'GET', `/deposit-accounts?filter=${encodeURIComponent(JSON.stringify({ currency: 'CNY', status: 'open' }))}&range=[0,20]`);
        assert.equal(accounts.status, 200);
        const account = accounts.body.find(a => (a.balance ?? 0) > 200_000) ?? accounts.body[0];
        const merchant = (await api(page, 'GET', `/merchants/${account.merchantId}`)).body;

        // 1. File the complaint on behalf of a buyer.
        await page.goto(`${BASE_URL}/#/complaints/create`);
        await page.getByLabel('Complainant *', { exact: true }).fill('Hanse Import GmbH');
        await page.getByLabel('Complainant contact *').fill('claims@hanse.example.com');
        const merchantInput = page.getByLabel('Accused merchant *');
        await merchantInput.fill(merchant.nameEn);
        await page.getByRole('option', { name: new RegExp(merchant.id) }).click();
        await page.getByLabel('Type *').click();
        await page.getByRole('option', { name: 'No delivery after payment' }).click();
        await page.getByLabel('Order reference').fill('TW2026111900042');
        await page.getByLabel('Amount claimed').fill('1200.50');
        await page.getByLabel('What happened *').fill('Paid in full by bank transfer on 1 November; nothing was shipped and the merchant stopped replying.');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.waitForURL(/#\/complaints\/cmp-\d+\/show/);
        const complaintId = decodeURIComponent(/complaints\/([^/]+)\/show/.exec(page.url())[1]);
        await page.getByRole('heading', { level: 1, name: /^CMP-\d+$/ }).waitFor();

        // 2. Upload a PNG and a PDF as the complainant's evidence; both previews show.
        await page.getByTestId('file-input').setInputFiles([
            { name: 'parcel-photo.png', mimeType: 'image/png', buffer: pngBytes() },
            { name: 'bank-receipt.pdf', mimeType: 'application/pdf', buffer: pdfBytes() },
        ]);
        await page.locator('[data-content-type="image/png"] img').first().waitFor();
        await page.locator('[data-content-type="application/pdf"] iframe').first().waitFor();
        await page.getByLabel('Description *').fill('Payment receipt and photo of the empty delivery address');
        await page.getByRole('button', { name: 'Save evidence item' }).click();
        const item = page.locator('[data-testid^="evidence-ev-"]').filter({ hasText: 'Payment receipt' });
        await item.locator('[data-content-type="image/png"] img').waitFor();
        await item.locator('[data-content-type="application/pdf"] iframe').waitFor();
        const imgOk = await item.locator('[data-content-type="image/png"] img').evaluate(img => img.complete && img.naturalWidth === 160);
        assert.ok(imgOk, 'the PNG preview rendered');
        assert.match(await item.locator('[data-sha256]').first().getAttribute('data-sha256'), /^[0-9a-f]{64}$/);
        await screenshot(page, 'complaints-en-page-previews');

        // 3. Set the response deadline: the merchant is notified (R-CMP-4, R-NOT-1).
        await page.getByRole('button', { name: 'Set response deadline' }).click();
        await page.getByRole('button', { name: 'Confirm' }).click();
        await page.getByText('Awaiting response').first().waitFor();
        const notices = await api(page, 'GET', `/notices?filter=${encodeURIComponent(JSON.stringify({ recordId: complaintId }))}`);
        assert.deepEqual(notices.body.map(n => n.channel).sort(), ['email', 'in_site']);

        // 4. The clock passes the deadline: the case may be decided on the complainant's materials (R-CMP-5).
        assert.equal(await advanceClockAsSupervisor(page, 8), 200);
        await page.reload();
        await page.getByText(/you may decide on the complainant’s materials alone/).waitFor();

        // 5. Uphold with compensation (confirmed, pessimistic).
        await page.getByRole('button', { name: 'Decide' }).click();
        await page.getByLabel('Upheld', { exact: true }).check();
        await page.getByLabel(/Reason \(sent to the merchant/).fill('Payment proven by the bank receipt; the merchant did not respond by the deadline.');
        await page.getByLabel('Compensation *').fill('1200.50');
        await page.getByRole('button', { name: 'Review decision' }).click();
        await page.getByText('Confirm the decision').waitFor();
        await page.getByRole('button', { name: 'Confirm' }).click();
        await page.getByText('Decided', { exact: true }).first().waitFor();
        await page.locator('[data-kind="decided"]').waitFor();

        // 6. Unpaid past the due date: a finance officer deducts it from the case page (R-CMP-7).
        assert.equal(await advanceClockAsSupervisor(page, 12), 200);
        assert.equal(await page.getByRole('button', { name: 'Deduct from deposit' }).count(), 0, 'customer service is not offered the ledger post');
        await screenshot(page, 'complaints-en-decided');
        // Same browser context (the mock's data lives in its IndexedDB): sign in as finance.
        await page.evaluate(() => localStorage.removeItem('tradeward.session'));
        const finance = { page, errors: [] };
        await signIn(page, ACCOUNTS.financeA);
        await finance.page.goto(`${BASE_URL}/#/complaints/${encodeURIComponent(complaintId)}/show`);
        await finance.page.getByText('Compensation overdue').first().waitFor();
        await finance.page.getByRole('button', { name: 'Deduct from deposit' }).click();
        await finance.page.getByText('Deduct the unpaid compensation from the deposit').waitFor();
        await finance.page.getByRole('dialog').getByRole('button', { name: 'Deduct from deposit' }).click();
        await finance.page.getByText(/Deducted from the deposit: entry/).waitFor();
        await finance.page.locator('[data-kind="deduction_posted"]').waitFor();
        const after = await api(finance.page, 'GET', `/complaints/${complaintId}`);
        assert.ok(after.body.deductionEntryId);
        assert.equal(after.body.compensationOverdue, false);
        const entry = await api(finance.page, 'GET', `/ledger-entries/${after.body.deductionEntryId}`);
        assert.equal(entry.body.amount, 120050);
        assert.equal(entry.body.ground, 'unpaid_compensation');
        await screenshot(finance.page, 'complaints-en-deducted');
        assert.deepEqual([...errors, ...finance.errors], []);
    } finally {
        await browser.close();
    }
});

for (const locale of ['en-GB', 'zh-CN']) {
    test(`screens in ${locale}: list, queue and a seeded case with image and PDF previews`, async () => {
        const browser = await launch();
        try {
            const tag = locale.slice(0, 2);
            const { page, errors } = await newPage(browser, { locale });
            page.setDefaultTimeout(45_000);
            await signIn(page, ACCOUNTS.customer_service);
            await page.goto(`${BASE_URL}/#/complaints`);
            await page.locator('table tbody tr').first().waitFor();
            await screenshot(page, `complaints-${tag}-list`);
            await page.getByRole('tab').first().click();
            await page.locator('.MuiAlert-standardInfo').first().waitFor();
            await page.locator('table tbody tr').first().waitFor();
            await screenshot(page, `complaints-${tag}-queue`);
            // A seeded case with an image and a PDF in its evidence.
            const ev = await api(page, 'GET', `/evidence?range=[0,400]`);
            const byCase = new Map();
            for (const e of ev.body) for (const f of e.files) (byCase.get(e.complaintId) ?? byCase.set(e.complaintId, new Set()).get(e.complaintId)).add(f.contentType);
            const caseId = [...byCase].find(([, types]) => types.has('image/png') && types.has('application/pdf'))[0];
            await page.goto(`${BASE_URL}/#/complaints/${caseId}/show`);
            await page.locator('[data-content-type="image/png"] img').first().waitFor();
            await page.locator('[data-content-type="application/pdf"] iframe').first().waitFor();
            await page.locator('[data-kind="filed"]').waitFor();
            await screenshot(page, `complaints-${tag}-page`);
            await page.locator('[data-content-type="image/png"] button').first().click();
            await page.getByRole('dialog').locator('img').waitFor();
            await screenshot(page, `complaints-${tag}-zoom`);
            assert.deepEqual(errors, []);
        } finally {
            await browser.close();
        }
    });
}
