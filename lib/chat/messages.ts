/** Chat between a matched mentee and mentor. Nobody else can read or write it. */
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newMessage } from "@/lib/notifications/events";
import { markConversationRead } from "@/lib/notifications/notifications";
import { deliverNotificationEmails, notify } from "@/lib/notifications/notify";
import { normalizeEmail } from "@/lib/users/email";
import { parseInput } from "@/lib/users/validate";
import { messageSchema } from "./schemas";

/** The partner of a matched pair, or FORBIDDEN. */
export async function matchedPartner(userId: string, partnerEmail: string) {
  const [user, partner] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { id: true, matchedMentorId: true } }),
    prisma.user.findUnique({ where: { email: normalizeEmail(partnerEmail) } }),
  ]);
  const matched = user && partner && (user.matchedMentorId === partner.id || partner.matchedMentorId === user.id);
  if (!matched) throw new AppError("FORBIDDEN", "You can only chat with your matched mentor or mentee");
  return partner;
}

const between = (a: string, b: string) => ({ OR: [{ senderId: a, recipientId: b }, { senderId: b, recipientId: a }] });

export async function listMessages({ userId, partnerEmail, after }: { userId: string; partnerEmail: string; after?: Date }) {
  const partner = await matchedPartner(userId, partnerEmail);
  const messages = await prisma.chatMessage.findMany({
    where: { ...between(userId, partner.id), ...(after ? { createdAt: { gt: after } } : {}) },
    include: { sender: { select: { email: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // Opening or polling the conversation is reading it: its unread markers and NEW_MESSAGE notification clear.
  await markConversationRead({ userId, partner });
  return { partner, messages };
}

export async function sendMessage({ userId, partnerEmail, input }: { userId: string; partnerEmail: string; input: unknown }) {
  const partner = await matchedPartner(userId, partnerEmail);
  const { body } = parseInput(messageSchema, input);
  const message = await prisma.$transaction(async (tx) => {
    const created = await tx.chatMessage.create({ data: { senderId: userId, recipientId: partner.id, body }, include: { sender: { select: { id: true, email: true, firstName: true, lastName: true } } } });
    await notify(tx, { userId: partner.id, ...newMessage(created.sender, body) });
    return created;
  });
  deliverNotificationEmails();
  return message;
}

export function serializeMessage(message: { id: string; body: string; createdAt: Date; sender: { email: string } }) {
  return { id: message.id, from: message.sender.email, body: message.body, createdAt: message.createdAt.toISOString() };
}
