// The benchmark's floor: the least a React page can cost on this machine. It does what the
// measured console pages do (a 25-row list, next page, a filter read from the URL, a detail
// page with 500 rows) with plain React and no data layer, so every console figure can be
// divided by the same figure here.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const STATUSES = ['active', 'pending_review', 'suspended', 'closed'];
const rowAt = (i: number) => ({ id: `m-${String(i + 1).padStart(5, '0')}`, name: `Merchant ${i + 1}`, status: STATUSES[i % STATUSES.length] });
const ALL = Array.from({ length: 20_000 }, (_, i) => rowAt(i));

const readHash = () => {
    const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
    const params = new URLSearchParams(query);
    let filter: Record<string, string | string[]> = {};
    try {
        filter = JSON.parse(params.get('filter') ?? '{}');
    } catch {
        filter = {};
    }
    return { path, filter };
};

const List = ({ status }: { status?: string | string[] }) => {
    const [page, setPage] = useState(0);
    const wanted = status === undefined ? null : ([] as string[]).concat(status);
    const key = wanted?.join() ?? '';
    useEffect(() => setPage(0), [key]);
    const rows = (wanted ? ALL.filter(r => wanted.includes(r.status)) : ALL).slice(page * 25, page * 25 + 25);
    return (
        <div>
            <table>
                <thead>
                    <tr><th>Id</th><th>Name</th><th>Status</th></tr>
                </thead>
                <tbody className="datagrid-body">
                    {rows.map(r => (
                        <tr key={r.id}>
                            <td><a href={`#/merchants/${r.id}/show`}>{r.id}</a></td>
                            <td>{r.name}</td>
                            <td>{r.status}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
            <button type="button" aria-label="Go to next page" onClick={() => setPage(p => p + 1)}>Next</button>
        </div>
    );
};

const Show = ({ id }: { id: string }) => (
    <table>
        <tbody className="ledger-body">
            {Array.from({ length: 500 }, (_, i) => (
                <tr key={i}><td>{id}</td><td>{i + 1}</td><td>{((i * 7919) % 100_000) / 100}</td></tr>
            ))}
        </tbody>
    </table>
);

const App = () => {
    const [hash, setHash] = useState(readHash);
    useEffect(() => {
        const on = () => setHash(readHash());
        window.addEventListener('hashchange', on);
        return () => window.removeEventListener('hashchange', on);
    }, []);
    const show = hash.path.match(/^\/merchants\/([^/]+)\/show/);
    return show ? <Show id={show[1]} /> : <List status={hash.filter.status} />;
};

createRoot(document.getElementById('root')!).render(
    <StrictMode>
        <App />
    </StrictMode>,
);
