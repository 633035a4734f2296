// JSON Schema for the OpenAPI document with shared shapes written once, in components.schemas, and
// referenced with $ref: inlined, a round or a box score repeats in every operation that answers it
// (that made the document three times its size and the reference slow to render).
import { z } from 'zod';
import { averagesView, boxLine, gameView, teamView } from '@/lib/basketball/api-views';
import { boxscoreView, playView, storedEventView } from '@/lib/basketball/scoring/views';
import { footballDriveView, footballGameView, footballPlayView, footballTeamView } from '@/lib/football/api-views';
import { achievementView, analyticsView } from '@/lib/golf/analytics/view';
import { courseView, teeView } from '@/lib/golf/courses/view';
import { handicapView, whatIfView } from '@/lib/golf/rounds/handicap-view';
import { holeWriteView, leaderboardLineView, roundSummaryView, roundView } from '@/lib/golf/rounds/views';
import { apiKeyView } from './contracts/api-keys';
import { playerView } from './contracts/basketball';
import { footballSummaryView } from './contracts/football';
import { golfEntryView, golfEventBoardView, golfEventView, golfGroupView } from './contracts/golf-events';
import { importJobView } from './contracts/imports';
import { invitationView } from './contracts/invitations';
import { leagueView } from './contracts/leagues';
import { mediaView } from './contracts/media';
import { digestView, followView, notificationView } from './contracts/notify';
import { modelVersionView } from './contracts/predictions';
import { gamePredictionView, servedModelView, teamRefView } from './contracts/predictions-games';
import { playerPredictionView, playerStatPredictionView } from './contracts/predictions-players';
import { roleGrantView } from './contracts/role-grants';
import { userView } from './contracts/shared';

type Json = Record<string, unknown>;

/** Shapes answered by more than one operation (or nested in several), by the name clients see. */
export const namedSchemas: [z.ZodType, string][] = [
  [teamView, 'Team'],
  [gameView, 'Game'],
  [playerView, 'Player'],
  [boxLine, 'BoxLine'],
  [averagesView, 'Averages'],
  [boxscoreView, 'LiveBoxscore'],
  [playView, 'Play'],
  [storedEventView, 'StoredEvent'],
  [teeView, 'Tee'],
  [courseView, 'Course'],
  [roundSummaryView, 'RoundPlayerSummary'],
  [roundView, 'Round'],
  [holeWriteView, 'HoleWrite'],
  [leaderboardLineView, 'LeaderboardLine'],
  [handicapView, 'Handicap'],
  [whatIfView, 'HandicapWhatIf'],
  [analyticsView, 'Analytics'],
  [achievementView, 'Achievement'],
  [importJobView, 'ImportJob'],
  [apiKeyView, 'ApiKey'],
  [userView, 'User'],
  [leagueView, 'League'],
  [modelVersionView, 'ModelVersion'],
  [gamePredictionView, 'GamePrediction'],
  [servedModelView, 'ServedModel'],
  [teamRefView, 'TeamRef'],
  [playerPredictionView, 'PlayerPrediction'],
  [playerStatPredictionView, 'PlayerStatPrediction'],
  [golfEventView, 'GolfEvent'],
  [footballTeamView, 'FootballTeam'],
  [footballGameView, 'FootballGame'],
  [footballPlayView, 'FootballPlay'],
  [footballDriveView, 'FootballDrive'],
  [footballSummaryView, 'FootballSummary'],
  [golfEntryView, 'GolfEventEntry'],
  [golfGroupView, 'GolfEventGroup'],
  [golfEventBoardView, 'GolfEventLeaderboard'],
  [mediaView, 'Media'],
  [followView, 'Follow'],
  [notificationView, 'Notification'],
  [roleGrantView, 'RoleGrant'],
  [digestView, 'EmailDigest'],
  [invitationView, 'Invitation'],
];

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const formatsWithPattern = new Set(['date', 'date-time', 'uuid', 'email']);

/** Drops what zod adds that says nothing to a reader: JS's safe-integer bounds, and regexes restating a `format`. */
function tidy(ctx: { jsonSchema: Json }): void {
  const s = ctx.jsonSchema;
  if (s.minimum === -MAX_SAFE) delete s.minimum;
  if (s.maximum === MAX_SAFE) delete s.maximum;
  if (typeof s.format === 'string' && formatsWithPattern.has(s.format)) delete s.pattern;
}

function strip(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

export interface ConvertedSchemas {
  /** Shared shapes by name, for components.schemas. */
  components: Record<string, Json>;
  /** Each given schema's JSON Schema, in the order given (a $ref when it is a shared shape itself). */
  schemas: Json[];
}

/**
 * Converts the given schemas in one pass, so that every named shape they contain becomes a $ref.
 * `io` picks the side: what a client sends (defaults optional) or what it receives.
 */
export function convertSchemas(schemas: z.ZodType[], io: 'input' | 'output'): ConvertedSchemas {
  const registry = z.registry<{ id: string }>();
  const names = new Map<z.ZodType, string>();
  if (io === 'output') for (const [schema, name] of namedSchemas) names.set(schema, name);
  schemas.forEach((schema, i) => {
    if (!names.has(schema)) names.set(schema, `__op${i}`);
  });
  for (const [schema, id] of names) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    override: tidy,
  }).schemas as Record<string, Json>;
  const components: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(out)) if (!id.startsWith('__op')) components[id] = strip(schema);
  return {
    components,
    schemas: schemas.map((schema) => {
      const id = names.get(schema) as string;
      return id.startsWith('__op') ? strip(out[id] as Json) : { $ref: `#/components/schemas/${id}` };
    }),
  };
}
