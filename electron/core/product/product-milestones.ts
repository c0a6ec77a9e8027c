import type { Milestone } from '../../../shared/api/types';
import type { OpenProject } from '../projects/open-project';
import { profileOf } from './profile-view';

/**
 * The dashboard's set-up line for the product profile. Classification and the clause checklist are not
 * repeated here: the walk beside it holds those stages, and a second count of them had contradicted it
 * ("3 of 5 done" beside a released walk).
 */
export function productMilestone(project: OpenProject): Milestone {
  const profile = profileOf(project);
  return {
    key: 'profile',
    label: 'Product profile written',
    done: profile.missing.length === 0,
    detail: profile.missing.length === 0 ? 'Intended purpose, users, population, environment and markets recorded' : `Still missing: ${profile.missing.join(', ')}`,
  };
}
