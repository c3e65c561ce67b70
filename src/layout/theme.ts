// The console theme: react-admin's default with a darker primary, so white text on the app bar
// and focused field labels meet WCAG AA contrast (axe "color-contrast").
import { defaultTheme, type RaThemeOptions } from 'react-admin';

export const lightTheme: RaThemeOptions = {
    ...defaultTheme,
    palette: {
        ...defaultTheme.palette,
        primary: { main: '#1565c0' },
        secondary: { main: '#0d47a1' },
    },
};
