/**
 * The email rules of the original model: addresses are trimmed and lower-cased before every use,
 * and only addresses whose domain is exactly one of ALLOWED_EMAIL_DOMAINS are accepted
 * (`x@ucla.edu.evil.com` and `x@notucla.edu` are not UCLA addresses).
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const SHAPE = /^[^\s@]+@([^\s@]+)$/;

export function emailDomain(email: string): string | null {
  const match = SHAPE.exec(normalizeEmail(email));
  return match?.[1] ?? null;
}

export function isAllowedEmail(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domain !== null && allowedDomains.includes(domain);
}
