-- 0003_audit_sort_indexes: the audit trail screen sorts by person and by record ID; on 100k rows an
-- unindexed sort makes every scrolled page re-sort the whole trail.
CREATE INDEX audit_log_user_name ON audit_log (user_name, seq);
CREATE INDEX audit_log_entity_id ON audit_log (entity_id, seq);
