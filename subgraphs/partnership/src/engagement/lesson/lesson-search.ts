import { sql, type RawBuilder } from 'kysely';

/**
 * The search as a text-search query, built by the database function
 * `lesson_search_query` (migration 0006): web-search syntax ("quoted
 * phrases", `or`, `-word`), English stems, and each longer stem matched by
 * its beginning less its last letter, so that "truanting" (truant) finds
 * "truancy" (truanci).
 */
export function lessonSearchQuery(search: string): RawBuilder<string> {
  return sql<string>`lesson_search_query(${search})`;
}
