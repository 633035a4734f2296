// The models the import and the pages use when the registry has no football-wp default loaded: fit
// on every season of the fixture (`npm run train:football -- --train-through 2018 --out
// lib/football/expected-points/nflscrapr-wp.json`). A test refits it and holds it to nflscrapR.
import type { WpArtifact } from './model';
import { wpArtifactSchema } from './model-kinds';
import artifact from './nflscrapr-wp.json';

export const NFLSCRAPR_MODEL: WpArtifact = wpArtifactSchema.parse(artifact);
