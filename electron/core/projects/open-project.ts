import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { ArchitectureRepo } from '../architecture/architecture-repo';
import { AnchorsRepo } from '../audit/anchors-repo';
import { AuditRepo } from '../audit/audit-repo';
import { ChangesRepo } from '../changes/changes-repo';
import { createDatabase, openDatabase, sealProject, type Db } from '../db/connection';
import { applyMigrations, pendingMigrations, type Migration } from '../db/migrations';
import { CairnError } from '../errors';
import { DocumentsRepo } from '../documents/documents-repo';
import { DevPlanRepo } from '../dev-plan/dev-plan-repo';
import { KeysRepo } from '../signing/keys-repo';
import { PlanRepo } from '../plan/plan-repo';
import { RegulatoryRepo } from '../regulatory/regulatory-repo';
import { ProblemsRepo } from '../problems/problems-repo';
import { ProfileRepo } from '../product/profile-repo';
import { QmsRecordsRepo } from '../qms/qms-records-repo';
import { TechnicalFileReferencesRepo } from '../technical-file/references-repo';
import { QmsRepo } from '../qms/qms-repo';
import { RecordSignaturesRepo } from '../signatures/record-signatures-repo';
import { ReleasesRepo } from '../releases/releases-repo';
import { RequirementsRepo } from '../requirements/requirements-repo';
import { StructureRepo } from '../requirements/structure-repo';
import { ReviewsRepo } from '../reviews/reviews-repo';
import { RiskRepo } from '../risk/risk-repo';
import { SoftwareRepo } from '../software/software-repo';
import { SoupRepo } from '../soup/soup-repo';
import { TestsRepo } from '../tests/tests-repo';
import { TraceRepo } from '../trace/trace-repo';
import { UsersRepo } from '../users/users-repo';
import { readTrailer, removeSideCopy, sideCopyPath } from './key-envelope';
import { PROJECT_KEY_BYTES, type KeySlot } from './key-slots';
import { ProjectRepo } from './project-repo';
import { slotsFingerprint, teamFingerprint, walIsLarge } from './project-seal';

/** An open project file and the repositories over it. */
export class OpenProject {
  readonly audit: AuditRepo;
  readonly anchors: AnchorsRepo;
  readonly users: UsersRepo;
  readonly project: ProjectRepo;
  readonly documents: DocumentsRepo;
  readonly keys: KeysRepo;
  readonly profile: ProfileRepo;
  readonly software: SoftwareRepo;
  readonly plan: PlanRepo;
  readonly regulatory: RegulatoryRepo;
  readonly devPlan: DevPlanRepo;
  readonly trace: TraceRepo;
  readonly architecture: ArchitectureRepo;
  readonly reviews: ReviewsRepo;
  readonly soup: SoupRepo;
  readonly requirements: RequirementsRepo;
  /** Imported documents' outlines and the relations between requirements. */
  readonly requirementStructure: StructureRepo;
  readonly qms: QmsRepo;
  readonly qmsRecords: QmsRecordsRepo;
  readonly risk: RiskRepo;
  readonly recordSignatures: RecordSignaturesRepo;
  readonly tests: TestsRepo;
  readonly problems: ProblemsRepo;
  readonly changes: ChangesRepo;
  readonly releases: ReleasesRepo;
  readonly technicalFileReferences: TechnicalFileReferencesRepo;

  /** The team the key envelope at the end of the file was last written for (encrypted files only). */
  private sealedTeam: string | null = null;

  /** `key` is the project key of an encrypted file (never leaves the core), null for a plain file. */
  constructor(
    readonly path: string,
    readonly db: Db,
    readonly key: Buffer | null = null,
  ) {
    this.audit = new AuditRepo(db);
    this.anchors = new AnchorsRepo(db);
    this.users = new UsersRepo(db);
    this.project = new ProjectRepo(db, path, key !== null);
    this.documents = new DocumentsRepo(db);
    this.keys = new KeysRepo(db);
    this.profile = new ProfileRepo(db);
    this.software = new SoftwareRepo(db);
    this.plan = new PlanRepo(db);
    this.regulatory = new RegulatoryRepo(db);
    this.devPlan = new DevPlanRepo(db);
    this.trace = new TraceRepo(db);
    this.architecture = new ArchitectureRepo(db);
    this.reviews = new ReviewsRepo(db);
    this.soup = new SoupRepo(db);
    this.requirements = new RequirementsRepo(db);
    this.requirementStructure = new StructureRepo(db);
    this.qms = new QmsRepo(db);
    this.qmsRecords = new QmsRecordsRepo(db);
    this.risk = new RiskRepo(db);
    this.recordSignatures = new RecordSignaturesRepo(db);
    this.tests = new TestsRepo(db);
    this.problems = new ProblemsRepo(db);
    this.changes = new ChangesRepo(db);
    this.releases = new ReleasesRepo(db);
    this.technicalFileReferences = new TechnicalFileReferencesRepo(db);
  }

  /** Records that the file's own envelope already holds these slots, so opening writes nothing. */
  adoptSealed(slots: readonly KeySlot[]): void {
    this.sealedTeam = slotsFingerprint(slots);
  }

  get encrypted(): boolean {
    return this.key !== null;
  }

  /** Checkpoints and rewrites the key envelope (see project-seal.ts); nothing to do for a plain file. */
  seal(): void {
    if (!this.key || !this.db.open) return;
    this.sealedTeam = sealProject(this.path, this.key) ?? this.sealedTeam;
  }

  /**
   * After each committed mutation: a changed team (a member added, deactivated, reactivated or a password
   * changed) gets its slots at once, and a large WAL is checkpointed, as only Cairn may checkpoint.
   */
  afterCommit(): void {
    if (!this.key) return;
    if (teamFingerprint(this.db) !== this.sealedTeam || walIsLarge(this.path)) this.seal();
  }

  /**
   * Writes a consistent, self-contained copy of the file to `dest` (a new name): VACUUM INTO keeps the
   * copy encrypted under the same key, and an encrypted copy gets its own key envelope, so it opens alone.
   */
  writeCopy(dest: string): void {
    writeCopyOf(this.db, this.key, dest);
  }

  /** Closing an encrypted file's connection seals it (db/connection.ts). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}

function writeCopyOf(db: Db, key: Buffer | null, dest: string): void {
  db.prepare('VACUUM INTO ?').run(dest);
  chmodSync(dest, 0o600);
  if (key) sealProject(dest, key);
}

/**
 * A second, read-only connection to an open project, made exactly as the core opens the file (with its
 * project key when it is encrypted), for work that runs beside it in another thread (the integrity check on open).
 */
export function openProjectForReading(path: string, key: Buffer | null): OpenProject {
  return new OpenProject(path, openDatabase(path, key, { readonly: true }), key);
}

/** The name of the copy taken before migrating; the id says which migration the copy predates. */
export function preMigrationBackupPath(path: string, migration: Migration): string {
  return `${path}.before-${migration.id}.bak`;
}

/**
 * Opens an existing project (with its project key when it is encrypted), migrating it forward after
 * copying it aside. An encrypted file's envelope is brought in line with its team at once, which also
 * repairs a trailer lost to a crash.
 */
export function openProjectFile(path: string, migrations: Migration[], now: () => string, key: Buffer | null = null): OpenProject {
  const db = openDatabase(path, key);
  try {
    const pending = pendingMigrations(db, migrations);
    const first = pending[0];
    if (first) {
      // A consistent, self-contained copy even while WAL holds recent commits.
      const backup = preMigrationBackupPath(path, first);
      rmSync(backup, { force: true });
      writeCopyOf(db, key, backup);
      applyMigrations(db, pending, now);
    }
    const project = new OpenProject(path, db, key);
    project.project.get();
    const last = pending.at(-1);
    if (last && project.audit.recordsRowStates()) {
      // A schema change reshapes rows (and files made before 0018 carry no row states at all): the trail
      // records the state the upgrade left, so later checks compare against it.
      project.audit.baseline(
        { action: 'baseline', entity: 'project', entityId: 1, summary: `Project file upgraded to ${last.id}: the current state of every record written to the trail` },
        'project.open',
        now(),
      );
    }
    // A complete trailer for the current team needs no rewrite; a side copy left by a crash does.
    const trailer = key && !existsSync(sideCopyPath(path)) ? readTrailer(path) : null;
    if (trailer) project.adoptSealed(trailer);
    project.afterCommit();
    return project;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates a project atomically: everything is written to a temporary file which is renamed into place
 * only when complete, so an interrupted creation never leaves a half-made project at `path`. An encrypted
 * project gets a random project key, returned so it can be shown once as the recovery key; a plain one
 * returns null.
 */
export function createProjectFile(path: string, migrations: Migration[], now: () => string, fill: (project: OpenProject) => void, encrypted = true): Buffer | null {
  if (existsSync(path)) throw new CairnError('file_exists', `A file already exists at ${path}.`, 'path');
  const temp = `${path}.creating`;
  const leftovers = [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-key`];
  for (const leftover of leftovers) rmSync(leftover, { force: true });
  const key = encrypted ? randomBytes(PROJECT_KEY_BYTES) : null;
  let db: Db;
  try {
    db = createDatabase(temp, key);
  } catch (error) {
    if (error instanceof CairnError) throw error;
    throw new CairnError('file_not_found', `Cannot create ${path}: ${(error as Error).message}`, 'path');
  }
  try {
    applyMigrations(db, pendingMigrations(db, migrations), now);
    const project = new OpenProject(path, db, key);
    // Migrations seed some rows (counters, empty profiles) before the trail exists: the first audit row records them.
    project.audit.includeEveryRow();
    fill(project);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    if (key) sealProject(temp, key);
    renameSync(temp, path);
    removeSideCopy(temp);
    return key;
  } catch (error) {
    if (db.open) db.close();
    for (const leftover of leftovers) rmSync(leftover, { force: true });
    throw error;
  }
}
