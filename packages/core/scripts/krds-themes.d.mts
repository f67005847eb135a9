/** Types of krds-themes.mjs, for the tests. */
export const COLOURS: Record<string, string>;
export function resolve(path: string): string;
export function lightTheme(): string;
export function highContrastTheme(): string;
