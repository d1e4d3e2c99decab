"use client";

import { useRouter } from "next/navigation";
import { startTransition, useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import { LocalTime } from "@/components/local-time";
import { announceUnread } from "@/components/notification-bell";
import { linkify } from "@/lib/chat/linkify";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { formResolver } from "@/components/forms/form-resolver";
import { CHAT_MESSAGE_MAX, chatFormSchema } from "../../_lib/client-schemas";
import { sendChatMessage, type ChatMessageView } from "./actions";
import { cn } from "@/lib/cn";

/** How often the partner's new messages are fetched while the tab is visible. */
const POLL_MS = 3000;
/**
 * Each poll asks again for the last few seconds: a message committed a moment late can carry an
 * earlier time than one already shown. Duplicates are dropped by id.
 */
const OVERLAP_MS = 10_000;

interface ChatRoomProps {
  me: { email: string };
  partner: { id: string; email: string; name: string; firstName: string };
  initialMessages: ChatMessageView[];
}

function merge(current: ChatMessageView[], incoming: ChatMessageView[]): ChatMessageView[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  let added = false;
  for (const message of incoming) {
    if (!byId.has(message.id)) {
      byId.set(message.id, message);
      added = true;
    }
  }
  if (!added) return current;
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * A message's text with its http(s) addresses as links (lib/chat/linkify.ts), built as React
 * elements: React escapes the text, and only http and https hrefs are ever made. The links open in
 * a new tab without telling the other site where they came from (noopener noreferrer) and without
 * vouching for it (nofollow).
 */
function MessageBody({ text, mine }: { text: string; mine: boolean }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {linkify(text).map((part, index) =>
        part.type === "text" ? (
          part.text
        ) : (
          <a
            key={index}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className={cn("break-all font-medium underline underline-offset-2", mine ? "text-white decoration-white/70 focus-visible:outline-white" : "text-bruin-dark decoration-bruin/50")}
          >
            {part.text}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ),
      )}
    </p>
  );
}

/**
 * The conversation of a matched pair. New messages are fetched from GET /api/chat/<partner> every
 * few seconds while the tab is visible; sending goes through a server action. When the match ends
 * the API answers 403 and the page is reloaded from the server, which then says so.
 */
export function ChatRoom({ me, partner, initialMessages }: ChatRoomProps) {
  const router = useRouter();
  const [messages, setMessages] = useState(initialMessages);
  const latest = useRef(initialMessages.at(-1)?.createdAt);
  const polling = useRef(false);
  const listRef = useRef<HTMLDivElement>(null);
  /** Whether the reader is at the end of the conversation; someone reading back is not pulled down. */
  const atEnd = useRef(true);
  const form = useForm({ resolver: formResolver(chatFormSchema), defaultValues: { body: "" } });
  const { errors, isSubmitting } = form.formState;
  const body = useWatch({ control: form.control, name: "body" }) ?? "";

  useEffect(() => {
    latest.current = messages.at(-1)?.createdAt;
    const list = listRef.current;
    if (list && (atEnd.current || messages.at(-1)?.from === me.email)) list.scrollTop = list.scrollHeight;
  }, [messages, me.email]);

  const poll = useCallback(async () => {
    if (polling.current) return;
    polling.current = true;
    try {
      const after = latest.current ? new Date(Date.parse(latest.current) - OVERLAP_MS).toISOString() : undefined;
      const query = after ? `?${new URLSearchParams({ after })}` : "";
      const response = await fetch(`/api/chat/${encodeURIComponent(partner.email)}${query}`, { cache: "no-store", headers: { accept: "application/json" } });
      if (response.status === 401 || response.status === 403) {
        router.refresh();
        return;
      }
      if (!response.ok) return;
      const data = (await response.json()) as { messages: ChatMessageView[]; unread_notifications?: number };
      setMessages((current) => merge(current, data.messages));
      if (typeof data.unread_notifications === "number") announceUnread(data.unread_notifications);
    } catch {
      // Offline for a moment: the next poll tries again.
    } finally {
      polling.current = false;
    }
  }, [partner.email, router]);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      timer ??= setInterval(() => void poll(), POLL_MS);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibilityChange = () => {
      if (document.hidden) return stop();
      void poll();
      start();
    };
    if (!document.hidden) start();
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [poll]);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await sendChatMessage({ email: partner.email, id: partner.id }, values);
    startTransition(() => {
      if (result.sent) {
        const sent = result.sent;
        setMessages((current) => merge(current, [sent]));
        form.reset();
        return;
      }
      const fieldError = result.errors?.body?.[0];
      if (fieldError) form.setError("body", { type: "server", message: fieldError });
      else form.setError("root.server", { type: "server", message: result.message });
      // No longer matched: the server page explains.
      if (result.code === "FORBIDDEN") router.refresh();
    });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter starts a new line; an IME composition keeps its Enter.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!isSubmitting) event.currentTarget.form?.requestSubmit();
  };

  return (
    <div className="flex flex-col">
      <div
        ref={listRef}
        role="log"
        aria-live="polite"
        aria-label={`Conversation with ${partner.name}`}
        // Scrollable, so reachable with the keyboard.
        tabIndex={0}
        className="h-[55dvh] min-h-72 overflow-y-auto bg-gray-50 px-3 py-4 sm:px-5"
        data-testid="chat-log"
        onScroll={(event) => {
          const list = event.currentTarget;
          atEnd.current = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
        }}
      >
        {messages.length === 0 ? (
          <div className="grid h-full place-items-center text-center" data-testid="chat-empty">
            <div className="max-w-xs space-y-1">
              <p className="text-lg font-semibold text-bruin-darker">
                Say hello <span aria-hidden>👋</span>
              </p>
              <p className="text-sm text-gray-700">This is the start of your conversation with {partner.firstName}. Only the two of you can read it.</p>
            </div>
          </div>
        ) : (
          <ol className="space-y-3">
            {messages.map((message) => {
              const mine = message.from === me.email;
              return (
                <li key={message.id} className={cn("flex", mine ? "justify-end" : "justify-start")} data-testid={mine ? "message-mine" : "message-theirs"}>
                  <div className={cn("max-w-[85%] rounded-2xl px-4 py-2 shadow-sm sm:max-w-[70%]", mine ? "rounded-br-sm bg-bruin-dark text-white" : "rounded-bl-sm border border-gray-200 bg-white text-gray-900")}>
                    <p className={cn("text-xs", mine ? "text-blue-100" : "text-gray-600")}>
                      <span className="font-semibold">{mine ? "You" : partner.firstName}</span> · <LocalTime iso={message.createdAt} style="message" />
                    </p>
                    <MessageBody text={message.body} mine={mine} />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </div>

      <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-gray-200 bg-white p-3 sm:p-5">
        {errors.root?.server?.message && (
          <Alert tone="error" data-testid="form-error">
            <p>{errors.root.server.message}</p>
          </Alert>
        )}
        <Field label={<span className="sr-only">Message to {partner.firstName}</span>} hint={`Enter sends, Shift+Enter adds a line. ${body.length}/${CHAT_MESSAGE_MAX}`} error={errors.body?.message}>
          {(control) => (
            <div className="flex items-end gap-2">
              <Textarea {...control} rows={2} maxLength={CHAT_MESSAGE_MAX} placeholder={`Write to ${partner.firstName}…`} onKeyDown={onKeyDown} className="min-h-12" {...form.register("body")} />
              <Button type="submit" pending={isSubmitting} className="shrink-0 self-stretch sm:self-auto">
                {isSubmitting ? "Sending…" : "Send"}
              </Button>
            </div>
          )}
        </Field>
      </form>
    </div>
  );
}
