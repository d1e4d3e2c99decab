/** Where the e2e server writes its emails (EMAIL_FILE_PATH), relative to the repository root. */
export const E2E_MAIL_DIR = process.env.E2E_MAIL_DIR ?? "test-results/mail";
