// Point 8 in the form: an upload that is not an image or PDF is refused by POST /files and the
// message is shown at the file field; a real PNG is accepted and its id stored in the form.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, Form, TestMemoryRouter } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { FileUploadInput } from '../../src/documents/FileUploadInput';
import { i18nProvider } from '../../src/i18n';
import { createDataProvider } from '../../src/providers/dataProvider';
import { setSession } from '../../src/providers/session';
import { API, useMockApi } from '../support/api';
import { PNG_1PX } from './fixtures';

const { token, api } = useMockApi('small');

const Value = () => {
    const { watch } = useFormContext();
    return <output data-testid="value">{JSON.stringify(watch('fileIds'))}</output>;
};

describe('FileUploadInput', () => {
    it('shows the API refusal of a file that is not an image or PDF at the field, and keeps a real PNG', async () => {
        setSession({ token: await token('compliance'), operator: api.db.get('operators', 'op-compliance')! as never });
        render(
            <TestMemoryRouter>
                <AdminContext i18nProvider={i18nProvider} dataProvider={createDataProvider(API)}>
                    <Form defaultValues={{ fileIds: [] }}>
                        <FileUploadInput source="fileIds" label="resources.documents.fields.file" />
                        <Value />
                    </Form>
                </AdminContext>
            </TestMemoryRouter>,
        );
        const input = (await screen.findByLabelText(/Scan \(image or PDF\)/)) as HTMLInputElement;
        fireEvent.change(input, { target: { files: [new File(['<html>not a licence</html>'], 'licence.png', { type: 'image/png' })] } });
        await waitFor(() => expect(screen.getByTestId('upload-error').textContent).not.toMatch(/Uploading|JPEG, PNG, WebP or PDF; the type/));
        expect(screen.getByTestId('upload-error')).toHaveClass('Mui-error');
        expect(screen.getByTestId('value')).toHaveTextContent('[]');
        fireEvent.change(input, { target: { files: [new File([PNG_1PX], 'licence.png', { type: 'image/png' })] } });
        await waitFor(() => expect(screen.getByTestId('value').textContent).toMatch(/file-up/));
        expect(screen.getByTestId('upload-error')).not.toHaveClass('Mui-error');
    }, 60_000);
});
