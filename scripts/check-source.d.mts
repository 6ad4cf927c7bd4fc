export const MAX_LINE: number;
export const MAX_LINES: number;
export function isChecked(file: string): boolean;
export function violations(file: string, text: string): string[];
export function checkSource(root: string, files?: string[]): string[];
