/**
 * The NUL rule of lib/text-schema.ts without zod: the forms' zod/mini mirrors (client-schemas.ts)
 * import it from here, since importing anything from text-schema.ts loads classic zod in the
 * browser (issue 13).
 */
export const NUL_MESSAGE = "Remove the invisible control character (NUL) from this text";

export const WITHOUT_NUL = /^[^\u0000]*$/;
