-- 0017_classification_situations: each system classification names the hazardous situations of the risk
-- file that the system was found to contribute to (IEC 62304 4.3 and 7.1, the output 1.5 of the
-- classification step), as id, human ID and name at the time of the decision.
-- Why a column and not only trace links: the live "software item can contribute to hazardous situation"
-- links follow the current answer, while an earlier classification in the history must keep saying which
-- situations it was decided on, even after a situation is renamed or removed.
ALTER TABLE system_classification ADD COLUMN situations_json TEXT NOT NULL DEFAULT '[]';
