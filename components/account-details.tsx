import type { Role } from "@prisma/client";

export const ROLE_LABELS: Record<Role, string> = { MENTEE: "Mentee", MENTOR: "Mentor", ADMIN: "Admin" };

/** The account's email and role, as the dashboard and the settings page show them. */
export function AccountDetails({ email, role, labelWidth = "10rem" }: { email: string; role: Role; labelWidth?: string }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-[var(--label)_1fr]" style={{ ["--label" as string]: labelWidth }}>
      <dt className="text-sm font-medium text-gray-600">Email</dt>
      <dd className="-mt-3 break-words font-medium text-gray-900 sm:mt-0" data-testid="account-email">
        {email}
      </dd>
      <dt className="text-sm font-medium text-gray-600">Role</dt>
      <dd className="-mt-3 font-medium text-gray-900 sm:mt-0" data-testid="account-role">
        {ROLE_LABELS[role]}
      </dd>
    </dl>
  );
}
