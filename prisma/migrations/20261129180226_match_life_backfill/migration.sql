-- Back-fill of the new request statuses (a migration of its own: PostgreSQL does not let the
-- transaction that adds an enum value use it).
--
-- ENDED: an ACCEPTED request whose mentee is no longer matched with that mentor — the match was
-- ended (removal, admin end-match) before the status existed. Exact: an accepted request's pair is
-- matched until the match ends, and a new match with the same mentor would come from a new request.
UPDATE "mentorship_requests" r
SET "status" = 'ENDED', "endedAt" = NULL
WHERE r."status" = 'ACCEPTED'
  AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."userID" = r."menteeId" AND u."matchedMentorId" = r."mentorId");

-- CLOSED: a WITHDRAWN request withdrawn by the accept of another request of the same mentee. The
-- accept wrote the same decidedAt on both in one statement's transaction, which a withdrawal by
-- hand (a later, separate transaction) cannot match to the millisecond.
UPDATE "mentorship_requests" r
SET "status" = 'CLOSED'
WHERE r."status" = 'WITHDRAWN'
  AND EXISTS (
    SELECT 1 FROM "mentorship_requests" a
    WHERE a."menteeId" = r."menteeId" AND a."id" <> r."id" AND a."status" IN ('ACCEPTED', 'ENDED') AND a."decidedAt" = r."decidedAt"
  );
