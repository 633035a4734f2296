// Leagues: every team, season and game belongs to one. Lists and aggregates elsewhere take a
// `league` filter (id or slug); these endpoints list, read, create and change the leagues themselves.
import { z } from 'zod';
import { leagueInput, leagueLevels, leagueSports, leagueUpdate } from '@/lib/leagues/schemas';
import { defineContract } from '../contract';

export const leagueView = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  sport: z.enum(leagueSports),
  level: z.enum(leagueLevels),
  season_format: z.enum(['split', 'calendar']),
  visibility: z.enum(['public', 'members']),
  rule_set: z.string().nullable(),
  pickup: z.boolean().describe('An account\'s own "Pickup games" league'),
  seasons: z.array(z.number().int()).describe('Seasons with final games, newest first (basketball)'),
  default_season: z.number().int().nullable().describe('The newest season with final games: what pages show first'),
});

const leagueParams = z.object({
  id: z.string().trim().min(1).max(60).describe('League id or slug'),
});
const tag = 'Leagues';

export const listLeaguesContract = defineContract({
  method: 'GET',
  path: '/api/v1/leagues',
  summary: 'Leagues',
  description:
    "Public leagues, the members-only leagues the caller belongs to, and the caller's own pickup league. Pro first, then by name.",
  tag,
  auth: 'public',
  scope: 'read',
  query: z.strictObject({ sport: z.enum(leagueSports).optional(), level: z.enum(leagueLevels).optional() }),
  response: z.array(leagueView),
});

export const getLeagueContract = defineContract({
  method: 'GET',
  path: '/api/v1/leagues/{id}',
  summary: 'One league, by id or slug',
  description: 'A members-only league is "not found" for anyone outside it.',
  tag,
  auth: 'public',
  scope: 'read',
  params: leagueParams,
  response: leagueView,
});

export const createLeagueContract = defineContract({
  method: 'POST',
  path: '/api/v1/leagues',
  summary: 'Create a league',
  description: 'Its creator becomes its first league admin. The slug is made from the name when not given.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'league:create',
  body: leagueInput,
  response: leagueView,
  status: 201,
  audit: { action: 'league.create', target: { type: 'league', id: (_p, data) => data.id } },
});

export const updateLeagueContract = defineContract({
  method: 'PATCH',
  path: '/api/v1/leagues/{id}',
  summary: 'Change a league',
  description: "Its league admins (and site admins). The sport cannot change: the league's games are of it.",
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'league:manage',
  params: leagueParams,
  body: leagueUpdate,
  response: leagueView,
  audit: { action: 'league.update', target: { type: 'league', id: (_p, data) => data.id } },
});

export const leagueContracts = [listLeaguesContract, getLeagueContract, createLeagueContract, updateLeagueContract];
