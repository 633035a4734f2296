// `npm run bench -- <suite>`: runs a benchmark suite and writes its results to bench/results/.
import { basketballBench } from './basketball';
import { cacheOutageBench } from './cache-outage';
import { fanoutBench } from './fanout';
import { golfBench } from './golf';
import { golfEventBench } from './golf-event';
import { importBench } from './import';
import { leaguesBench } from './leagues';
import { liveBench } from './live';
import { notifyBench } from './notify';
import { playersBench } from './players';

const suites: Record<string, () => Promise<void>> = {
  basketball: basketballBench,
  'cache-outage': cacheOutageBench,
  fanout: fanoutBench,
  golf: golfBench,
  'golf-event': golfEventBench,
  import: importBench,
  leagues: leaguesBench,
  live: liveBench,
  notify: notifyBench,
  players: playersBench,
};

const name = process.argv[2] ?? '';
const suite = suites[name];
if (!suite) {
  console.error(`Usage: npm run bench -- <suite>   (suites: ${Object.keys(suites).join(', ')})`);
  process.exit(2);
}
await suite();
