// The merchant list's filters that are hidden until the operator adds them (./filters.tsx):
// their inputs (autocomplete, date pickers, switches) load after the list's first render.
import { AutocompleteArrayInput, BooleanInput, DateInput, NullableBooleanInput, ReferenceArrayInput, type ReferenceArrayInputProps } from 'react-admin';

export const CategoryFilterInput = (props: Omit<ReferenceArrayInputProps, 'reference' | 'children'>) => (
    <ReferenceArrayInput {...props} reference="categories">
        <AutocompleteArrayInput optionText="nameEn" sx={{ minWidth: 220 }} />
    </ReferenceArrayInput>
);

export { BooleanInput, DateInput, NullableBooleanInput };
