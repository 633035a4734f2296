// Answering "who wins, by how much" with the models this replica has loaded: which model a request
// means (the league's default, a kind, or the best on its walk-forward Brier score), and a matchup's
// features as of the day asked, from the stored games before it.
import { eq, inArray } from 'drizzle-orm';
import { bbTeams, leagues, modelVersions } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { type LoadedModel, modelReplica } from '@/lib/models/replica';
import { cachedAnswer } from './answer-cache';
import { FeatureVectorError, type GameModelChoice, type GameModelKind, type GamePrediction } from './artifact';
import { ELO_MIN_GAMES, onDemandElo } from './elo-on-demand';
import { featuresAsOf } from './features-as-of';
import { GAME_TASK, type GameModel } from './model-kinds';
import { gameModelName } from './register';

/** A 400 naming the body field, in the shape the request parser gives. */
function fieldError(path: string, message: string): DomainError {
  return new DomainError('validation_failed', `The request body is invalid: ${path} ${message}.`, [
    { location: 'body', path, message },
  ]);
}

export interface ServedModel {
  name: string;
  kind: string;
  version: number;
}

const served = (m: LoadedModel): ServedModel => ({ name: m.name, kind: m.kind, version: m.version });

async function bestByBrier(db: Db, candidates: LoadedModel[]): Promise<LoadedModel | undefined> {
  if (candidates.length === 0) return undefined;
  const rows = await db
    .select({ id: modelVersions.id, metrics: modelVersions.metrics })
    .from(modelVersions)
    .where(
      inArray(
        modelVersions.id,
        candidates.map((c) => c.id),
      ),
    );
  const brier = new Map(
    rows.map((r) => {
      const pooled = (r.metrics as { walk_forward?: { pooled?: { model?: { brier?: number } } } }).walk_forward?.pooled;
      return [r.id, pooled?.model?.brier ?? Number.POSITIVE_INFINITY];
    }),
  );
  return [...candidates].sort((a, b) => (brier.get(a.id) ?? 0) - (brier.get(b.id) ?? 0))[0];
}

/** The loaded game model a request means; 409 when the model it names exists but is not loaded. */
export async function resolveGameModel(db: Db, leagueId: number, choice?: GameModelChoice): Promise<LoadedModel> {
  const replica = await modelReplica(db);
  const loaded = replica.list().filter((m) => m.task === GAME_TASK && m.leagueId === leagueId);
  if (!choice) {
    const fallback = loaded.find((m) => m.isDefault) ?? (loaded.length === 0 ? await onDemandElo(db, leagueId) : null);
    if (fallback) return fallback;
    throw new DomainError(
      'conflict',
      `No game model is loaded as the default of this league, and it has fewer than ${ELO_MIN_GAMES} final games for Elo: an admin loads one (POST /api/v1/predictions/models/{name}/{version}/load with default: true).`,
    );
  }
  if (choice === 'best') {
    const best = (await bestByBrier(db, loaded)) ?? (await onDemandElo(db, leagueId));
    if (best) return best;
    throw new DomainError('conflict', 'No game model of this league is loaded.');
  }
  const [league] = await db.select({ slug: leagues.slug }).from(leagues).where(eq(leagues.id, leagueId));
  const name = gameModelName(league?.slug ?? '', choice as GameModelKind);
  const versions = loaded
    .filter((m) => m.name === name)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || b.version - a.version);
  if (versions[0]) return versions[0];
  const [registered] = await db.select({ id: modelVersions.id }).from(modelVersions).where(eq(modelVersions.name, name)).limit(1);
  // Elo needs no training: a league whose elo line nobody registered gets it on demand.
  const onDemand = !registered && choice === 'elo' ? await onDemandElo(db, leagueId) : null;
  if (onDemand) return onDemand;
  throw registered
    ? new DomainError('conflict', `The ${choice} model (${name}) is not loaded: an admin loads a version of it first.`, {
        field: 'model',
      })
    : new DomainError('not_found', `No ${choice} model has been trained for this league (${name}).`, { field: 'model' });
}

/** One model's answer to a feature vector; a missing or non-finite feature is a 400 naming it. */
export function answerWith(model: LoadedModel, features: Record<string, number>): GamePrediction {
  try {
    return (model.model as GameModel).predict(features);
  } catch (err) {
    if (err instanceof FeatureVectorError) {
      throw fieldError(`features.${err.feature}`, err.message.replace(/^feature \S+: /, ''));
    }
    throw err;
  }
}

/** answerWith through the 5-minute prediction cache (see answer-cache.ts). */
export function predictWith(model: LoadedModel, features: Record<string, number>): Promise<GamePrediction> {
  return cachedAnswer(model, features, () => answerWith(model, features));
}

export interface Matchup {
  homeTeamId: number;
  visitorTeamId: number;
  date: string;
}

export interface TeamRef {
  id: number;
  abbreviation: string;
  full_name: string;
}

type TeamRow = { id: number; abbreviation: string; name: string; leagueId: number };

/** Every team the matchups name, in one query. */
async function teamsOf(db: Db, matchups: readonly Matchup[]): Promise<Map<number, TeamRow>> {
  const ids = [...new Set(matchups.flatMap((m) => [m.homeTeamId, m.visitorTeamId]))];
  const rows = await db
    .select({ id: bbTeams.id, abbreviation: bbTeams.abbreviation, name: bbTeams.name, leagueId: bbTeams.leagueId })
    .from(bbTeams)
    .where(inArray(bbTeams.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Both teams of a matchup among those read, in one league; a missing one is a 400 naming its field. */
function pairOf(known: Map<number, TeamRow>, m: Matchup, field: (f: string) => string) {
  const find = (id: number, name: string) => {
    const t = known.get(id);
    if (!t) throw fieldError(field(name), `names no team (${id})`);
    return t;
  };
  const home = find(m.homeTeamId, 'home_team_id');
  const visitor = find(m.visitorTeamId, 'visitor_team_id');
  if (home.id === visitor.id) {
    throw fieldError(field('visitor_team_id'), 'is the home team: a team cannot play itself');
  }
  if (home.leagueId !== visitor.leagueId) {
    throw fieldError(field('visitor_team_id'), 'is in another league than the home team');
  }
  const ref = (t: TeamRow): TeamRef => ({ id: t.id, abbreviation: t.abbreviation, full_name: t.name });
  return { leagueId: home.leagueId, home: ref(home), visitor: ref(visitor) };
}

/** Both teams, in one league; a missing one is a 400 naming its field. */
export async function matchupTeams(db: Db, m: Matchup, field = (f: string) => f) {
  return pairOf(await teamsOf(db, [m]), m, field);
}

/** The matchup's features as of `date`; a date before any final game of the league is a 400 naming it. */
export async function matchupFeatures(db: Db, leagueId: number, m: Matchup, field = (f: string) => f) {
  const found = await featuresAsOf(db, leagueId, m.homeTeamId, m.visitorTeamId, m.date);
  if (!found) {
    throw fieldError(field('date'), `is before any final game of the league (${m.date}): nothing to learn from`);
  }
  return found;
}

/** Checks the caller may see the matchup's league (a members-only league's form is its members'). */
export type LeagueGate = (leagueId: number) => Promise<void>;

export async function predictMatchup(
  db: Db,
  m: Matchup,
  gate: LeagueGate,
  choice?: GameModelChoice,
  field?: (f: string) => string,
) {
  const teams = await matchupTeams(db, m, field);
  await gate(teams.leagueId);
  const model = await resolveGameModel(db, teams.leagueId, choice);
  const { features } = await matchupFeatures(db, teams.leagueId, m, field);
  return { teams, model: served(model), features, prediction: await predictWith(model, features) };
}

/** Every loaded game model of the league on one matchup (the default first). */
export async function compareMatchup(db: Db, m: Matchup, gate: LeagueGate) {
  const teams = await matchupTeams(db, m);
  await gate(teams.leagueId);
  const replica = await modelReplica(db);
  let models = replica
    .list()
    .filter((x) => x.task === GAME_TASK && x.leagueId === teams.leagueId)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name) || b.version - a.version);
  if (models.length === 0) {
    const elo = await onDemandElo(db, teams.leagueId);
    if (elo) models = [elo];
  }
  if (models.length === 0) throw new DomainError('conflict', 'No game model of this league is loaded.');
  const { features } = await matchupFeatures(db, teams.leagueId, m);
  const answers = await Promise.all(
    models.map(async (x) => ({ model: served(x), default: x.isDefault, prediction: await predictWith(x, features) })),
  );
  return { teams, features, answers };
}

/**
 * Up to 100 matchups with one model choice: the teams are read in one query and the model resolved
 * once per league (a batch is nearly always one league), not once per matchup; only the features, which
 * depend on each matchup's teams and date, are computed per matchup. A bad matchup is named by index.
 */
export async function predictBatch(db: Db, matchups: readonly Matchup[], gate: LeagueGate, choice?: GameModelChoice) {
  const known = await teamsOf(db, matchups);
  const field = (i: number) => (f: string) => `matchups.${i}.${f}`;
  const pairs = matchups.map((m, i) => pairOf(known, m, field(i)));
  const models = new Map<number, LoadedModel>();
  for (const leagueId of new Set(pairs.map((p) => p.leagueId))) {
    await gate(leagueId);
    models.set(leagueId, await resolveGameModel(db, leagueId, choice));
  }
  const answers = [];
  // In order, one at a time: the first bad date is the one named, and features are cached per team and date.
  for (const [i, m] of matchups.entries()) {
    const teams = pairs[i] as (typeof pairs)[number];
    const model = models.get(teams.leagueId) as LoadedModel;
    const { features } = await matchupFeatures(db, teams.leagueId, m, field(i));
    answers.push({ teams, model: served(model), features, prediction: await predictWith(model, features) });
  }
  return answers;
}
