export const FIREFOX_INSTALL_HINT: string;
export function locateFirefox(env?: NodeJS.ProcessEnv): string | null;
export function findFirefox(env?: NodeJS.ProcessEnv): string;
