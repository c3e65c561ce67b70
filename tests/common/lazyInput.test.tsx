// lazyInput (issue 8): a filter input whose code loads on first use. Before it is loaded it
// renders once loaded, with the props it was given; once preloaded it renders in the same pass
// as its parent, as an imported input would.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyInput } from '../../src/common/lazyInput';

const Field = ({ source, label }: { source: string; label?: string }) => <input name={source} aria-label={label ?? source} />;

describe('lazyInput', () => {
    it('renders the loaded input with the props it was given', async () => {
        let loads = 0;
        const Input = lazyInput(async () => {
            loads += 1;
            return Field;
        });
        render(<Input source="registeredAt_gte" label="Registered from" />);
        expect(await screen.findByRole('textbox', { name: 'Registered from' })).toHaveAttribute('name', 'registeredAt_gte');
        expect(loads).toBe(1);
    });

    it('once preloaded, renders in the same pass as its parent', async () => {
        const Input = lazyInput(async () => Field);
        await act(() => Input.preload());
        render(<Input source="province" />);
        expect(screen.getByRole('textbox', { name: 'province' })).toBeInTheDocument();
    });

    it('retries a failed download on the next use', async () => {
        let attempts = 0;
        const Input = lazyInput(async () => {
            attempts += 1;
            if (attempts === 1) throw new Error('offline');
            return Field;
        });
        await expect(Input.preload()).rejects.toThrow('offline');
        await Input.preload();
        render(<Input source="q" />);
        expect(screen.getByRole('textbox', { name: 'q' })).toBeInTheDocument();
        expect(attempts).toBe(2);
    });
});
