import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const start = async () => {
    // Without VITE_API_URL the console runs on the in-browser mock API. The condition is a
    // build-time constant, so a real-API build contains no mock code at all.
    if (!import.meta.env.VITE_API_URL) {
        const { startMockApi } = await import('../mock/browser');
        await startMockApi();
    }
    createRoot(document.getElementById('root')!).render(
        <StrictMode>
            <App />
        </StrictMode>,
    );
};

void start();
