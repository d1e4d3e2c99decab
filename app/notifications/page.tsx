import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { AnnounceUnread } from "@/components/announce-unread";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { LIST_LIMIT, listNotifications } from "@/lib/notifications/notifications";
import { markAllRead } from "./actions";
import { cn } from "@/lib/cn";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requirePageUser("/notifications");
  const { notifications, unread } = await listNotifications({ userId: user.id });
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10 sm:px-6 sm:py-14">
      <AnnounceUnread count={unread} />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold text-bruin-darker">Notifications</h1>
          <p className="text-gray-700" data-testid="unread-summary">
            {unread === 0 ? "You're all caught up." : `${unread} unread`}
          </p>
        </div>
        {unread > 0 && (
          <form action={markAllRead}>
            <SubmitButton variant="secondary">Mark all as read</SubmitButton>
          </form>
        )}
      </header>

      {notifications.length === 0 ? (
        <Card data-testid="notifications-empty">
          <h2 className="text-lg font-semibold text-gray-900">Nothing here yet</h2>
          <p className="mt-2 leading-relaxed text-gray-700">
            When someone sends you a request, answers yours, writes to you or your mentorship changes, you&rsquo;ll find it here — and
            in your email, unless you turn that off.
          </p>
        </Card>
      ) : (
        <Card className="overflow-hidden p-0 sm:p-0">
          <ul aria-label="Your notifications" className="divide-y divide-gray-200">
            {notifications.map((n) => {
              const isUnread = n.readAt === null;
              return (
                <li key={n.id} data-testid="notification" data-unread={isUnread ? "true" : "false"}>
                  {/* A plain link: <Link> would prefetch the route that marks it read. */}
                  <a
                    href={`/notifications/${n.id}`}
                    className={cn("block px-5 py-4 hover:bg-gray-50 focus-visible:outline-offset-[-3px] sm:px-6", isUnread && "bg-bruin-light/40")}
                  >
                    <span className="flex items-start gap-3">
                      <span aria-hidden className={cn("mt-2 size-2.5 shrink-0 rounded-full", isUnread ? "bg-bruin" : "bg-transparent")} />
                      <span className="min-w-0 space-y-1">
                        <span className={cn("block break-words text-bruin-darker", isUnread ? "font-bold" : "font-medium")}>
                          {isUnread && <span className="sr-only">Unread: </span>}
                          {n.title}
                        </span>
                        <span className="block break-words whitespace-pre-line text-sm text-gray-700">{n.body}</span>
                        <span className="block text-sm text-gray-600">
                          <LocalTime iso={n.createdAt.toISOString()} style="dateTime" relative />
                        </span>
                      </span>
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
      <p className="text-sm text-gray-700">
        {notifications.length >= LIST_LIMIT && `Showing your ${LIST_LIMIT} newest. `}
        Choose which ones reach your email in <TextLink href="/account#notifications-heading">account settings</TextLink>.
      </p>
    </div>
  );
}
