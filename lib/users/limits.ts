/** Password lengths, zod-free so that the forms can show them without loading zod (issue 13). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
