import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { LocalTime } from "@/components/local-time";
import { rememberedDeletionDate } from "../_lib/deletion-notice";

/** Shown on /login?deleted=1, where "Delete my account" ends. */
export async function DeletionNotice() {
  const date = await rememberedDeletionDate();
  return (
    <Alert tone="info" className="mb-6" data-testid="deletion-notice">
      <p>
        {date ? (
          <>
            Your account is scheduled for deletion on <LocalTime iso={date} className="font-semibold" />. Log in before then to cancel.
          </>
        ) : (
          "Your account is scheduled for deletion. Log in before the grace period ends to cancel."
        )}
      </p>
      <p>
        Or <TextLink href="/recover">recover it without logging in</TextLink>.
      </p>
    </Alert>
  );
}
