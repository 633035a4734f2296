// Cache tags of golf reads, and the streams golf writes to. A write returns (or invalidates) the
// tags of every view it changes: a hole changes its round; a finish also changes its players'
// rounds lists and handicaps; the analytics consumer changes analytics and achievements.
export const golfTags = {
  courses: 'golf:courses',
  round: (roundId: string) => `golf:round:${roundId}`,
  /** A golfer's rounds list, export and handicap record. */
  player: (userId: string) => `golf:player:${userId}`,
  analytics: (userId: string) => `golf:analytics:${userId}`,
};

export const roundStream = (roundId: string) => `golf-round:${roundId}`;
export const golferStream = (userId: string) => `golfer:${userId}`;
export const ROUND_STREAM_PREFIX = 'golf-round:';
