import type { ProductProfile } from '../../../shared/api/product-types';
import type { OpenProject } from '../projects/open-project';
import type { ProfileRow } from './profile-repo';

/** What a reviewer looks for first; an empty one is listed so the wizard can say what is missing. */
const EXPECTED: [keyof ProfileRow, string][] = [
  ['intendedPurpose', 'intended purpose'],
  ['intendedUsers', 'intended users'],
  ['patientPopulation', 'patient population'],
  ['useEnvironment', 'use environment'],
  ['markets', 'markets'],
  ['softwareForm', 'standalone or part of a device'],
];

export function profileOf(project: OpenProject): ProductProfile {
  const row = project.profile.get();
  const info = project.project.get();
  const missing = EXPECTED.filter(([key]) => (key === 'markets' ? row.markets.length === 0 : String(row[key] ?? '').trim() === '')).map(([, label]) => label);
  if (row.softwareForm === 'in-device' && row.hardwareDevice.trim() === '') missing.push('hardware device');
  return {
    productName: info.productName,
    manufacturer: info.manufacturer,
    intendedPurpose: row.intendedPurpose,
    intendedUsers: row.intendedUsers,
    patientPopulation: row.patientPopulation,
    useEnvironment: row.useEnvironment,
    markets: row.markets,
    softwareForm: row.softwareForm as ProductProfile['softwareForm'],
    hardwareDevice: row.hardwareDevice,
    updatedAt: row.updatedAt,
    missing,
  };
}
