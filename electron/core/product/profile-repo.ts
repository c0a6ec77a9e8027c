import type { Market } from '../../../shared/regulatory/markets';
import type { Db } from '../db/connection';

export interface ProfileRow {
  intendedPurpose: string;
  intendedUsers: string;
  patientPopulation: string;
  useEnvironment: string;
  markets: Market[];
  softwareForm: string;
  hardwareDevice: string;
  updatedAt: string | null;
}

export type ProfileFields = Omit<ProfileRow, 'updatedAt'>;

/** Owns the single-row product_profile table. */
export class ProfileRepo {
  constructor(private readonly db: Db) {}

  get(): ProfileRow {
    const row = this.db
      .prepare(
        `SELECT intended_purpose AS intendedPurpose, intended_users AS intendedUsers, patient_population AS patientPopulation,
         use_environment AS useEnvironment, markets_json AS markets, software_form AS softwareForm, hardware_device AS hardwareDevice,
         updated_at AS updatedAt FROM product_profile WHERE id = 1`,
      )
      .get() as (Omit<ProfileRow, 'markets'> & { markets: string }) | undefined;
    if (!row) throw new Error('The product profile row is missing.');
    return { ...row, markets: JSON.parse(row.markets) as Market[] };
  }

  update(fields: ProfileFields, at: string): ProfileRow {
    this.db
      .prepare(
        `UPDATE product_profile SET intended_purpose = @intendedPurpose, intended_users = @intendedUsers,
         patient_population = @patientPopulation, use_environment = @useEnvironment, markets_json = @markets,
         software_form = @softwareForm, hardware_device = @hardwareDevice, updated_at = @at WHERE id = 1`,
      )
      .run({ ...fields, markets: JSON.stringify(fields.markets), at });
    return this.get();
  }
}
