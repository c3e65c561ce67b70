// App-bar search: merchants by name, USCC or phone; complaints by number or order reference.
// Arrow keys move through results, Enter opens one, "/" focuses the box from anywhere.
import { memo, useEffect, useRef, useState } from 'react';
import { Autocomplete, Box, InputAdornment, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useNavigate, useTranslate } from 'react-admin';
import { useGlobalSearch, type SearchHit } from './useGlobalSearch';

/**
 * react-admin's data provider hook (behind useGlobalSearch) reads the location, so this wrapper
 * re-renders on every URL change — and a list's page and filters are in the URL. The memoised
 * box below gets the same text, answers and functions then, and stays as it is (issue 8).
 */
export const GlobalSearch = () => {
    const [text, setText] = useState('');
    const { hits, loading, error } = useGlobalSearch(text);
    return <SearchBox text={text} setText={setText} hits={hits} loading={loading} error={error} navigate={useNavigate()} />;
};

interface SearchBoxProps {
    text: string;
    setText: (text: string) => void;
    hits: SearchHit[];
    loading: boolean;
    error: string | null;
    navigate: ReturnType<typeof useNavigate>;
}

const SearchBox = memo(({ text, setText, hits, loading, error, navigate }: SearchBoxProps) => {
    const translate = useTranslate();
    const inputRef = useRef<HTMLInputElement>(null);

    useEffect(() => {
        const onKey = (e: KeyboardEvent) => {
            const target = e.target as HTMLElement | null;
            const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
            if (e.key === '/' && !typing) {
                e.preventDefault();
                inputRef.current?.focus();
            }
        };
        window.addEventListener('keydown', onKey);
        return () => window.removeEventListener('keydown', onKey);
    }, []);

    const open = (hit: SearchHit | null) => {
        if (!hit) return;
        navigate(`/${hit.resource}/${encodeURIComponent(hit.id)}/show`);
        setText('');
        inputRef.current?.blur();
    };

    return (
        <Autocomplete<SearchHit, false, false, false>
            sx={{ width: { xs: 200, md: 380 }, mx: 2 }}
            size="small"
            options={hits}
            filterOptions={x => x}
            loading={loading}
            value={null}
            inputValue={text}
            onInputChange={(_, value, reason) => reason !== 'reset' && setText(value)}
            onChange={(_, hit) => open(hit)}
            getOptionLabel={hit => hit.title}
            groupBy={hit => translate(`search.${hit.resource}`)}
            isOptionEqualToValue={(a, b) => a.resource === b.resource && a.id === b.id}
            noOptionsText={error ? translate('search.error', { message: error }) : text.trim().length < 2 ? translate('search.type_more') : translate('search.no_results')}
            renderOption={(props, hit) => {
                const { key, ...rest } = props as typeof props & { key: string };
                return (
                    <Box component="li" key={key} {...rest}>
                        <Box>
                            <Typography variant="body2">{hit.title}</Typography>
                            <Typography variant="caption" color="text.secondary">
                                {hit.subtitle}
                            </Typography>
                        </Box>
                    </Box>
                );
            }}
            renderInput={params => (
                <TextField
                    {...params}
                    variant="outlined"
                    hiddenLabel
                    inputRef={inputRef}
                    placeholder={translate('search.placeholder')}
                    slotProps={{
                        htmlInput: { ...params.inputProps, 'aria-label': translate('search.label') },
                        input: {
                            ...params.InputProps,
                            startAdornment: (
                                <InputAdornment position="start">
                                    <SearchIcon fontSize="small" />
                                </InputAdornment>
                            ),
                        },
                    }}
                    sx={{ bgcolor: 'background.paper', borderRadius: 1, my: 0.5, '& .MuiInputBase-root': { py: 0 } }}
                />
            )}
        />
    );
});
SearchBox.displayName = 'SearchBox';
