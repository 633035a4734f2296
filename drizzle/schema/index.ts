export * from './auth';
export * from './basketball';
export * from './basketball-stats';
export * from './core';
export * from './golf';
