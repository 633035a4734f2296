export const roles = ['admin', 'coach', 'player', 'fan'] as const;
export type Role = (typeof roles)[number];
