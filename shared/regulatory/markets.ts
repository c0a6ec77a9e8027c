/**
 * The markets a product is sold in, asked once in the product profile. Each brings its own regulator: the
 * regulatory helpers and change control read the EU and US ones, the quality system's procedures all five.
 */
export const MARKETS = ['eu', 'us', 'uk', 'ch', 'ca'] as const;
export type Market = (typeof MARKETS)[number];

export const MARKET_LABELS: Record<Market, string> = {
  eu: 'European Union (MDR)',
  us: 'United States (FDA)',
  uk: 'United Kingdom (UK MDR 2002)',
  ch: 'Switzerland (MedDO)',
  ca: 'Canada (MDR SOR/98-282)',
};

/** The markets given, once each, in the order above: how they are stored and compared. */
export const orderedMarkets = (markets: readonly string[]): Market[] => MARKETS.filter((m) => markets.includes(m));

/** What the EU- and US-specific rules (technical file lists, plan wording) read: '' when neither is named. */
export type EuUsScope = 'eu' | 'us' | 'eu-us' | '';

export function euUsScope(markets: readonly Market[]): EuUsScope {
  const eu = markets.includes('eu');
  const us = markets.includes('us');
  return eu && us ? 'eu-us' : eu ? 'eu' : us ? 'us' : '';
}
