// Build stand-in for MUI's internal `Popper/BasePopper.js` (vite.config.ts, lazyPopper). MUI's
// Tooltip and Autocomplete place their bubble with @popperjs/core (about 7 KB gzip) through this
// component, which renders nothing until it is opened. Every react-admin app bar button has a
// tooltip, so the engine was on every first page although no tooltip is open then. This stand-in
// renders nothing while closed, as MUI's does; the real component is fetched once the page is
// idle, or the first time one opens if that comes first, and from then on it is the real one.
import { forwardRef, lazy, Suspense, useRef, type ComponentType, type Ref } from 'react';

type PopperProps = { open?: boolean; keepMounted?: boolean } & Record<string, unknown>;
type RealPopper = ComponentType<PopperProps & { ref?: Ref<unknown> }>;

let Loaded: RealPopper | null = null;
let loading: Promise<RealPopper> | null = null;
const load = () =>
    // This specifier is resolved by vite.config.ts to the real file.
    (loading ??= import('mui-base-popper').then(
        m => (Loaded = m.default as unknown as RealPopper),
        error => {
            loading = null; // retried when the next popper opens
            throw error;
        },
    ));
const LazyPopper = lazy(() => load().then(component => ({ default: component })));

if (typeof window !== 'undefined') {
    const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
    whenIdle(() => void load().catch(() => undefined));
}

const Popper = forwardRef<unknown, PopperProps>(function Popper(props, ref) {
    // One way of rendering per instance (direct once loaded, else through lazy), so an open
    // popper is not remounted when the module arrives.
    const mode = useRef<'direct' | 'lazy' | null>(null);
    if (!mode.current) {
        if (Loaded) mode.current = 'direct';
        else if (props.open || props.keepMounted) mode.current = 'lazy';
        else return null; // closed: MUI's renders nothing either
    }
    if (mode.current === 'direct') {
        const Real = Loaded!;
        return <Real {...props} ref={ref} />;
    }
    return (
        <Suspense fallback={null}>
            <LazyPopper {...props} ref={ref} />
        </Suspense>
    );
});

export default Popper;
