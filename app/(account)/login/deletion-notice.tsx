import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { LocalTime } from "@/components/local-time";
import { rememberedDeletionDate } from "../_lib/deletion-notice";

/**
 * Shown on /login?deleted=1, where "Delete my account" ends. It says exactly what cancels the
 * deletion: logging in only opens the deletion page, where "Cancel deletion" does it; the recovery
 * page does it in one step with the email and password.
 */
export async function DeletionNotice() {
  const date = await rememberedDeletionDate();
  return (
    <Alert tone="info" className="mb-6" data-testid="deletion-notice">
      <p>
        {date ? (
          <>
            Your account is scheduled for deletion on <LocalTime iso={date} className="font-semibold" />.
          </>
        ) : (
          "Your account is scheduled for deletion."
        )}
      </p>
      <p>
        Changed your mind? Before then, log in and choose <strong className="font-semibold">Cancel deletion</strong>, or{" "}
        <TextLink href="/recover">recover your account</TextLink> with your email and password. Logging in alone does not cancel it.
      </p>
    </Alert>
  );
}
