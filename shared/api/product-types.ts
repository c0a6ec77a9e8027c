export const MARKETS = ['eu', 'us', 'eu-us'] as const;
export type Market = (typeof MARKETS)[number];
export const SOFTWARE_FORMS = ['samd', 'in-device'] as const;
export type SoftwareForm = (typeof SOFTWARE_FORMS)[number];

export interface ProductProfile {
  productName: string;
  manufacturer: string;
  intendedPurpose: string;
  intendedUsers: string;
  patientPopulation: string;
  useEnvironment: string;
  markets: Market | '';
  softwareForm: SoftwareForm | '';
  hardwareDevice: string;
  updatedAt: string | null;
  /** Profile fields a reviewer still expects to see filled. */
  missing: string[];
}
