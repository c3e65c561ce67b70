// A file's bytes as an object URL. Fetching with the Authorization header (instead of putting the
// token in an <img>/<iframe> URL) keeps the token out of URLs and works with the in-browser mock,
// whose service worker does not see an iframe's navigation request.
import { useEffect, useState } from 'react';
import { API_URL } from '../config';
import { authHeader } from '../providers/session';

export const useFileObjectUrl = (fileId: string, contentType: string): { url: string | null; error: boolean } => {
    const [state, setState] = useState<{ url: string | null; error: boolean }>({ url: null, error: false });
    useEffect(() => {
        let revoked = false;
        let url: string | null = null;
        fetch(`${API_URL}/files/${encodeURIComponent(fileId)}`, { headers: authHeader() })
            .then(async response => {
                if (!response.ok) throw new Error(String(response.status));
                // The server's stored (detected) type; the declared one is only a fallback.
                const type = response.headers.get('Content-Type') || contentType;
                const blob = new Blob([await response.arrayBuffer()], { type });
                if (revoked) return;
                url = URL.createObjectURL(blob);
                setState({ url, error: false });
            })
            .catch(() => !revoked && setState({ url: null, error: true }));
        return () => {
            revoked = true;
            if (url) URL.revokeObjectURL(url);
        };
    }, [fileId, contentType]);
    return state;
};
