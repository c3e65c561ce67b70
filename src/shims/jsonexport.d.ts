// The real jsonexport module, loaded by lazyJsonexport.ts (the package ships no types).
declare module 'jsonexport/dist/index' {
    const jsonexport: (...args: unknown[]) => unknown;
    export default jsonexport;
}

// MUI's internal Popper component, loaded by lazyBasePopper.tsx (vite.config.ts resolves it).
declare module 'mui-base-popper' {
    const Popper: import('react').ComponentType<Record<string, unknown>>;
    export default Popper;
}
