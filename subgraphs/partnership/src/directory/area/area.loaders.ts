import { findArea, GSS_CODE_PATTERN } from '@joined-up/geography';
import { badUserInput, notFound } from '@joined-up/federation';
import { Area } from './area.type.js';

/** The area for a code, or an error saying whether the code is malformed or unknown. */
export function loadArea(code: string): Area {
  if (!GSS_CODE_PATTERN.test(code)) {
    throw badUserInput(`"${code}" is not a GSS code: a letter and eight digits, such as E09000022.`, { argument: 'code' });
  }
  const area = findArea(code);
  if (!area) throw notFound(`No area with GSS code ${code} is covered by the partnership.`, { argument: 'code' });
  return Area.fromGeography(area);
}
