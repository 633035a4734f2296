// Cache tags for basketball reads. Any write that changes games or box scores invalidates `all`.
export const basketballTags = {
  games: 'bb:games',
  stats: 'bb:stats',
  all: ['bb:games', 'bb:stats'],
};
