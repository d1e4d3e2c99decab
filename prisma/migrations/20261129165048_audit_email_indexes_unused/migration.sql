-- DropIndex
DROP INDEX "audit_events_actorEmail_idx";

-- DropIndex
DROP INDEX "audit_events_targetEmail_idx";

