import { AGENCIES, type AgencyId, type MeasureDeclaration } from '@joined-up/agencies';

/**
 * What each agency can measure for a shared outcome, as each declares it. An
 * indicator names one of these; the agency that owns it computes its values
 * from its own tables. `per` scales a rate (values are count ÷ denominator ×
 * per); a measure without a denominator is a plain count.
 */
export interface MeasureDefinition extends MeasureDeclaration {
  agency: AgencyId;
}

export const MEASURES: readonly MeasureDefinition[] = AGENCIES.flatMap((agency) => agency.measures.map((measure) => ({ agency: agency.id, ...measure })));

export function findMeasure(agency: string, code: string): MeasureDefinition | undefined {
  return MEASURES.find((measure) => measure.agency === agency && measure.code === code);
}

export function measuresOf(agency: string): MeasureDefinition[] {
  return MEASURES.filter((measure) => measure.agency === agency);
}
