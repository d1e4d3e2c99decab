import { LocalTime } from "@/components/local-time";
import { SubmitButton } from "@/components/ui/submit-button";
import type { SessionSummary } from "@/lib/users/list-sessions";
import { describeUserAgent } from "@/lib/users/user-agent";
import { signOutDevice, signOutEverywhereElse } from "./security-actions";

/**
 * The signed-in devices of account settings: browser and system (ua-parser-js, on the server),
 * first and last seen, "This device", and a way to sign each other device out. Signing out is a
 * server action that deletes the session row, so that device's very next request is signed out.
 */
export function Devices({ sessions }: { sessions: SessionSummary[] }) {
  const others = sessions.filter((session) => !session.current).length;
  return (
    <section aria-labelledby="devices-heading" className="rounded-2xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h2 id="devices-heading" className="text-xl font-bold text-bruin-darker">
        Where you&rsquo;re signed in
      </h2>
      <p className="mt-2 text-sm leading-relaxed text-gray-700">
        Don&rsquo;t recognise a device? Sign it out, then change your password.
      </p>
      <ul className="mt-5 divide-y divide-gray-200" aria-label="Signed-in devices">
        {sessions.map((session) => {
          const device = describeUserAgent(session.userAgent);
          return (
            <li key={session.id} className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between" data-testid="device">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-semibold text-gray-900">
                  <span>{device.label}</span>
                  {session.current && <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">This device</span>}
                </p>
                <p className="mt-1 text-sm text-gray-700">
                  Signed in <LocalTime iso={session.createdAt.toISOString()} style="dateTime" relative />
                </p>
                <p className="text-sm text-gray-700">
                  {session.current ? (
                    "Active now"
                  ) : (
                    <>
                      Last seen <LocalTime iso={session.lastSeenAt.toISOString()} style="dateTime" relative />
                    </>
                  )}
                </p>
              </div>
              {!session.current && (
                <form action={signOutDevice} className="shrink-0">
                  <input type="hidden" name="sessionId" value={session.id} />
                  <SubmitButton variant="secondary" aria-label={`Sign out ${device.label}`}>
                    Sign out
                  </SubmitButton>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      {others > 0 ? (
        <form action={signOutEverywhereElse} className="mt-4 border-t border-gray-200 pt-5">
          <SubmitButton variant="secondary">Sign out everywhere else</SubmitButton>
        </form>
      ) : (
        <p className="mt-2 text-sm text-gray-700" data-testid="devices-empty">
          You&rsquo;re not signed in anywhere else.
        </p>
      )}
    </section>
  );
}
