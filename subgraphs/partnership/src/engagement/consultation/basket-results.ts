import { discloseCount, ROUNDING_BASE, SUPPRESSION_THRESHOLD, type DisclosedCount } from '@joined-up/statistics';
import { BasketRound, type BasketOption } from './consultation.type.js';
import { BasketRoundResults, BasketShift, DisclosedAmount, OptionShift, OptionSupport } from './basket-results.type.js';

/** One amount on one option in one participant's basket. */
export interface BasketLine {
  sessionId: string;
  participantId: string;
  round: BasketRound;
  optionId: string;
  amount: number;
}

const FEW_PARTICIPANTS = `Fewer than ${SUPPRESSION_THRESHOLD + 1} and more than 0 participants stand behind it: suppressed so that no one's basket can be read off.`;

function round(value: number): number {
  // Math.round rounds halves towards +∞; rounding the magnitude keeps -12.5 and 12.5 symmetric.
  return Math.sign(value) * Math.round(Math.abs(value) / ROUNDING_BASE) * ROUNDING_BASE;
}

/** An amount that `participants` people stand behind, under disclosure control. */
export function discloseAmount(amount: number, participants: number): DisclosedAmount {
  if (participants === 0) return { value: 0, suppressed: false, reason: null };
  if (participants <= SUPPRESSION_THRESHOLD) return { value: null, suppressed: true, reason: FEW_PARTICIPANTS };
  return { value: round(amount), suppressed: false, reason: null };
}

/** The change from `before` to `after`, suppressed when either side stands on 1 to 7 participants. */
function discloseChange(before: number, after: number, participantsBefore: number, participantsAfter: number): DisclosedAmount {
  const few = (participants: number) => participants > 0 && participants <= SUPPRESSION_THRESHOLD;
  if (few(participantsBefore) || few(participantsAfter)) return { value: null, suppressed: true, reason: FEW_PARTICIPANTS };
  return { value: round(after - before), suppressed: false, reason: null };
}

interface Tally {
  participants: Set<string>;
  amount: number;
}

function tally(lines: readonly BasketLine[]): Map<string, Tally> {
  const byOption = new Map<string, Tally>();
  for (const line of lines) {
    const entry = byOption.get(line.optionId) ?? { participants: new Set<string>(), amount: 0 };
    entry.participants.add(line.participantId);
    entry.amount += line.amount;
    byOption.set(line.optionId, entry);
  }
  return byOption;
}

/** Each option's support in one round. */
export function roundResults(options: readonly BasketOption[], lines: readonly BasketLine[], basketRound: BasketRound): BasketRoundResults {
  const inRound = lines.filter((line) => line.round === basketRound);
  const byOption = tally(inRound);
  const baskets = new Set(inRound.map((line) => line.participantId)).size;
  return Object.assign(new BasketRoundResults(), {
    round: basketRound,
    baskets: discloseCount(baskets) satisfies DisclosedCount,
    allocated: discloseAmount(
      inRound.reduce((sum, line) => sum + line.amount, 0),
      baskets,
    ),
    support: options.map((option) => {
      const entry = byOption.get(option.id);
      const participants = discloseCount(entry?.participants.size ?? 0);
      const amount = discloseAmount(entry?.amount ?? 0, entry?.participants.size ?? 0);
      return Object.assign(new OptionSupport(), {
        option,
        participants: participants.value,
        amount: amount.value,
        suppressed: participants.suppressed,
        reason: participants.reason,
      });
    }),
  });
}

/**
 * The shift between rounds over paired participants (those with both a FIRST
 * and a FINAL basket): for each option, FINAL total minus FIRST total, and
 * FINAL choosers minus FIRST choosers, computed exactly and then disclosed.
 */
export function basketShift(options: readonly BasketOption[], lines: readonly BasketLine[]): BasketShift {
  const rounds = new Map<string, Set<BasketRound>>();
  for (const line of lines) rounds.set(line.participantId, (rounds.get(line.participantId) ?? new Set()).add(line.round));
  const paired = new Set([...rounds].filter(([, seen]) => seen.size === 2).map(([participant]) => participant));
  const pairedLines = lines.filter((line) => paired.has(line.participantId));
  const first = tally(pairedLines.filter((line) => line.round === BasketRound.FIRST));
  const final = tally(pairedLines.filter((line) => line.round === BasketRound.FINAL));
  return Object.assign(new BasketShift(), {
    pairedParticipants: discloseCount(paired.size),
    options: options.map((option) => {
      const before = first.get(option.id) ?? { participants: new Set<string>(), amount: 0 };
      const after = final.get(option.id) ?? { participants: new Set<string>(), amount: 0 };
      const amount = discloseChange(before.amount, after.amount, before.participants.size, after.participants.size);
      const participants = discloseChange(before.participants.size, after.participants.size, before.participants.size, after.participants.size);
      return Object.assign(new OptionShift(), {
        option,
        change: amount.value,
        participantsChange: participants.value,
        suppressed: amount.suppressed,
        reason: amount.reason,
      });
    }),
  });
}
