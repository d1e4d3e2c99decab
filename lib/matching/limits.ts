/** Lengths of the request message and decline reason, zod-free for the forms (issue 13). */
export const REQUEST_MESSAGE_MAX = 500;
export const DECLINE_REASON_MAX = 500;
/** The optional reason a mentee gives when ending their match, shown to the mentor. */
export const END_REASON_MAX = 500;
