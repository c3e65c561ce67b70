// Where the API lives. Unset VITE_API_URL: the in-browser mock at /api. Set: a real server,
// and the build contains no mock code at all (the import in main.tsx is dropped).
export const API_URL: string = (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, '') || '/api';
export const USES_MOCK_API = !import.meta.env.VITE_API_URL;
