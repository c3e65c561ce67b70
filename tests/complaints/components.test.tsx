import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, HttpError, testDataProvider } from 'react-admin';
import { DEFAULT_SETTINGS, type FileRecord } from '../../src/domain';
import { DecisionDialog } from '../../src/complaints/DecisionDialog';
import { FileDropzone, FilePreview } from '../../src/files';
import { i18nProvider } from '../../src/i18n';

const png: FileRecord = { id: 'file-up-000001', name: 'parcel.png', contentType: 'image/png', size: 4096, sha256: 'a'.repeat(64), uploadedAt: '2026-11-20T01:00:00Z', uploadedBy: 'op-service' };
const pdf: FileRecord = { ...png, id: 'file-up-000002', name: 'receipt.pdf', contentType: 'application/pdf', sha256: 'b'.repeat(64) };

const provider = (upload: (file: File) => Promise<{ data: unknown }>) =>
    testDataProvider({
        getOne: (async () => ({ data: DEFAULT_SETTINGS })) as never,
        upload,
    } as never);

const wrap = (ui: React.ReactNode, dataProvider = provider(async () => ({ data: png }))) =>
    render(
        <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
            {ui}
        </AdminContext>,
    );

describe('FileDropzone', () => {
    it('uploads every dropped file through dataProvider.upload and reports each stored file', async () => {
        const upload = vi.fn(async (file: File) => ({ data: { ...png, name: file.name } }));
        const onUploaded = vi.fn();
        wrap(<FileDropzone onUploaded={onUploaded} />, provider(upload));
        const zone = await screen.findByTestId('file-dropzone');
        const files = [new File(['x'], 'a.png', { type: 'image/png' }), new File(['y'], 'b.pdf', { type: 'application/pdf' })];
        fireEvent.drop(zone, { dataTransfer: { files } });
        await waitFor(() => expect(onUploaded).toHaveBeenCalledTimes(2));
        expect(upload.mock.calls.map(c => c[0].name)).toEqual(['a.png', 'b.pdf']);
        expect(onUploaded.mock.calls[1][0].name).toBe('b.pdf');
    });

    it('shows the server’s refusal beside the file that caused it', async () => {
        const upload = vi.fn(async () => {
            throw new HttpError('Some fields are not valid', 422, { errors: { file: 'This file is an HTML page, whatever its name says.' } });
        });
        const onUploaded = vi.fn();
        wrap(<FileDropzone onUploaded={onUploaded} />, provider(upload));
        fireEvent.drop(await screen.findByTestId('file-dropzone'), { dataTransfer: { files: [new File(['<html>'], 'photo.jpg', { type: 'image/jpeg' })] } });
        expect(await screen.findByText(/photo\.jpg: This file is an HTML page/)).toBeInTheDocument();
        expect(onUploaded).not.toHaveBeenCalled();
    });
});

describe('FilePreview', { timeout: 60_000 }, () => {
    beforeEach(() => {
        vi.stubGlobal('fetch', vi.fn(async () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'image/png' } })));
        URL.createObjectURL = vi.fn(() => 'blob:preview');
        URL.revokeObjectURL = vi.fn();
    });
    afterEach(() => vi.unstubAllGlobals());

    it('shows an image inline with zoom, its SHA-256 and a download link', async () => {
        wrap(<FilePreview file={{ ...png, duplicateOf: ['CMP-000007'] }} />);
        const img = await screen.findByRole('img', { name: 'parcel.png' });
        expect(img).toHaveAttribute('src', 'blob:preview');
        expect(screen.getByText(/^aaaaaaaaaaaa…aaaaaa$/)).toHaveAttribute('data-sha256', png.sha256);
        expect(screen.getByRole('link', { name: /Download/ })).toHaveAttribute('download', 'parcel.png');
        expect(screen.getByText(/Also evidence in CMP-000007/)).toBeInTheDocument();
        await userEvent.click(screen.getByRole('button', { name: /Zoom in: parcel.png/ }));
        expect(await screen.findByRole('button', { name: 'Zoom out' })).toBeInTheDocument();
    });

    it('shows a PDF in an embedded viewer', async () => {
        wrap(<FilePreview file={pdf} />);
        const frame = await screen.findByTitle('PDF: receipt.pdf');
        expect(frame.tagName).toBe('IFRAME');
        expect(frame).toHaveAttribute('src', 'blob:preview');
        expect(screen.queryByRole('img')).toBeNull();
    });
});

// Dialog interactions re-render MUI forms many times: generous time on a shared 2-core machine.
describe('DecisionDialog', { timeout: 60_000 }, () => {
    const complaint = { number: 'CMP-000001', amountClaimed: { amount: 120_050, currency: 'CNY' as const } };

    it('R-CMP-3 refuses to decline without a reason, then declines with one after confirmation', async () => {
        const onSubmit = vi.fn(async () => null);
        wrap(<DecisionDialog open onClose={() => undefined} complaint={complaint} today="2026-11-20" onSubmit={onSubmit} />);
        await userEvent.click(await screen.findByLabelText('Declined'));
        await userEvent.click(screen.getByRole('button', { name: 'Review decision' }));
        expect(await screen.findByText(/R-CMP-3/, { selector: 'p.Mui-error' })).toBeInTheDocument();
        expect(onSubmit).not.toHaveBeenCalled();
        fireEvent.change(screen.getByLabelText(/Why the platform declines/), { target: { value: 'Transaction outside the platform' } });
        await userEvent.click(screen.getByRole('button', { name: 'Review decision' }));
        expect(await screen.findByText('Confirm the decision')).toBeInTheDocument();
        await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
        await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('decline', { reason: 'Transaction outside the platform' }));
    });

    it('R-CMP-7 upholds with compensation in minor units and a payment due date', async () => {
        const onSubmit = vi.fn(async () => null);
        wrap(<DecisionDialog open onClose={() => undefined} complaint={complaint} today="2026-11-20" onSubmit={onSubmit} />);
        fireEvent.change(await screen.findByLabelText(/Reason \(sent to the merchant/), { target: { value: 'Payment proven, nothing shipped' } });
        await userEvent.click(screen.getByRole('button', { name: 'Review decision' }));
        await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
        await waitFor(() =>
            expect(onSubmit).toHaveBeenCalledWith('decide', {
                outcome: 'upheld',
                reason: 'Payment proven, nothing shipped',
                compensation: { amount: 120_050, currency: 'CNY' },
                paymentDueDate: '2026-11-30',
            }),
        );
    });
});
