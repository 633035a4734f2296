// The balldontlie drop-in (/api/compat/balldontlie/nba/v1/…): balldontlie's NBA paths, parameters
// and shapes over Statline's data. Public reads like /api/v1's basketball API: anonymous callers get
// the address's budget, an API key (with or without "Bearer") its own. Not in the OpenAPI document,
// which describes /api/v1; balldontlie's own documentation describes these.
import { z } from 'zod';
import {
  boxScoresQuery,
  gamesQuery,
  idParams,
  leadersQuery,
  liveBoxScoresQuery,
  playersQuery,
  seasonAveragesQuery,
  standingsQuery,
  statsQuery,
  teamsQuery,
} from '@/lib/basketball/balldontlie/params';
import {
  bdlBoxScore,
  bdlGame,
  bdlLeader,
  bdlPlayer,
  bdlSeasonAverages,
  bdlStanding,
  bdlStat,
  bdlTeam,
} from '@/lib/basketball/balldontlie/shapes';
import { defineContract } from '../contract';

export const BDL_BASE = '/api/compat/balldontlie';
const base = { tag: 'balldontlie', auth: 'public', scope: 'read', method: 'GET', cacheSeconds: 60 } as const;
const at = (path: string) => `${BDL_BASE}/nba/v1/${path}`;

export const bdlContracts = {
  teams: defineContract({ ...base, path: at('teams'), summary: 'Teams', query: teamsQuery, response: z.array(bdlTeam) }),
  team: defineContract({ ...base, path: at('teams/{id}'), summary: 'One team', params: idParams, response: bdlTeam }),
  players: defineContract({
    ...base,
    path: at('players'),
    summary: 'Players',
    query: playersQuery,
    response: z.array(bdlPlayer),
  }),
  activePlayers: defineContract({
    ...base,
    path: at('players/active'),
    summary: 'Players on a roster in the newest season',
    query: playersQuery,
    response: z.array(bdlPlayer),
  }),
  player: defineContract({ ...base, path: at('players/{id}'), summary: 'One player', params: idParams, response: bdlPlayer }),
  games: defineContract({ ...base, path: at('games'), summary: 'Games', query: gamesQuery, response: z.array(bdlGame) }),
  game: defineContract({ ...base, path: at('games/{id}'), summary: 'One game', params: idParams, response: bdlGame }),
  stats: defineContract({
    ...base,
    path: at('stats'),
    summary: 'Player box-score lines',
    query: statsQuery,
    response: z.array(bdlStat),
  }),
  seasonAverages: defineContract({
    ...base,
    path: at('season_averages'),
    summary: 'Season averages',
    query: seasonAveragesQuery,
    response: z.array(bdlSeasonAverages),
  }),
  standings: defineContract({
    ...base,
    path: at('standings'),
    summary: 'Standings',
    query: standingsQuery,
    response: z.array(bdlStanding),
  }),
  boxScores: defineContract({
    ...base,
    path: at('box_scores'),
    summary: "Box scores of a day's final games",
    query: boxScoresQuery,
    response: z.array(bdlBoxScore),
  }),
  liveBoxScores: defineContract({
    ...base,
    cacheSeconds: undefined,
    path: at('box_scores/live'),
    summary: 'Box scores of the games being scored live',
    query: liveBoxScoresQuery,
    response: z.array(bdlBoxScore),
  }),
  leaders: defineContract({
    ...base,
    path: at('leaders'),
    summary: 'Leaders',
    query: leadersQuery,
    response: z.array(bdlLeader),
  }),
};
