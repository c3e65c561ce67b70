// Shared UI helpers for every resource: money, dates, rule hints, empty states.
export * from './format';
export { MoneyField, type MoneyFieldProps } from './MoneyField';
export { CalendarDateField, DateTimeField } from './DateFields';
export { RuleChip, RuleHint, useRuleExplanation, type RuleChipProps } from './RuleChip';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ExportAllButton, toCsv, type ExportAllButtonProps } from './ExportAllButton';
