export const MAX_LINE: number;
export const MAX_LINES: number;
export const BASELINE_FILE: string;
export function isChecked(file: string): boolean;
export function violations(file: string, text: string, allowed?: number): string[];
export function readBaseline(root: string): Record<string, number>;
export function checkSource(root: string, files?: string[]): string[];
