// What a list shows when the API refuses its query (a hand-edited or stale URL: a page size of
// -5, a page that is not a number): the API's reason, and a way back to a list that loads.
// Without it react-admin showed the list's "no rows match" text and a nonsense page count
// ("1--5 of -5") under the error notification, as if the query had succeeded with no rows.
import { Alert, Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

export const ListLoadError = ({ perPage = 25 }: { perPage?: number }) => {
    const { error, setFilters, setPage, setPerPage } = useListContext();
    const translate = useTranslate();
    if (!error) return null;
    const reset = () => {
        // Dispatched in one tick, react-admin applies the three as one URL change.
        setFilters({}, {});
        setPerPage(perPage);
        setPage(1);
    };
    return (
        <Alert
            severity="error"
            sx={{ m: 2 }}
            action={
                <Button color="inherit" size="small" onClick={reset}>
                    {translate('app.list_error.reset')}
                </Button>
            }
        >
            {translate('app.list_error.message', { message: (error as Error).message ?? String(error) })}
        </Alert>
    );
};
