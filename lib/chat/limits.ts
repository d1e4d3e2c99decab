/** Length of a chat message, zod-free for the composer (issue 13). */
export const CHAT_MESSAGE_MAX = 2000;
