// Score Differential (WHS Rule 5.1): how a score compares with the course's difficulty, scaled to
// a course of standard Slope (113).
import { DomainError } from '@/lib/errors';
import { roundToTenth } from './rounding';

export const STANDARD_SLOPE = 113;

export interface DifferentialInput {
  ags: number;
  course_rating: number;
  slope: number;
  /** Playing Conditions Calculation for the day, -1 to +3 (Rule 5.6). */
  pcc?: number;
}

export function checkRatingInput({ slope, pcc = 0 }: DifferentialInput): void {
  if (!(slope >= 55 && slope <= 155)) throw new DomainError('rule_violation', `slope must be 55-155, got ${slope}`);
  if (!Number.isInteger(pcc) || pcc < -1 || pcc > 3)
    throw new DomainError('rule_violation', `PCC must be a whole number -1 to 3, got ${pcc}`);
}

/** (113 / Slope) × (AGS − Course Rating − PCC), rounded to the nearest tenth (.5 up). */
export function scoreDifferential(input: DifferentialInput): number {
  checkRatingInput(input);
  const { ags, course_rating, slope, pcc = 0 } = input;
  return roundToTenth((STANDARD_SLOPE / slope) * (ags - course_rating - pcc));
}
