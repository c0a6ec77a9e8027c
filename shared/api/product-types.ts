import type { Market } from '../regulatory/markets';

export const SOFTWARE_FORMS = ['samd', 'in-device'] as const;
export type SoftwareForm = (typeof SOFTWARE_FORMS)[number];

export interface ProductProfile {
  productName: string;
  manufacturer: string;
  intendedPurpose: string;
  intendedUsers: string;
  patientPopulation: string;
  useEnvironment: string;
  /** Where the product is sold: the one place Cairn asks (the QMS procedures read it too). */
  markets: Market[];
  softwareForm: SoftwareForm | '';
  hardwareDevice: string;
  updatedAt: string | null;
  /** Profile fields a reviewer still expects to see filled. */
  missing: string[];
}
