export * from './auth';
export * from './basketball';
export * from './basketball-identity';
export * from './basketball-stats';
export * from './core';
export * from './golf';
export * from './golf-events';
export * from './leagues';
