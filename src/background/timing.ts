// User Timing marks of a wake, read by the pages bench and shown in the browser's developer
// tools (the worker's Performance panel). They stay in the worker's memory: nothing is sent.
// index.ts imports this module first, so the first mark is set as the worker's script starts.

/** The worker's script has been loaded and compiled, and starts to run. */
export const SCRIPT_RUNNING_MARK = 'ISO Guard: worker script running';
/** The page guard sends a tab to the site warning. */
export const SITE_WARNING_SENT_MARK = 'ISO Guard: tab sent to the site warning';

performance.mark(SCRIPT_RUNNING_MARK);
