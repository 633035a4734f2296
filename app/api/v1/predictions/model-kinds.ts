// Every model kind the registry may hold, registered once for whichever route starts this process's
// model replica first: a kind not registered then is skipped until the replica reads the registry again.
import '@/lib/predictions/model-kinds';
import '@/lib/football/expected-points/model-kinds';
