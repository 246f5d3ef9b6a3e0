export function locateExecutable(where: { envVar: string; debianPath: string; onPath: string[]; env: NodeJS.ProcessEnv; real?: (path: string) => string }): string | null;
export function printLocated(found: string | null, hint: string): void;
