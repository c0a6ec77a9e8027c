import type { Market } from '../regulatory/markets';

/**
 * The company behind the quality management system. Names are people's names: the procedures print
 * them where the standard wants a responsibility assigned.
 */
export interface CompanyProfile {
  legalName: string;
  address: string;
  employees: number;
  /** One site per line. */
  sites: string;
  /** One product per line. */
  products: string;
  /** The managing director or CEO: top management in ISO 13485's sense. */
  topManagement: string;
  /** The management representative (5.5.2), often called the quality management officer. */
  managementRep: string;
  /** The person responsible for regulatory compliance (MDR Article 15). */
  prrc: string;
  /** Micro and small enterprises may have the PRRC permanently and continuously at their disposal instead of employing one (MDR Art. 15(2)). */
  prrcExternal: boolean;
  /** One outsourced process per line, e.g. "Cloud hosting — Example Cloud GmbH". */
  outsourcedProcesses: string;
  /** One critical supplier per line. */
  criticalSuppliers: string;
  /**
   * Markets whose regulations the QMS must meet (the procedures name each one's authority and timelines):
   * the product profile's, read here and never asked again.
   */
  markets: Market[];
}

/** What the company profile itself holds and saves: everything but the markets, which the product profile owns. */
export type CompanyFields = Omit<CompanyProfile, 'markets'>;

export const EMPTY_COMPANY: CompanyFields = {
  legalName: '',
  address: '',
  employees: 1,
  sites: '',
  products: '',
  topManagement: '',
  managementRep: '',
  prrc: '',
  prrcExternal: false,
  outsourcedProcesses: '',
  criticalSuppliers: '',
};

/** Fields an auditor expects to see filled, in the words the screen uses. */
export function missingCompanyFields(c: CompanyProfile): string[] {
  const missing: string[] = [];
  if (!c.legalName.trim()) missing.push('legal name');
  if (!c.address.trim()) missing.push('address');
  if (!c.sites.trim()) missing.push('sites');
  if (!c.products.trim()) missing.push('products');
  if (!c.topManagement.trim()) missing.push('top management');
  if (!c.managementRep.trim()) missing.push('management representative');
  if (c.markets.includes('eu') && !c.prrc.trim()) missing.push('person responsible for regulatory compliance');
  if (c.markets.length === 0) missing.push('markets (chosen in the product profile)');
  return missing;
}

/** Splits a one-per-line field into its non-empty lines. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
