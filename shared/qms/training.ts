/** A person who must work under the procedures. */
export interface Trainee {
  id: number;
  name: string;
}

/** A procedure with an approved version people must be trained on. */
export interface EffectiveProcedure {
  key: string;
  title: string;
  version: number;
}

export interface TrainingFact {
  traineeId: number;
  docKey: string;
  version: number;
}

export interface TrainingDue {
  traineeId: number;
  name: string;
  docKey: string;
  title: string;
  version: number;
  /** The newest version the person was trained on, or null when never trained on the procedure. */
  trainedOn: number | null;
}

/**
 * Who still has to be trained on the approved version of each procedure (6.2): everyone on the team,
 * for every procedure, until a training record for that version or a later one exists. A new approved
 * version therefore puts everyone back on the list, showing the version they were last trained on.
 */
export function trainingDue(trainees: readonly Trainee[], procedures: readonly EffectiveProcedure[], records: readonly TrainingFact[]): TrainingDue[] {
  const due: TrainingDue[] = [];
  for (const p of procedures) {
    for (const t of trainees) {
      const versions = records.filter((r) => r.traineeId === t.id && r.docKey === p.key).map((r) => r.version);
      const newest = versions.length ? Math.max(...versions) : null;
      if (newest === null || newest < p.version) due.push({ traineeId: t.id, name: t.name, docKey: p.key, title: p.title, version: p.version, trainedOn: newest });
    }
  }
  return due;
}
