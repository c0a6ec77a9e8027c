/** The markets whose rules decide whether a change is significant: the EU (MDCG 2020-3) and the US (FDA). */
export const SIGNIFICANCE_REGIONS = ['eu', 'us'] as const;
export type SignificanceRegion = (typeof SIGNIFICANCE_REGIONS)[number];
