// World Handicap System (Rules of Handicapping, 2024 edition): the public surface of lib/golf/handicap.
export { type AuditRow, auditHandicap, type HandicapAudit, type WhatIf, whatIf } from './audit';
export {
  courseHandicap,
  exactCourseHandicap,
  exactNineHoleCourseHandicap,
  type HandicapFormat,
  handicapAllowances,
  nineHoleCourseHandicap,
  playingHandicap,
} from './course-handicap';
export { STANDARD_SLOPE, scoreDifferential } from './differential';
export {
  applyCaps,
  type CapStep,
  calculateHandicapIndex,
  differentialsUsed,
  type IndexCalculation,
  MAX_HANDICAP_INDEX,
} from './handicap-index';
export {
  adjustedDifferential,
  computeHandicapHistory,
  computeHandicapIndex,
  type HandicapHistory,
  lowHandicapIndex,
  type RecordEntry,
  type Revision,
} from './history';
export { adjustedGrossScore, maxHoleScore } from './net-double-bogey';
export {
  combinedNineHoleRating,
  combineNineHoleDifferentials,
  eighteenHoleFromNine,
  expectedNineHoleDifferential,
  nineHoleDifferential,
} from './nine-hole';
export { type PostedScore, postedScoreSchema } from './posted-score';
export { type PostingInput, type PostingResult, scoreForPosting } from './posting';
export { roundToTenth, roundToWhole } from './rounding';
