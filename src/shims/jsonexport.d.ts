// The real jsonexport module, loaded by lazyJsonexport.ts (the package ships no types).
declare module 'jsonexport/dist/index' {
    const jsonexport: (...args: unknown[]) => unknown;
    export default jsonexport;
}
