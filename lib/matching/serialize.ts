/** JSON shapes of the Mentoring section of the API contract. */
import { serializeUser, type SerializableUser } from "@/lib/users/serialize";

export function serializeRequest(request: {
  id: string;
  status: string;
  message: string;
  reason: string;
  createdAt: Date;
  mentee: SerializableUser;
  mentor: SerializableUser;
}) {
  return {
    id: request.id,
    status: request.status,
    mentee: serializeUser(request.mentee),
    mentor: serializeUser(request.mentor),
    message: request.message,
    reason: request.reason,
    createdAt: request.createdAt.toISOString(),
  };
}
