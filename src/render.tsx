// Renders the console into the page; loaded by main.tsx once its startup work is under way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

export const render = (root: HTMLElement) =>
    createRoot(root).render(
        <StrictMode>
            <App />
        </StrictMode>,
    );
