import { MEMBERS, type DataCategory } from '@joined-up/agencies';

export type { DataCategory } from '@joined-up/agencies';

/**
 * The categories of personal data an information sharing agreement can name,
 * each with what it covers: every member's declared categories, prefixed with
 * its id. Every person-level field an agency serves is tagged with one of its categories.
 */
export const DATA_CATEGORIES = Object.fromEntries(
  MEMBERS.flatMap((member) => Object.entries(member.categories).map(([category, covers]) => [`${member.id}.${category}`, covers])),
) as Readonly<Record<DataCategory, string>>;

export function isDataCategory(value: string): value is DataCategory {
  return Object.hasOwn(DATA_CATEGORIES, value);
}

/** The agency that holds a category's data: the part before the dot. */
export function ownerOfCategory(category: DataCategory): string {
  return category.slice(0, category.indexOf('.'));
}

/** Every category of data an agency holds. */
export function categoriesOf(agency: string): DataCategory[] {
  return (Object.keys(DATA_CATEGORIES) as DataCategory[]).filter((category) => ownerOfCategory(category) === agency);
}
