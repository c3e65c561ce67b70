// Calls to the ledger's business endpoints. POST /ledger-entries answers 201 (posted), 202
// (sent for approval, R-DEP-13) or 200 (same Idempotency-Key seen before, R-DEP-12).
import { API_URL } from '../config';
import { httpClient } from '../providers/dataProvider';
import type { Approval, LedgerEntry } from '../domain';

export interface PostBody {
    accountId: string;
    type: string;
    amount: number;
    ground?: string | null;
    complaintId?: string | null;
    penaltyId?: string | null;
    note: string;
}

export type PostResult =
    | { kind: 'posted'; entry: LedgerEntry; replayed: boolean }
    | { kind: 'approval'; approval: Approval; replayed: boolean };

export const postLedgerEntry = async (body: PostBody, idempotencyKey: string): Promise<PostResult> => {
    const { status, json } = await httpClient(`${API_URL}/ledger-entries`, {
        method: 'POST',
        headers: new Headers({ 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey }),
        body: JSON.stringify(body),
    });
    if (json && typeof json === 'object' && 'approval' in json) return { kind: 'approval', approval: json.approval, replayed: status === 200 };
    return { kind: 'posted', entry: json, replayed: status === 200 };
};

/** A fresh key per form opening: a double click or a retry sends the same key and posts once. */
export const newIdempotencyKey = () =>
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Field errors of a 422/409 answer, for the form. */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
    const body = (error as { body?: { errors?: Record<string, string> } })?.body;
    return body?.errors ?? {};
};

export const messageOf = (error: unknown): string =>
    (error as { body?: { message?: string } })?.body?.message ?? (error as Error)?.message ?? String(error);
