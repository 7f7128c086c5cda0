// Documented exit codes (README, "Exit codes").
export const EXIT_OK = 0;
/** The program raised an uncaught exception, deadlocked, or (explore) a property was violated. */
export const EXIT_FAILURE = 1;
/** Usage errors and bad input (missing file, SyntaxError, unsupported construct). */
export const EXIT_USAGE = 2;
/** A limit stopped the simulation: --max-steps or the time budget. */
export const EXIT_LIMIT = 3;
/** A bug in gilsim itself. */
export const EXIT_INTERNAL = 70;
