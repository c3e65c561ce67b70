// The domain module: pure TypeScript shared by the console (src/) and the mock API (mock/).
export * from './money';
export * from './dates';
export * from './workingDays';
export * from './uscc';
export * from './settings';
export * from './types';
export * from './permissions';
export * from './stateMachines';
export * from './complaints';
export * from './ledger';
export * from './checks';
export * from './registration';
export * from './penalties';
