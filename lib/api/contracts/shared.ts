import { z } from 'zod';
import { roles } from '@/lib/auth/roles';

export const userView = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(roles),
});
