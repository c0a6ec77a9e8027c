import type { HandlerContext } from '../context';

/**
 * The sample's story dates, counted in days from the moment it is built. Its records are written and signed
 * "now" (1.0.0 is released minutes after the build starts), so a date typed into a record must fall before
 * the build when the story tells of it happening before the release (an audit, a CAPA's actions, a SOUP
 * review), and after it when it tells of the field (a vigilance assessment): fixed dates contradicted the
 * signatures, depending on the day the sample was built.
 */
export function storyDate(ctx: HandlerContext, daysFromBuild: number): string {
  const day = new Date(Date.parse(ctx.now()) + daysFromBuild * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** The year of a story date, for references numbered by year (complaints, field safety actions). */
export const storyYear = (ctx: HandlerContext, daysFromBuild = 0): string => storyDate(ctx, daysFromBuild).slice(0, 4);
