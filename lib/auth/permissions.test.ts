import { describe, expect, it } from 'vitest';
import { actions, can, grantOf, grantPermissions, permissions, SELF_SIGN_UP_ROLE, scopeKinds, scopeOf } from './permissions';
import { roles } from './roles';

describe('permission table', () => {
  it('names every role and only known actions', () => {
    expect(Object.keys(permissions).sort()).toEqual([...roles].sort());
    for (const role of roles) for (const action of Object.keys(permissions[role])) expect(actions).toContain(action);
  });

  it.each([
    ['admin', 'audit:read', 'all'],
    ['coach', 'audit:read', undefined],
    ['coach', 'basketball-game:score', 'own'],
    ['player', 'basketball-game:score', undefined],
    ['player', 'golf-round:edit', 'own'],
    ['fan', 'golf-round:edit', undefined],
    ['fan', 'stats:read', 'all'],
    ['fan', 'api-keys:manage', 'own'],
    ['admin', 'imports:run', 'all'],
    ['admin', 'role-grants:manage', 'all'],
    ['coach', 'role-grants:manage', 'own'],
    ['player', 'role-grants:manage', undefined],
    ['fan', 'role-grants:manage', undefined],
  ] as const)('%s × %s → %s', (role, action, grant) => {
    expect(grantOf(role, action)).toBe(grant);
    expect(can(role, action)).toBe(grant !== undefined);
  });

  it.each([
    ['admin', 'basketball-game:score', 'site'],
    ['coach', 'basketball-game:score', 'team'],
    ['coach', 'basketball-roster:manage', 'team'],
    ['coach', 'basketball-team:create', 'league'],
    ['player', 'golf-round:edit', 'player'],
    ['fan', 'api-keys:manage', 'player'],
    ['fan', 'golf-round:edit', undefined],
  ] as const)('%s × %s reaches %s', (role, action, scope) => {
    expect(scopeOf(role, action)).toBe(scope);
  });

  it('lets a self-signed-up account record its own golf rounds, and only its own', () => {
    expect(scopeOf(SELF_SIGN_UP_ROLE, 'golf-round:edit')).toBe('player');
    expect(can(SELF_SIGN_UP_ROLE, 'accounts:manage')).toBe(false);
  });

  it('holds only known scope kinds', () => {
    for (const role of roles) for (const scope of Object.values(permissions[role])) expect(scopeKinds).toContain(scope);
  });

  it('keeps bulk imports to admins', () => {
    expect(roles.filter((role) => can(role, 'imports:run'))).toEqual(['admin']);
  });

  it('lets every role read public statistics and manage its own keys', () => {
    for (const role of roles) {
      expect(can(role, 'stats:read')).toBe(true);
      expect(grantOf(role, 'api-keys:manage')).toBe('own');
    }
  });

  it('lets league admins and coaches give roles by their grants, and no scorekeeper, player or parent', () => {
    expect(grantPermissions.league_admin).toContain('role-grants:manage');
    expect(grantPermissions.coach).toContain('role-grants:manage');
    for (const r of ['scorekeeper', 'player', 'parent'] as const) expect(grantPermissions[r]).not.toContain('role-grants:manage');
  });
});
