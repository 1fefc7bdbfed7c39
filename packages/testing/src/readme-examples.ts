import { readFileSync } from 'node:fs';

/** Every ```graphql block of the README, so the documented queries stay true. */
export function readmeExamples(): string[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
}
