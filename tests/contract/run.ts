// npm run test:contract -- --base-url http://127.0.0.1:8787/api
// Checks any server against openapi/openapi.json over HTTP; see tests/contract/suite.ts.
//   --base-url URL        the API root (or CONTRACT_BASE_URL)
//   --password PW         the demo accounts' password (or CONTRACT_PASSWORD; default "demo")
//   --user-compliance NAME, --user-customer_service, --user-finance, --user-finance2,
//   --user-supervisor     the accounts to sign in with (defaults: the demo accounts)
//   --only TEXT, --skip TEXT   run only / skip checks whose name contains TEXT (repeatable)
//   --document PATH       the API document (default openapi/openapi.json)
import { readFileSync } from 'node:fs';
import { DEFAULT_ACCOUNTS, runContract, type AccountKey } from './suite';

const args = process.argv.slice(2);
const values = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : a.startsWith(`${flag}=`) ? [a.slice(flag.length + 1)] : []));
const value = (flag: string) => values(flag).at(-1);

const baseUrl = value('--base-url') ?? process.env.CONTRACT_BASE_URL;
if (!baseUrl) {
    console.error('Usage: npm run test:contract -- --base-url http://127.0.0.1:8787/api [--password demo] [--only text] [--skip text]');
    process.exit(2);
}
const accounts: Partial<Record<AccountKey, string>> = {};
for (const key of Object.keys(DEFAULT_ACCOUNTS) as AccountKey[]) {
    const name = value(`--user-${key}`);
    if (name) accounts[key] = name;
}
const document = JSON.parse(readFileSync(value('--document') ?? 'openapi/openapi.json', 'utf8'));

console.log(`Contract suite against ${baseUrl}`);
const { passed, failed, results } = await runContract({
    baseUrl,
    document,
    accounts,
    password: value('--password') ?? process.env.CONTRACT_PASSWORD ?? 'demo',
    only: values('--only'),
    skip: values('--skip'),
    log: line => console.log(line),
});
if (failed) {
    console.log('\nFailed checks:');
    for (const r of results.filter(x => !x.ok)) console.log(`  - ${r.name}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
