// An input whose code is loaded on first use. react-admin's filter button and filter form read
// only a filter element's props (source, label, alwaysOn, defaultValue), so a filter that is not
// shown when the list opens can live in a chunk of its own (issue 8: first-page JavaScript).
// `preload()` fetches it early (the merchant list calls it once its first rows show); once
// loaded, the input renders in the same pass as the filter form, as an imported one would.
import { lazy, Suspense, type ComponentType } from 'react';

export const lazyInput = <P extends object>(load: () => Promise<ComponentType<P>>) => {
    let Loaded: ComponentType<P> | null = null;
    let loading: Promise<ComponentType<P>> | null = null;
    const preload = () =>
        (loading ??= load().then(
            component => (Loaded = component),
            error => {
                loading = null; // a failed download is retried on the next use
                throw error;
            },
        ));
    const Lazy = lazy(() => preload().then(component => ({ default: component })));
    const Input = (props: P) => {
        const Component = Loaded ?? Lazy;
        return Loaded ? (
            <Component {...props} />
        ) : (
            <Suspense fallback={null}>
                <Component {...props} />
            </Suspense>
        );
    };
    return Object.assign(Input, { preload });
};
