// zod (inside Scalar's bundle) checks whether it may compile parsers by calling Function(""); under
// this site's CSP that call is refused and reported as a violation on every visit. Telling zod up
// front not to try makes it use its interpreter with no probe. Imported before Scalar so it runs first.
import { z } from 'zod';

z.config({ jitless: true });
