import { findArea } from '@joined-up/geography';
import { InputProblems } from '../../validation/input-problems.js';
import { Area } from './area.type.js';

/** The area for a code, or BAD_USER_INPUT saying why the code is not an area the partnership covers. */
export function loadArea(code: string, argument = 'code'): Area {
  new InputProblems().area(argument, code).throwIfAny('');
  return Area.fromGeography(findArea(code)!);
}
