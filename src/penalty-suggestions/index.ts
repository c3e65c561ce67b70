import TipsAndUpdatesIcon from '@mui/icons-material/TipsAndUpdates';
import { lazy } from 'react';

export default {
    name: 'penalty-suggestions',
    list: lazy(() => import('./SuggestionList')),
    icon: TipsAndUpdatesIcon,
    recordRepresentation: 'id',
};
