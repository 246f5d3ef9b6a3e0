export const INSTALL_HINT: string;
export function locateChromium(env?: NodeJS.ProcessEnv): string | null;
export function findChromium(env?: NodeJS.ProcessEnv): string;
